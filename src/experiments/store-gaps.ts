/**
 * Which runs of a spec's ladder a result store does not hold yet: the judge's check before it reads a store
 * without computing (`landscape verify --no-compute`), and the count `verify` announces before it computes.
 */
import type { Logger } from './logger.js';
import { missingRuns } from './merge-stores.js';
import { loadRecords } from './run-experiment.js';
import { type ExperimentSpec, parseSpec } from './spec.js';
import { specHash } from './spec-hash.js';

export interface StoreGaps {
  /** The spec's name (or its short hash). */
  name: string;
  specHash: string;
  /** Runs of the ladder: sizes × runsPerSize. */
  expected: number;
  /** Runs the store lacks, per size (sizes with none missing are left out). */
  bySize: { size: number; runs: number[] }[];
  /** Total runs the store lacks. */
  total: number;
}

/** The runs of `spec` that the store in `resultsDir` does not hold (as `loadRecords` reads them). */
export function storeGaps(input: unknown, resultsDir: string, options: { logger?: Logger } = {}): StoreGaps {
  const spec: ExperimentSpec = parseSpec(input);
  const hash = specHash(spec);
  const bySize = missingRuns(spec, loadRecords(spec, resultsDir, options));
  return {
    name: spec.name ?? hash.slice(0, 12),
    specHash: hash,
    expected: spec.sizes.length * spec.runsPerSize,
    bySize,
    total: bySize.reduce((s, b) => s + b.runs.length, 0),
  };
}
