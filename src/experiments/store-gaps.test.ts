import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runExperiment } from './run-experiment.js';
import type { ExperimentSpec } from './spec.js';
import { storeGaps } from './store-gaps.js';

const spec: ExperimentSpec = {
  name: 'store-gaps test',
  landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
  optimizer: { kind: 'gd', learningRate: 0.1, decay: 0, tolerance: 1e-3, maxIterations: 200, haltingThresholds: [] },
  sizes: [6, 8],
  runsPerSize: 4,
  seed: 3,
  measure: { index: false },
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('storeGaps', () => {
  it('lists every run of an empty store, then none once the ladder is computed, then the other shard', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-gaps-'));
    dirs.push(dir);
    const empty = storeGaps(spec, dir);
    expect(empty.expected).toBe(8);
    expect(empty.total).toBe(8);
    expect(empty.bySize).toEqual([
      { size: 6, runs: [0, 1, 2, 3] },
      { size: 8, runs: [0, 1, 2, 3] },
    ]);
    await runExperiment(spec, { resultsDir: dir, workers: 1, quiet: true, shard: { index: 1, count: 2 } });
    const half = storeGaps(spec, dir);
    expect(half.total).toBe(4);
    expect(half.bySize.map((b) => b.runs)).toEqual([
      [1, 3],
      [1, 3],
    ]);
    await runExperiment(spec, { resultsDir: dir, workers: 1, quiet: true });
    expect(storeGaps(spec, dir).total).toBe(0);
  });
});
