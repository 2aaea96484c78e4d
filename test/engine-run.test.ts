/**
 * The engine end to end with the toy executor: resume, divergence, invalid specs, growing ladders, and the
 * determinism property — the records do not depend on the worker count, the batch size or the shard layout.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/core/input-error.js';
import { registerExecutor } from '../src/experiments/executor-registry.js';
import { silentLogger } from '../src/experiments/logger.js';
import { mergeStores } from '../src/experiments/merge-stores.js';
import { loadRecords, runExperiment, runExperimentDetailed } from '../src/experiments/run-experiment.js';
import type { ExperimentSpec } from '../src/experiments/spec.js';
import { specHash } from '../src/experiments/spec-hash.js';
import { compiledToyExecutor, fingerprints, TOY_SPEC, tempDir } from './helpers/engine-helpers.js';
import { restoreSpinGlassExecutor } from './helpers/engine-toy-executor.js';

const dirs: string[] = [];
const fresh = (prefix: string) => {
  const d = tempDir(prefix);
  dirs.push(d);
  return d;
};
afterAll(() => {
  restoreSpinGlassExecutor();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const quiet = { quiet: true, logger: silentLogger } as const;

// Compile the toy executor for the pool's worker threads up front (a tsc run), outside any one test's time limit.
beforeAll(() => {
  compiledToyExecutor();
}, 120_000);

describe('runExperiment', () => {
  it('computes every run once, stores it, and resumes without recomputing', async () => {
    const resultsDir = fresh('engine-run');
    const first = await runExperimentDetailed(TOY_SPEC, { resultsDir, workers: 1, ...quiet });
    expect(first.computed).toBe(45);
    expect(first.records.map((r) => `${r.size}/${r.run}`)).toEqual(
      [4, 7, 12].flatMap((s) => Array.from({ length: 15 }, (_, r) => `${s}/${r}`)),
    );
    // Runs 5 and 12 produce NaN: recorded as diverged, with the field named, and no metrics.
    const diverged = first.records.filter((r) => r.status === 'diverged');
    expect(diverged.map((r) => r.run)).toEqual([5, 12, 5, 12, 5, 12]);
    expect(diverged[0].reason).toBe('non-finite energy (NaN)');
    expect(diverged.every((r) => r.metrics === null)).toBe(true);
    const again = await runExperimentDetailed(TOY_SPEC, { resultsDir, workers: 1, ...quiet });
    expect(again.computed).toBe(0);
    expect(fingerprints(again.records)).toEqual(fingerprints(first.records));
    expect(fingerprints(loadRecords(TOY_SPEC, resultsDir, { logger: silentLogger }))).toEqual(
      fingerprints(first.records),
    );
  });

  it('a larger ladder or more runs reuses the stored runs (same spec hash) and returns only the ladder asked for', async () => {
    const resultsDir = fresh('engine-grow');
    const small: ExperimentSpec = { ...TOY_SPEC, sizes: [7], runsPerSize: 4 };
    const smallRecords = await runExperiment(small, { resultsDir, workers: 1, ...quiet });
    const big: ExperimentSpec = { ...TOY_SPEC, sizes: [4, 7], runsPerSize: 6, name: 'renamed' };
    expect(specHash(big)).toBe(specHash(small));
    const outcome = await runExperimentDetailed(big, { resultsDir, workers: 1, ...quiet });
    expect(outcome.computed).toBe(12 - 4);
    const reused = outcome.records.filter((r) => r.size === 7 && r.run < 4);
    expect(fingerprints(reused)).toEqual(fingerprints(smallRecords));
    expect(await runExperiment(small, { resultsDir, workers: 1, ...quiet })).toHaveLength(4);
  });

  it('an invalid spec is rejected with every problem and nothing runs or is written', async () => {
    const resultsDir = join(fresh('engine-invalid'), 'results');
    let calls = 0;
    const restore = registerExecutor('spinglass', () => {
      calls += 1;
      return [];
    });
    try {
      const bad = { ...TOY_SPEC, runsPerSize: -1, landscape: { ...TOY_SPEC.landscape, ensemble: 'cauchy' } };
      const error = await runExperiment(bad, { resultsDir, workers: 1, ...quiet }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toContain('runsPerSize:');
      expect((error as Error).message).toContain('landscape.ensemble: must be one of');
      expect(calls).toBe(0);
      expect(existsSync(resultsDir)).toBe(false);
    } finally {
      restore();
    }
  });

  it('a worker pool (2 threads, compiled worker) computes the same records as the main thread', async () => {
    const resultsDir = fresh('engine-pool');
    const spec: ExperimentSpec = { ...TOY_SPEC, sizes: [5], runsPerSize: 6 };
    const inProcess = await runExperiment(spec, { resultsDir: fresh('engine-pool-1'), workers: 1, ...quiet });
    const pooled = await runExperiment(spec, {
      resultsDir,
      workers: 2,
      batchSize: 2,
      executorModules: [compiledToyExecutor()],
      ...quiet,
    });
    expect(fingerprints(pooled)).toEqual(fingerprints(inProcess));
  });

  it('property: records are identical for any worker count (1, 2), batch size and shard layout', async () => {
    const spec: ExperimentSpec = { ...TOY_SPEC, sizes: [3, 6], runsPerSize: 9 };
    const baseline = fingerprints(
      await runExperiment(spec, { resultsDir: fresh('engine-base'), workers: 1, ...quiet }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(1, 2),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        async (workers, batchSize, shards) => {
          const shardDirs: string[] = [];
          for (let index = 1; index <= shards; index++) {
            const resultsDir = fresh('engine-shard');
            shardDirs.push(resultsDir);
            await runExperiment(spec, {
              resultsDir,
              workers,
              batchSize,
              shard: { index, count: shards },
              executorModules: workers > 1 ? [compiledToyExecutor()] : undefined,
              ...quiet,
            });
          }
          const [merged, ...others] = mergeStores(shardDirs, fresh('engine-merged'), { logger: silentLogger });
          expect(others).toEqual([]);
          expect(merged.missing).toEqual([]);
          expect(fingerprints(merged.records)).toEqual(baseline);
        },
      ),
      { seed: 424242, numRuns: 6 },
    );
  });
});
