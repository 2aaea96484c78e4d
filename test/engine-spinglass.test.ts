/**
 * The real spin-glass executor through the engine: records are identical with 1 or 2 worker threads and any
 * batch size, for GD, SGD (P = 2 sub-samples) and annealing, under fixed and per-run disorder; a single run
 * recomputed on its own equals the stored one bit for bit; energies are consistent (H = N · H/N). Under disorder
 * 'landscapes' (L coupling samples per size, run r on sample r mod L) the landscape index of every record is r mod L
 * and every record is the same with any worker count, batch size or shard layout; runs on one landscape share its
 * couplings, runs on different landscapes do not. A task of more starts than the descent carries per call (continuous
 * refill) gives every run, early or late to join, the record it has alone.
 * The pool runs the compiled dist/ code and the main thread the sources: build first (npm test does), or a stale
 * dist/ makes the two disagree.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { executeSpinGlass, spinGlassLandscapeSample, spinGlassSample } from '../src/experiments/execute-spinglass.js';
import { silentLogger } from '../src/experiments/logger.js';
import { runExperiment } from '../src/experiments/run-experiment.js';
import { type RunRecord, recordFingerprint, type SpinGlassMetrics } from '../src/experiments/run-record.js';
import type { ExperimentSpec } from '../src/experiments/spec.js';
import { DESCENT_WIDTH, planTasks } from '../src/experiments/work-plan.js';
import { randomSpherePoint } from '../src/spinglass/random-point.js';
import { fingerprints, tempDir } from './helpers/engine-helpers.js';
import { testRng } from './helpers/test-rng.js';

const dirs: string[] = [];
const fresh = () => {
  const d = tempDir('engine-sg');
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const base = { sizes: [5, 9], runsPerSize: 5, seed: 4, measure: { index: false } };
const SPECS: ExperimentSpec[] = [
  {
    ...base,
    measure: { index: true },
    landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
    optimizer: {
      kind: 'gd',
      learningRate: 0.1,
      decay: 0,
      tolerance: 1e-6,
      maxIterations: 2000,
      haltingThresholds: [1e-2],
    },
  },
  {
    ...base,
    landscape: { kind: 'spinglass', p: 3, ensemble: 'rademacher', disorder: 'per-run', subsamples: 2 },
    optimizer: {
      kind: 'sgd',
      learningRate: 0.1,
      decay: 0.01,
      epochs: 20,
      polish: { learningRate: 0.1, decay: 0, tolerance: 1e-6, maxIterations: 2000 },
    },
  },
  {
    ...base,
    landscape: { kind: 'spinglass', p: 4, ensemble: 'uniform', disorder: 'fixed' },
    optimizer: {
      kind: 'sa',
      budget: 500,
      initialTemperature: 1,
      finalTemperature: 0.01,
      proposalScale: 0.05,
      adaptProposal: true,
    },
  },
  {
    ...base,
    measure: { index: true },
    landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'landscapes', landscapes: 2 },
    optimizer: { kind: 'gd', learningRate: 0.1, decay: 0, tolerance: 1e-6, maxIterations: 2000 },
  },
];
const quiet = { quiet: true, logger: silentLogger };

describe('spin-glass runs through the engine', () => {
  it.each(
    SPECS.map(
      (s) =>
        [`${s.optimizer.kind}, ${s.landscape.kind === 'spinglass' ? s.landscape.disorder : ''} disorder`, s] as const,
    ),
  )('%s: 1 worker = 2 workers = any batch size, bit for bit; one run recomputes alone', async (_kind, spec) => {
    const one = await runExperiment(spec, { resultsDir: fresh(), workers: 1, batchSize: 5, ...quiet });
    const two = await runExperiment(spec, { resultsDir: fresh(), workers: 2, batchSize: 2, ...quiet });
    expect(one).toHaveLength(10);
    expect(fingerprints(two)).toEqual(fingerprints(one));
    const alone = await executeSpinGlass(spec, 9, [3]);
    if (spec.landscape.kind === 'spinglass' && spec.landscape.disorder !== 'landscapes') {
      for (const r of one) expect(r).not.toHaveProperty('landscape');
    }
    expect(recordFingerprint(alone[0])).toBe(recordFingerprint(one.find((r) => r.size === 9 && r.run === 3)!));
    for (const r of one) {
      expect(r.status).toBe('ok');
      const m = r.metrics as SpinGlassMetrics;
      expect(m.scaledEnergy).toBe(m.energy / r.size);
      expect(m.scaledEnergy).toBeLessThan(0);
      if (spec.measure.index) {
        // Index of the Riemannian Hessian on the (N−1)-dimensional tangent space.
        expect(Number.isInteger(m.index)).toBe(true);
        expect(m.normalizedIndex).toBe((m.index as number) / (r.size - 1));
      } else expect(m.index).toBeUndefined();
    }
  });
});

/** Disorder 'landscapes': L = 3 samples per size, 10 runs per size, the index measured. */
const LANDSCAPES: ExperimentSpec = {
  landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'landscapes', landscapes: 3 },
  optimizer: { kind: 'gd', learningRate: 0.1, decay: 0, tolerance: 1e-6, maxIterations: 2000 },
  sizes: [6, 10],
  runsPerSize: 10,
  seed: 8,
  measure: { index: true },
};

describe("disorder 'landscapes' through the engine", () => {
  it('records landscape r mod L; identical for 1 and 2 workers, any batch size and any shard layout', async () => {
    const one = await runExperiment(LANDSCAPES, { resultsDir: fresh(), workers: 1, ...quiet });
    expect(one).toHaveLength(20);
    for (const r of one) expect(r.landscape).toBe(r.run % 3);
    const variants: RunRecord[][] = [
      await runExperiment(LANDSCAPES, { resultsDir: fresh(), workers: 2, batchSize: 2, ...quiet }),
      await runExperiment(LANDSCAPES, { resultsDir: fresh(), workers: 2, batchSize: 7, ...quiet }),
    ];
    // Shards whose count does not divide L (2/3 shards hold parts of every landscape) and one that does.
    for (const count of [2, 3]) {
      const dir = fresh();
      for (let index = 1; index <= count; index++) {
        await runExperiment(LANDSCAPES, { resultsDir: dir, workers: 1, shard: { index, count }, ...quiet });
      }
      variants.push(await runExperiment(LANDSCAPES, { resultsDir: dir, workers: 1, ...quiet }));
    }
    for (const v of variants) expect(fingerprints(v)).toEqual(fingerprints(one));
    const [alone] = await executeSpinGlass(LANDSCAPES, 10, [7]);
    expect(alone.landscape).toBe(1);
    expect(recordFingerprint(alone)).toBe(recordFingerprint(one.find((r) => r.size === 10 && r.run === 7)!));
    // A run's disorder stream is its landscape's: equal within a landscape, distinct across landscapes and sizes.
    const disorder = new Map<string, string>();
    for (const r of one) {
      const key = `${r.size}/${r.landscape}`;
      if (!disorder.has(key)) disorder.set(key, r.streams.disorder);
      expect(r.streams.disorder).toBe(disorder.get(key));
    }
    expect(new Set(disorder.values()).size).toBe(6);
  }, 30_000);

  it('runs on one landscape share its couplings (H(w) equal at a fixed w), other landscapes differ', () => {
    const w = randomSpherePoint(10, testRng('probe', 10, 0));
    const energyOfRun = (run: number) => spinGlassSample(LANDSCAPES, 10, run).value(w);
    expect(energyOfRun(4)).toBe(energyOfRun(1));
    expect(energyOfRun(7)).toBe(energyOfRun(1));
    expect(energyOfRun(1)).toBe(spinGlassLandscapeSample(LANDSCAPES, 10, 1).value(w));
    const levels = [0, 1, 2].map(energyOfRun);
    expect(new Set(levels).size).toBe(3);
  });

  it("a task's runs on several landscapes give the records of each run alone", async () => {
    const together = await executeSpinGlass(LANDSCAPES, 6, [0, 1, 2, 3, 4, 5]);
    for (const r of together) {
      const [alone] = await executeSpinGlass(LANDSCAPES, 6, [r.run]);
      expect(recordFingerprint(r)).toBe(recordFingerprint(alone));
    }
    expect(together.map((r) => r.landscape)).toEqual([0, 1, 2, 0, 1, 2]);
  });
});

/** More starts per task than the descent carries per call (DESCENT_WIDTH), so the executor refills its batch. */
const REFILL: ExperimentSpec = {
  landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
  optimizer: {
    kind: 'gd',
    learningRate: 0.1,
    decay: 0,
    tolerance: 1e-6,
    maxIterations: 3000,
    haltingThresholds: [1e-2],
  },
  sizes: [7],
  runsPerSize: DESCENT_WIDTH + 9,
  seed: 12,
  measure: { index: true },
};

describe('continuous refill through the engine', () => {
  it('a refilled task gives each run the record it has alone, with any worker count, batch size or shards', async () => {
    const plan = planTasks(REFILL, { stored: new Set(), workers: 1 });
    expect(plan).toHaveLength(1);
    expect(plan[0].runs.length).toBeGreaterThan(DESCENT_WIDTH);
    const one = await runExperiment(REFILL, { resultsDir: fresh(), workers: 1, ...quiet });
    expect(one).toHaveLength(DESCENT_WIDTH + 9);
    const iterations = new Set(one.map((r) => (r.metrics as SpinGlassMetrics).iterations));
    expect(iterations.size).toBeGreaterThan(1); // starts stop at different times, so late starts join a running batch
    // Runs that started in the first batch and runs that joined later, each computed alone.
    for (const run of [0, 5, DESCENT_WIDTH - 1, DESCENT_WIDTH, DESCENT_WIDTH + 8]) {
      const [alone] = await executeSpinGlass(REFILL, 7, [run]);
      expect(recordFingerprint(alone)).toBe(recordFingerprint(one.find((r) => r.run === run)!));
    }
    const variants: RunRecord[][] = [
      await runExperiment(REFILL, { resultsDir: fresh(), workers: 2, ...quiet }),
      await runExperiment(REFILL, { resultsDir: fresh(), workers: 2, batchSize: 30, ...quiet }),
    ];
    const dir = fresh();
    for (let index = 1; index <= 3; index++) {
      await runExperiment(REFILL, { resultsDir: dir, workers: 1, shard: { index, count: 3 }, ...quiet });
    }
    variants.push(await runExperiment(REFILL, { resultsDir: dir, workers: 1, ...quiet }));
    for (const v of variants) expect(fingerprints(v)).toEqual(fingerprints(one));
  }, 60_000);
});
