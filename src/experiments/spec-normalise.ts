/**
 * The normal form of a validated spec, which parseSpec returns, the store writes and the spec hash is taken
 * over, so that specs that ask for the same runs share one hash (and so one store and the same streams):
 *
 * - fields equal to their default are dropped: `landscape.subsamples: 1` (one sample is the default), an empty
 *   `haltingThresholds` (none is the default), and for the multiclass task `digits` listing all ten in order (the default);
 * - sets are sorted and deduplicated: `haltingThresholds` (also the polish's), sorted in DESCENDING order — the
 *   order in which a descent crosses them, and the order every built-in spec already uses, so that their hashes
 *   (and the stores keyed by them) did not move when normalisation was introduced.
 *
 * Dropping (rather than filling in) defaults and keeping the existing order is deliberate: a spec already in
 * normal form — every spec the claims, golden fixtures and flag commands wrote before — keeps its hash.
 * Normalising is idempotent.
 */
import type { ExperimentSpec } from './spec.js';

function normalThresholds(list: readonly number[] | undefined): number[] | undefined {
  if (list === undefined || list.length === 0) return undefined;
  return [...new Set(list)].sort((a, b) => b - a);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const ALL_DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** The normal form of a validated spec (see the module comment). */
export function normaliseSpec(spec: ExperimentSpec): ExperimentSpec {
  let landscape = spec.landscape;
  if (landscape.kind === 'spinglass' && landscape.subsamples === 1) {
    landscape = withoutUndefined({ ...landscape, subsamples: undefined });
  }
  if (
    landscape.kind === 'network' &&
    landscape.task === 'multiclass' &&
    landscape.digits !== undefined &&
    landscape.digits.length === ALL_DIGITS.length &&
    landscape.digits.every((d, i) => d === ALL_DIGITS[i])
  ) {
    landscape = withoutUndefined({ ...landscape, digits: undefined });
  }
  let optimizer = spec.optimizer;
  if (optimizer.kind === 'gd') {
    optimizer = withoutUndefined({ ...optimizer, haltingThresholds: normalThresholds(optimizer.haltingThresholds) });
  }
  if (optimizer.kind === 'sgd' && optimizer.polish !== undefined) {
    const polish = withoutUndefined({
      ...optimizer.polish,
      haltingThresholds: normalThresholds(optimizer.polish.haltingThresholds),
    });
    optimizer = { ...optimizer, polish };
  }
  return { ...spec, landscape, optimizer };
}
