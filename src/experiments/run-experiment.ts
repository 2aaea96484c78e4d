/**
 * The engine's library API: run a spec (resuming from its store) and return all of its records.
 * Claims call {@link runExperiment}; they never compute runs themselves.
 */
import { type Logger, silentLogger, stderrLogger } from './logger.js';
import { Progress } from './progress.js';
import { ResultStore } from './result-store.js';
import { type RunRecord, runKey, sortRecords } from './run-record.js';
import type { Shard } from './shard.js';
import { type ExperimentSpec, parseSpec } from './spec.js';
import { executeTask, type TaskMessage } from './task-runner.js';
import { planTasks } from './work-plan.js';
import { createWorkerPool, defaultWorkers } from './worker-pool.js';

export const DEFAULT_RESULTS_DIR = 'results';

export interface RunOptions {
  /** Results directory (default `results/`). */
  resultsDir?: string;
  /** Worker threads (default: the available cores). 1 runs in this thread, without a pool. */
  workers?: number;
  /** Run only this shard's share of the runs. */
  shard?: Shard;
  /** No progress output. */
  quiet?: boolean;
  /** Runs per task (default: ceil(pending / workers), at most DEFAULT_MAX_BATCH in work-plan.ts). Results do not depend on it. */
  batchSize?: number;
  /** Where warnings go (default stderr; silent when quiet). */
  logger?: Logger;
  /** Executor modules to load in every worker before running (tests, plug-in landscapes). */
  executorModules?: string[];
  /** Told, before anything is computed, how many runs this call is about to compute. */
  onPlan?: (plan: { spec: ExperimentSpec; specHash: string; toCompute: number; stored: number }) => void;
  /** Progress destination (default process.stderr). */
  progressStream?: { write(text: string): unknown; isTTY?: boolean; columns?: number };
}

export interface ExperimentOutcome {
  spec: ExperimentSpec;
  specHash: string;
  storePath: string;
  /** All records of the spec's ladder (stored + new), sorted by (size, run). */
  records: RunRecord[];
  /** How many runs this call computed. */
  computed: number;
  /** Torn or garbage lines skipped while reading the store. */
  badLines: number[];
}

function ofLadder(spec: ExperimentSpec, records: RunRecord[]): RunRecord[] {
  const sizes = new Set(spec.sizes);
  return sortRecords(records.filter((r) => sizes.has(r.size) && r.run < spec.runsPerSize));
}

/** Run a spec; resume from the store; return the outcome with every record of the spec. */
export async function runExperimentDetailed(input: unknown, options: RunOptions = {}): Promise<ExperimentOutcome> {
  const spec = parseSpec(input);
  const workers = options.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 1)
    throw new RangeError(`workers must be a positive integer, got ${workers}`);
  const logger = options.logger ?? (options.quiet ? silentLogger : stderrLogger);
  // Untrusted records are always counted in one line, also under --quiet (tests pass their own logger).
  const summaryLogger = options.logger ?? stderrLogger;
  const store = new ResultStore(options.resultsDir ?? DEFAULT_RESULTS_DIR, spec, logger, summaryLogger).open();
  try {
    return await runOpenStore(spec, store, workers, options);
  } finally {
    store.close();
  }
}

async function runOpenStore(
  spec: ExperimentSpec,
  store: ResultStore,
  workers: number,
  options: RunOptions,
): Promise<ExperimentOutcome> {
  const stored = store.read();
  store.repair(stored);
  const records = [...stored.records];
  const storedKeys = new Set(records.map((r) => runKey(r.size, r.run)));
  const tasks = planTasks(spec, { stored: storedKeys, shard: options.shard, workers, batchSize: options.batchSize });
  const total = tasks.reduce((s, t) => s + t.runs.length, 0);
  options.onPlan?.({ spec, specHash: store.hash, toCompute: total, stored: records.length });
  const progress = new Progress({
    label: spec.name ?? store.hash.slice(0, 12),
    total,
    quiet: options.quiet,
    stream: options.progressStream,
  });
  const message = (t: { size: number; runs: number[] }): TaskMessage => ({
    spec,
    size: t.size,
    runs: t.runs,
    executorModules: options.executorModules,
  });
  const accept = (batch: RunRecord[], size: number) => {
    for (const record of batch) {
      store.append(record);
      records.push(record);
    }
    progress.advance(batch.length, size);
  };

  if (total > 0) {
    if (workers === 1 || tasks.length === 1) {
      for (const t of tasks) {
        progress.atSize(t.size);
        accept(await executeTask(message(t)), t.size);
        // A task computes synchronously on this thread: give the event loop a turn between tasks, so that SIGINT
        // and SIGTERM handlers (src/app/temp-dir.ts) run within one task's time rather than after the last one.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } else {
      const pool = createWorkerPool(Math.min(workers, tasks.length));
      try {
        // Every task is submitted at once; the pool runs `workers` at a time, in order. Records are stored as each
        // task finishes; if one fails, the others still finish and are stored before the error is rethrown.
        const settled = await Promise.allSettled(
          tasks.map((t) => pool.run(message(t)).then((batch) => accept(batch, t.size))),
        );
        const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
        if (failure) throw failure.reason;
      } finally {
        await pool.destroy();
      }
    }
  }
  progress.finish();
  return {
    spec,
    specHash: store.hash,
    storePath: store.path,
    records: ofLadder(spec, records),
    computed: total,
    badLines: stored.badLines,
  };
}

/** Run a spec (computing only the runs not yet stored) and return ALL its records, stored and new. */
export async function runExperiment(input: unknown, options: RunOptions = {}): Promise<RunRecord[]> {
  return (await runExperimentDetailed(input, options)).records;
}

/** The stored records of a spec's ladder, without running anything (missing runs are simply absent). */
export function loadRecords(
  input: unknown,
  resultsDir: string = DEFAULT_RESULTS_DIR,
  options: { logger?: Logger } = {},
): RunRecord[] {
  const spec = parseSpec(input);
  const logger = options.logger ?? stderrLogger;
  const store = new ResultStore(resultsDir, spec, logger, logger);
  return ofLadder(spec, store.read().records);
}

/** How many runs of a spec's ladder (or of a shard of it) are stored and which are missing, without computing. */
export interface StoreStatus {
  spec: ExperimentSpec;
  specHash: string;
  expected: number;
  stored: number;
  /** Missing runs per size (sizes ascending). */
  missing: { size: number; runs: number[] }[];
}

export function storeStatus(
  input: unknown,
  resultsDir: string = DEFAULT_RESULTS_DIR,
  options: { logger?: Logger; shard?: Shard } = {},
): StoreStatus {
  const spec = parseSpec(input);
  const records = loadRecords(spec, resultsDir, { logger: options.logger });
  const have = new Set(records.map((r) => runKey(r.size, r.run)));
  const missing: { size: number; runs: number[] }[] = [];
  let expected = 0;
  for (const size of [...spec.sizes].sort((a, b) => a - b)) {
    const runs: number[] = [];
    for (let run = 0; run < spec.runsPerSize; run++) {
      if (options.shard && run % options.shard.count !== options.shard.index - 1) continue;
      expected += 1;
      if (!have.has(runKey(size, run))) runs.push(run);
    }
    if (runs.length > 0) missing.push({ size, runs });
  }
  const absent = missing.reduce((s, m) => s + m.runs.length, 0);
  return { spec, specHash: new ResultStore(resultsDir, spec).hash, expected, stored: expected - absent, missing };
}
