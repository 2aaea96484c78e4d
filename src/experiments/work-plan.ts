/**
 * The work plan: which runs of a spec still have to be computed (in the shard, not yet stored), grouped into
 * tasks. A task is a batch of runs of one size; the executor builds what the batch shares (the coupling sample
 * under fixed disorder, the data set) once per task. Batches are as large as possible while still giving every
 * worker something to do: ceil(pending / workers) runs, at most `DEFAULT_MAX_BATCH`, or, for spin-glass gradient
 * descent, whose executor keeps DESCENT_WIDTH starts in flight and refills the batch as starts converge
 * (continuous refill, execute-spinglass.ts), at most `MAX_REFILL_TASK`. A spin-glass spec with disorder
 * 'landscapes' is planned per landscape (run r on landscape r mod L, spec.ts landscapeOfRun): a task holds the runs
 * of one landscape (cut into batches of that size when there are more), so each coupling sample is built once per
 * task and a worker holds one sample at a time.
 * Tasks are listed largest size first (sizes descending), so the pool, which starts them in order, ends on the
 * cheap sizes and the workers finish close together (longest-processing-time-first scheduling).
 */
import { runKey } from './run-record.js';
import { inShard, type Shard } from './shard.js';
import { type ExperimentSpec, landscapeOfRun } from './spec.js';

export interface WorkTask {
  size: number;
  runs: number[];
}

/**
 * Default upper bound on the runs per task: small enough to keep progress and crash losses fine-grained, large enough
 * that a batch-first descent amortises its coupling stream (at N = 500 one evaluation call costs ≈ 10 + 4.3·b ms for
 * b replicas, so the tail of a task, when few starts are still descending, costs relatively less in bigger tasks).
 */
export const DEFAULT_MAX_BATCH = 64;

/**
 * Spin-glass gradient descent: the replicas one evaluation call carries (the executor's refill width). 64 is where
 * the per-replica cost of the p = 3 kernel levels off (N = 500, one thread: 4.3 ms per replica at 50–64 replicas,
 * 5.2 at 16, 8.5 at 8, 14 at 1, measured under load; docs/benchmarks.md).
 */
export const DESCENT_WIDTH = 64;

/**
 * Spin-glass gradient descent: the most runs per task. With refill a task of R ≫ DESCENT_WIDTH starts pays the
 * tail (the last starts descending alone, each call at nearly the full coupling-stream cost) once instead of
 * R / DESCENT_WIDTH times; 256 keeps a crash's loss (a task's records are written when it ends) to ~40 CPU-minutes
 * at N = 500.
 */
export const MAX_REFILL_TASK = 4 * DESCENT_WIDTH;

/** True when the spec's executor refills its batch (spin-glass gradient descent). */
export function refills(spec: ExperimentSpec): boolean {
  return spec.landscape.kind === 'spinglass' && spec.optimizer.kind === 'gd';
}

/** Every (size, run) of the spec's ladder, sizes in spec order, runs ascending. */
export function allRuns(spec: ExperimentSpec): { size: number; run: number }[] {
  const out: { size: number; run: number }[] = [];
  for (const size of spec.sizes) for (let run = 0; run < spec.runsPerSize; run++) out.push({ size, run });
  return out;
}

export function planTasks(
  spec: ExperimentSpec,
  options: { stored: ReadonlySet<string>; shard?: Shard; workers: number; batchSize?: number },
): WorkTask[] {
  const tasks: WorkTask[] = [];
  const sizes = [...spec.sizes].sort((a, b) => b - a);
  const cap = refills(spec) ? MAX_REFILL_TASK : DEFAULT_MAX_BATCH;
  for (const size of sizes) {
    const pending: number[] = [];
    for (let run = 0; run < spec.runsPerSize; run++) {
      if (inShard(run, options.shard) && !options.stored.has(runKey(size, run))) pending.push(run);
    }
    if (pending.length === 0) continue;
    const batch = options.batchSize ?? Math.min(cap, Math.ceil(pending.length / options.workers));
    for (const group of landscapeGroups(spec, pending)) {
      for (let i = 0; i < group.length; i += batch) tasks.push({ size, runs: group.slice(i, i + batch) });
    }
  }
  return tasks;
}

/** Pending runs (ascending) cut by landscape under disorder 'landscapes' (landscapes ascending); else one group. */
function landscapeGroups(spec: ExperimentSpec, pending: number[]): number[][] {
  const land = spec.landscape;
  if (land.kind !== 'spinglass' || land.disorder !== 'landscapes') return [pending];
  const groups = new Map<number, number[]>();
  for (const run of pending) {
    const l = landscapeOfRun(land, run);
    const group = groups.get(l);
    if (group) group.push(run);
    else groups.set(l, [run]);
  }
  return [...groups].sort((a, b) => a[0] - b[0]).map(([, runs]) => runs);
}
