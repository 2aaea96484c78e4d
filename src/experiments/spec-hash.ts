/**
 * The identity of an experiment and of its runs.
 *
 * - The *spec hash* keys the result store: sha256 of the canonical JSON of
 *   `{ engine, seed, landscape, optimizer, measure }`. It EXCLUDES `sizes`, `runsPerSize`, `name` and
 *   `description`: those only say which runs exist, so growing the ladder or the run count reuses the stored runs.
 * - Paired seeding: a run's streams are `stream({ master, purpose, size, run })` (src/random/streams.ts) with one
 *   of two masters.
 *   The *problem master* `${seed}:${sha256 of canonical {landscape}}` seeds the streams that define the problem
 *   and the start: 'disorder' (coupling samples), 'split' (train/test split) and 'init' (start points, initial
 *   weights). Two specs with the same seed and landscape — e.g. an SGD and an annealing spec — therefore share the
 *   coupling samples, the data split and the starts, run for run, so their results can be compared in pairs.
 *   The *optimizer master* `${seed}:${sha256 of canonical {landscape, optimizer}}` seeds the streams that belong
 *   to the optimizer: 'proposal' (annealing), 'batch-order' (SGD sample order) and 'monte-carlo' (the Lanczos
 *   start of the index estimate).
 *   Either way a stream depends on (spec identity, size, run index) alone, so any run can be recomputed on any
 *   machine, in any worker, shard or batch, bit for bit. `measure` is left out of both masters, so switching the
 *   index measurement on does not move the runs.
 */

import { canonicalHash } from '../core/canonical-json.js';
import type { StreamPurpose } from '../random/streams.js';
import type { ExperimentSpec } from './spec.js';
import { normaliseSpec } from './spec-normalise.js';

/**
 * Bumped when the executors change what a run computes, so old stores are not mistaken for new ones (it enters
 * the spec hash). 2: paired seeding (problem streams from (seed, landscape) only). 3: network 'sa' is coordinate
 * annealing (src/network/coordinate-annealing.ts); network records carry gradNorm, SGD and annealing records their
 * loss curve and plateau drop.
 */
export const ENGINE_VERSION = 3;

/**
 * The fields of a spec that determine what each run computes, of its normal form (spec-normalise.ts: defaults
 * dropped, sets sorted), so that equivalent specs share one hash, one store and the same streams.
 */
export function specIdentity(input: ExperimentSpec): object {
  const spec = normaliseSpec(input);
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

/** sha256 of the canonical {landscape}. */
export function landscapeHash(spec: ExperimentSpec): string {
  return canonicalHash({ landscape: normaliseSpec(spec).landscape });
}

/** sha256 of the canonical {landscape, optimizer}. */
export function landscapeOptimizerHash(input: ExperimentSpec): string {
  const spec = normaliseSpec(input);
  return canonicalHash({ landscape: spec.landscape, optimizer: spec.optimizer });
}

/** The master seed of the problem and start streams ('disorder', 'split', 'init'): (seed, landscape) only. */
export function problemMaster(spec: ExperimentSpec): string {
  return `${String(spec.seed)}:${landscapeHash(spec)}`;
}

/** The master seed of the optimizer's streams ('proposal', 'batch-order', 'monte-carlo'): (seed, landscape, optimizer). */
export function optimizerMaster(spec: ExperimentSpec): string {
  return `${String(spec.seed)}:${landscapeOptimizerHash(spec)}`;
}

/** The purposes whose streams define the problem and the start, seeded by the problem master. */
export const PROBLEM_PURPOSES: readonly StreamPurpose[] = ['disorder', 'split', 'init'];

/** The master of a stream of this spec's runs: the problem master for PROBLEM_PURPOSES, else the optimizer master. */
export function masterFor(spec: ExperimentSpec, purpose: StreamPurpose): string {
  return PROBLEM_PURPOSES.includes(purpose) ? problemMaster(spec) : optimizerMaster(spec);
}
