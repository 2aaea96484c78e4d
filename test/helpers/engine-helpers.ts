/** Shared pieces of the engine's end-to-end tests. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../src/core/package-root.js';
import type { RunRecord } from '../../src/experiments/run-record.js';
import { recordFingerprint } from '../../src/experiments/run-record.js';
import type { ExperimentSpec } from '../../src/experiments/spec.js';

let toyExecutorUrl: string | undefined;

/**
 * The toy executor compiled for worker threads (they cannot load TypeScript): tsc -p tsconfig.test-workers.json
 * writes it and the modules it imports to .cache/test-workers/, never to dist/ (dist holds the tool only). Compiled
 * afresh once per test process, so it never lags the sources; its registerExecutor call reaches the worker's
 * registry because the registry lives on globalThis (src/experiments/executor-registry.ts).
 */
export function compiledToyExecutor(): string {
  if (toyExecutorUrl === undefined) {
    const root = packageRoot();
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const built = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.test-workers.json')], {
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`compiling the toy executor failed:\n${built.stdout}${built.stderr}`);
    toyExecutorUrl = pathToFileURL(
      join(root, '.cache', 'test-workers', 'test', 'helpers', 'engine-toy-executor.js'),
    ).href;
  }
  return toyExecutorUrl;
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
