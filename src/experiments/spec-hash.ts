/**
 * The identity of an experiment and of its runs.
 *
 * - The *spec hash* keys the result store: sha256 of the canonical JSON of
 *   `{ engine, seed, landscape, optimizer, measure }`. It EXCLUDES `sizes`, `runsPerSize`, `name` and
 *   `description`: those only say which runs exist, so growing the ladder or the run count reuses the stored runs.
 * - The *stream master* of every run is `${seed}:${landscapeOptimizerHash}` with landscapeOptimizerHash the
 *   sha256 of the canonical JSON of `{ landscape, optimizer }`. A run's streams are
 *   `stream({ master, purpose, size, run })` (src/random/streams.ts): they depend on (spec identity, size, run
 *   index) alone, so any run can be recomputed on any machine, in any worker, shard or batch, bit for bit.
 *   `measure` is left out of the master, so switching the index measurement on does not move the runs.
 */
import { canonicalHash } from './canonical-json.js';
import type { ExperimentSpec } from './spec.js';

/** Bumped when the executors change what a run computes, so old stores are not mistaken for new ones. */
export const ENGINE_VERSION = 1;

/** The fields of a spec that determine what each run computes. */
export function specIdentity(spec: ExperimentSpec): object {
  return {
    engine: ENGINE_VERSION,
    seed: spec.seed,
    landscape: spec.landscape,
    optimizer: spec.optimizer,
    measure: spec.measure,
  };
}

/** The hash that keys the result store (64 hex digits). */
export function specHash(spec: ExperimentSpec): string {
  return canonicalHash(specIdentity(spec));
}

/** sha256 of the canonical {landscape, optimizer}. */
export function landscapeOptimizerHash(spec: ExperimentSpec): string {
  return canonicalHash({ landscape: spec.landscape, optimizer: spec.optimizer });
}

/** The master seed string of every stream of this spec's runs. */
export function streamMaster(spec: ExperimentSpec): string {
  return `${String(spec.seed)}:${landscapeOptimizerHash(spec)}`;
}
