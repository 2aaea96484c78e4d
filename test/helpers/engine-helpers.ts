/** Shared pieces of the engine's end-to-end tests. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../src/core/package-root.js';
import type { RunRecord } from '../../src/experiments/run-record.js';
import { recordFingerprint } from '../../src/experiments/run-record.js';
import type { ExperimentSpec } from '../../src/experiments/spec.js';

/** The toy executor compiled to dist/, for worker threads (they cannot load TypeScript). */
export function compiledToyExecutor(): string {
  const path = join(packageRoot(), 'dist', 'test', 'helpers', 'engine-toy-executor.js');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npx tsc -p tsconfig.json\` first (npm test does)`);
  return pathToFileURL(path).href;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

/** Records as a sorted list of fingerprints (timing excluded): compare runs as sets. */
export function fingerprints(records: RunRecord[]): string[] {
  return records.map(recordFingerprint).sort();
}

/** A toy spin-glass spec (run by the toy executor in the tests that register it). */
export const TOY_SPEC: ExperimentSpec = {
  name: 'toy',
  landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
  optimizer: { kind: 'gd', learningRate: 0.1, decay: 0, tolerance: 1e-6, maxIterations: 100 },
  sizes: [4, 7, 12],
  runsPerSize: 15,
  seed: 99,
  measure: { index: true },
};
