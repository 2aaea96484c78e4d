/**
 * The real spin-glass executor through the engine: records are identical with 1 or 2 worker threads and any
 * batch size, for GD, SGD (P = 2 sub-samples) and annealing, under fixed and per-run disorder; a single run
 * recomputed on its own equals the stored one bit for bit; energies are consistent (H = N · H/N).
 * The pool runs the compiled dist/ code and the main thread the sources: build first (npm test does), or a stale
 * dist/ makes the two disagree.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { executeSpinGlass } from '../src/experiments/execute-spinglass.js';
import { silentLogger } from '../src/experiments/logger.js';
import { runExperiment } from '../src/experiments/run-experiment.js';
import { recordFingerprint, type SpinGlassMetrics } from '../src/experiments/run-record.js';
import type { ExperimentSpec } from '../src/experiments/spec.js';
import { fingerprints, tempDir } from './engine-helpers.js';

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
];
const quiet = { quiet: true, logger: silentLogger };

describe('spin-glass runs through the engine', () => {
  it.each(SPECS.map((s) => [s.optimizer.kind, s] as const))(
    '%s: 1 worker = 2 workers = any batch size, bit for bit; one run recomputes alone',
    async (_kind, spec) => {
      const one = await runExperiment(spec, { resultsDir: fresh(), workers: 1, batchSize: 5, ...quiet });
      const two = await runExperiment(spec, { resultsDir: fresh(), workers: 2, batchSize: 2, ...quiet });
      expect(one).toHaveLength(10);
      expect(fingerprints(two)).toEqual(fingerprints(one));
      const alone = await executeSpinGlass(spec, 9, [3]);
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
    },
  );
});
