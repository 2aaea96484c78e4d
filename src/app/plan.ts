/**
 * The cost of a scale's whole experiment, before anyone runs it (`landscape plan`): per claim and experiment, the
 * runs per size, the measured CPU cost per run, and the CPU-hours in all; and the wall time on M machines.
 *
 * Cost per run, per size, comes from one of two measurements on this machine:
 *  - a store (`resultsDir`) that already holds runs of the experiment at that size: the median of their
 *    `elapsedMs` (the wall time of the run's share of its task, on one worker thread: CPU time of one core);
 *  - otherwise a short calibration: `calibrationRuns` runs of the experiment at that size, executed by the engine
 *    (one worker, a temporary store, deleted afterwards), median `elapsedMs`. The engine batches the spin-glass
 *    starts of a task (up to 64 per batch); a calibration of k runs is one batch of k, so for k < 64 it
 *    over-estimates the per-run cost of a full batch (the couplings are streamed once per step for all replicas).
 *
 * CPU-hours = Σ over experiments and sizes of runs × cost per run. Experiments that several claims share (the
 * ladders) are counted once. Wall time on M machines of C cores = CPU-hours / (M·C): shards split the runs of
 * every size evenly (src/experiments/shard.ts), so this is the ideal; a shard's tail (its slowest task) adds to it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim } from '../claims/claim.js';
import { claims as allClaims } from '../claims/registry.js';
import type { Scale } from '../claims/scale.js';
import { InputError } from '../core/input-error.js';
import { silentLogger } from '../experiments/logger.js';
import { loadRecords, runExperiment } from '../experiments/run-experiment.js';
import type { RunRecord } from '../experiments/run-record.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import { specHash } from '../experiments/spec-hash.js';

export interface PlanOptions {
  scale: Scale;
  /** Claim ids (empty: all). */
  claimIds: string[];
  /** Machines the runs are sharded over. */
  machines: number;
  /** Cores (worker threads) per machine. */
  coresPerMachine: number;
  /** Runs per size in a calibration. */
  calibrationRuns: number;
  /** A store to read measured costs from, before calibrating. */
  resultsDir?: string;
  /** Progress lines. */
  log?: (line: string) => void;
  /** The claims to choose from (default: the registry's). */
  // biome-ignore lint/suspicious/noExplicitAny: claims have different configuration types.
  claims?: Claim<any>[];
}

export interface PlanSize {
  size: number;
  runs: number;
  /** Median CPU milliseconds per run. */
  msPerRun: number;
  /** Where msPerRun comes from. */
  source: 'store' | 'calibration';
  /** How many runs the median is over. */
  measured: number;
}

export interface PlanExperiment {
  /** The claims that read this experiment (the first one lists it). */
  claims: string[];
  name: string;
  specHash: string;
  sizes: PlanSize[];
  runs: number;
  cpuHours: number;
}

export interface Plan {
  scale: Scale;
  experiments: PlanExperiment[];
  runs: number;
  cpuHours: number;
  machines: number;
  coresPerMachine: number;
  /** CPU-hours / (machines × cores). */
  wallHours: number;
  /** CPU-hours / cores of one machine. */
  wallHoursOneMachine: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function elapsed(records: RunRecord[]): number[] {
  return records.map((r) => r.elapsedMs).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/** The measured cost of one run of `spec` at `size`: from the store when it has runs there, else calibrated. */
async function costPerRun(
  spec: ExperimentSpec,
  size: number,
  options: PlanOptions,
): Promise<Omit<PlanSize, 'size' | 'runs'>> {
  if (options.resultsDir) {
    const stored = elapsed(
      loadRecords({ ...spec, sizes: [size] }, options.resultsDir, { logger: silentLogger }).filter(
        (r) => r.size === size,
      ),
    );
    if (stored.length > 0) return { msPerRun: median(stored), source: 'store', measured: stored.length };
  }
  const dir = mkdtempSync(join(tmpdir(), 'landscape-plan-'));
  try {
    const runs = Math.min(options.calibrationRuns, spec.runsPerSize);
    const records = await runExperiment(
      { ...spec, sizes: [size], runsPerSize: runs },
      { resultsDir: dir, workers: 1, quiet: true, logger: silentLogger },
    );
    const times = elapsed(records);
    return { msPerRun: median(times), source: 'calibration', measured: times.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// biome-ignore lint/suspicious/noExplicitAny: claims have different configuration types.
function selectClaims(ids: string[], from: Claim<any>[]): Claim<any>[] {
  const unknown = ids.filter((id) => !from.some((c) => c.id === id));
  if (unknown.length > 0) {
    throw new InputError(`unknown claim ${unknown.join(', ')}; known claims: ${from.map((c) => c.id).join(', ')}`);
  }
  return ids.length === 0 ? from : from.filter((c) => ids.includes(c.id));
}

/** Cost the experiments of the selected claims at a scale. */
export async function planScale(options: PlanOptions): Promise<Plan> {
  for (const [name, value] of [
    ['machines', options.machines],
    ['cores per machine', options.coresPerMachine],
    ['calibration runs', options.calibrationRuns],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) throw new InputError(`${name} must be a whole number ≥ 1, got ${value}`);
  }
  const byHash = new Map<string, { spec: ExperimentSpec; claims: string[] }>();
  for (const claim of selectClaims(options.claimIds, options.claims ?? allClaims)) {
    for (const spec of claim.specs(claim.configFor(options.scale))) {
      const hash = specHash(spec);
      const entry = byHash.get(hash);
      // A claim may read a sub-ladder of a shared experiment: keep the widest ladder of one store key.
      if (entry) {
        if (!entry.claims.includes(claim.id)) entry.claims.push(claim.id);
        entry.spec = {
          ...entry.spec,
          sizes: [...new Set([...entry.spec.sizes, ...spec.sizes])].sort((a, b) => a - b),
          runsPerSize: Math.max(entry.spec.runsPerSize, spec.runsPerSize),
        };
      } else byHash.set(hash, { spec, claims: [claim.id] });
    }
  }
  const experiments: PlanExperiment[] = [];
  for (const [hash, { spec, claims }] of byHash) {
    const sizes: PlanSize[] = [];
    for (const size of spec.sizes) {
      options.log?.(`plan: ${spec.name ?? hash.slice(0, 12)}, size ${size}`);
      sizes.push({ size, runs: spec.runsPerSize, ...(await costPerRun(spec, size, options)) });
    }
    const runs = sizes.reduce((s, z) => s + z.runs, 0);
    const cpuHours = sizes.reduce((s, z) => s + (z.runs * z.msPerRun) / 3_600_000, 0);
    experiments.push({ claims, name: spec.name ?? hash.slice(0, 12), specHash: hash, sizes, runs, cpuHours });
  }
  const cpuHours = experiments.reduce((s, e) => s + e.cpuHours, 0);
  return {
    scale: options.scale,
    experiments,
    runs: experiments.reduce((s, e) => s + e.runs, 0),
    cpuHours,
    machines: options.machines,
    coresPerMachine: options.coresPerMachine,
    wallHours: cpuHours / (options.machines * options.coresPerMachine),
    wallHoursOneMachine: cpuHours / options.coresPerMachine,
  };
}

/** The plan as a plain-text table. */
export function formatPlan(plan: Plan): string {
  const lines = [
    `scale ${plan.scale}: ${plan.experiments.length} experiments, ${plan.runs} runs, ${plan.cpuHours.toFixed(2)} CPU-hours`,
    '',
    'claims | experiment | size: runs × cost per run (source) | CPU-hours',
  ];
  for (const e of plan.experiments) {
    const sizes = e.sizes
      .map((s) => `${s.size}: ${s.runs} × ${formatMs(s.msPerRun)} (${s.source}, ${s.measured})`)
      .join('; ');
    lines.push(`${e.claims.join(', ')} | ${e.name} [${e.specHash.slice(0, 12)}] | ${sizes} | ${e.cpuHours.toFixed(3)}`);
  }
  lines.push(
    '',
    `wall time: ${plan.wallHoursOneMachine.toFixed(2)} h on 1 machine of ${plan.coresPerMachine} cores; ` +
      `${plan.wallHours.toFixed(2)} h on ${plan.machines} machines of ${plan.coresPerMachine} cores (ideal sharding)`,
  );
  return lines.join('\n');
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}
