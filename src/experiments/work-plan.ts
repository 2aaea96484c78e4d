/**
 * The work plan: which runs of a spec still have to be computed (in the shard, not yet stored), grouped into
 * tasks. A task is a batch of runs of one size; the executor builds what the batch shares (the coupling sample
 * under fixed disorder, the data set) once per task. Batches are as large as possible while still giving every
 * worker something to do: ceil(pending / workers) runs, at most `maxBatch`. A spin-glass spec with disorder
 * 'landscapes' is planned per landscape (run r on landscape r mod L, spec.ts landscapeOfRun): a task holds the runs
 * of one landscape (cut into batches of that size when there are more), so each coupling sample is built once per
 * task and a worker holds one sample at a time.
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
  const sizes = [...spec.sizes].sort((a, b) => a - b);
  for (const size of sizes) {
    const pending: number[] = [];
    for (let run = 0; run < spec.runsPerSize; run++) {
      if (inShard(run, options.shard) && !options.stored.has(runKey(size, run))) pending.push(run);
    }
    if (pending.length === 0) continue;
    const batch = options.batchSize ?? Math.min(DEFAULT_MAX_BATCH, Math.ceil(pending.length / options.workers));
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
