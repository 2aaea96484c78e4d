/**
 * The engine plants (engine-plant.ts) do what they say, through the real executors, and no spec can name one.
 */
import { describe, expect, it } from 'vitest';
import { SMALL_NETWORK_LANDSCAPE } from '../../test/helpers/spec-fixtures.js';
import { plantAffects, plantedOptimizer, plantedSize } from './engine-plant.js';
import type { NetworkMetrics, RunRecord, SpinGlassMetrics } from './run-record.js';
import { type ExperimentSpec, parseSpec, specProblems } from './spec.js';
import { executeTask } from './task-runner.js';

const GD: ExperimentSpec = {
  landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
  optimizer: { kind: 'gd', learningRate: 0.1, decay: 0, tolerance: 1e-7, maxIterations: 20_000 },
  sizes: [8, 12],
  runsPerSize: 4,
  seed: 5,
  measure: { index: true },
};
const runs = [0, 1, 2, 3];
const spin = (r: RunRecord) => r.metrics as SpinGlassMetrics;

describe('no spec can name a plant', () => {
  it('a `planted` field anywhere in a spec is rejected', () => {
    for (const bad of [
      { ...GD, planted: { kind: 'reversed-sizes' } },
      { ...GD, optimizer: { ...GD.optimizer, planted: { kind: 'early-stop', optimizer: 'gd', steps: 1 } } },
      { ...GD, landscape: { ...GD.landscape, planted: { kind: 'hamiltonian-normalisation', shift: 0.5 } } },
    ]) {
      expect(specProblems(bad).join('; ')).toMatch(/planted: unknown field/);
      expect(() => parseSpec(bad)).toThrow(/planted/);
    }
  });
});

describe('spin-glass plants through the executor', () => {
  it("'hamiltonian-normalisation': the same minima, energies per spin multiplied by N^shift", async () => {
    for (const size of GD.sizes) {
      const real = await executeTask({ spec: GD, size, runs });
      const planted = await executeTask({
        spec: GD,
        size,
        runs,
        planted: { kind: 'hamiltonian-normalisation', shift: 0.5 },
      });
      planted.forEach((r, i) => {
        expect(spin(r).converged).toBe(true);
        expect(spin(r).scaledEnergy / spin(real[i]).scaledEnergy).toBeCloseTo(Math.sqrt(size), 6);
        expect(spin(r).index).toBe(spin(real[i]).index);
      });
    }
  });

  it("'hessian-shift': factor 1 is the real index; factor 0 makes minima saddles; −1 makes them maxima-like", async () => {
    const real = await executeTask({ spec: GD, size: 12, runs });
    const same = await executeTask({ spec: GD, size: 12, runs, planted: { kind: 'hessian-shift', factor: 1 } });
    const without = await executeTask({ spec: GD, size: 12, runs, planted: { kind: 'hessian-shift', factor: 0 } });
    const flipped = await executeTask({ spec: GD, size: 12, runs, planted: { kind: 'hessian-shift', factor: -1 } });
    expect(same).toEqual(real.map((r, i) => ({ ...r, elapsedMs: same[i].elapsedMs })));
    real.forEach((r, i) => {
      expect(spin(r).index).toBe(0); // GD ends at minima
      expect(spin(without[i]).scaledEnergy).toBe(spin(r).scaledEnergy); // the optimizer is untouched
      expect(spin(without[i]).index).toBeGreaterThan(0);
      expect(spin(flipped[i]).index).toBeGreaterThan(spin(without[i]).index as number);
    });
  });

  it("'early-stop' caps the iterations of its optimizer kind only; 'reversed-sizes' computes at the mirrored size", async () => {
    const stopped = await executeTask({
      spec: GD,
      size: 8,
      runs,
      planted: { kind: 'early-stop', optimizer: 'gd', steps: 3 },
    });
    for (const r of stopped) expect(spin(r).iterations).toBeLessThanOrEqual(3);
    const other = await executeTask({
      spec: GD,
      size: 8,
      runs,
      planted: { kind: 'early-stop', optimizer: 'sgd', steps: 3 },
    });
    const real8 = await executeTask({ spec: GD, size: 8, runs });
    expect(other.map((r) => spin(r).energy)).toEqual(real8.map((r) => spin(r).energy));

    const real12 = await executeTask({ spec: GD, size: 12, runs });
    const reversed = await executeTask({ spec: GD, size: 8, runs, planted: { kind: 'reversed-sizes' } });
    reversed.forEach((r, i) => {
      expect(r.size).toBe(8);
      expect(spin(r).energy).toBe(spin(real12[i]).energy);
    });
  });
});

describe('network plants', () => {
  it("'random-ternary' keeps the initial ternary weights (one evaluation)", async () => {
    const spec: ExperimentSpec = {
      landscape: SMALL_NETWORK_LANDSCAPE,
      optimizer: { kind: 'sa-ternary', budget: 500, initialTemperature: 0.1, finalTemperature: 1e-4, scale: 'none' },
      sizes: [4],
      runsPerSize: 2,
      seed: 1,
      measure: { index: false },
    };
    const annealed = await executeTask({ spec, size: 4, runs: [0, 1] });
    const random = await executeTask({ spec, size: 4, runs: [0, 1], planted: { kind: 'random-ternary' } });
    for (const r of annealed) expect((r.metrics as NetworkMetrics).evaluations).toBe(500);
    for (const r of random) expect((r.metrics as NetworkMetrics).evaluations).toBe(1);
    const loss = (rs: RunRecord[]) => rs.reduce((s, r) => s + (r.metrics as NetworkMetrics).trainLoss, 0);
    expect(loss(random)).toBeGreaterThan(loss(annealed));
  });

  it("'test-on-train' reports the training set's loss and accuracy as the test's, and changes nothing else", async () => {
    const spec: ExperimentSpec = {
      landscape: SMALL_NETWORK_LANDSCAPE,
      optimizer: { kind: 'sgd', learningRate: 0.05, epochs: 3, batchSize: 1 },
      sizes: [4],
      runsPerSize: 2,
      seed: 1,
      measure: { index: false },
    };
    const real = await executeTask({ spec, size: 4, runs: [0, 1] });
    const planted = await executeTask({ spec, size: 4, runs: [0, 1], planted: { kind: 'test-on-train' } });
    real.forEach((r, i) => {
      const a = r.metrics as NetworkMetrics;
      const b = planted[i].metrics as NetworkMetrics;
      expect(b.trainLoss).toBe(a.trainLoss);
      expect(b.testLoss).toBe(a.trainLoss);
      expect(b.testAccuracy).toBe(a.trainAccuracy);
      expect(a.testLoss).not.toBe(a.trainLoss);
    });
    expect(plantAffects({ kind: 'test-on-train' }, spec)).toBe(true);
    expect(plantAffects({ kind: 'test-on-train' }, GD)).toBe(false);
  });
});

describe('plantedOptimizer, plantedSize, plantAffects (pure)', () => {
  it('map the optimizer and the size, and say which specs a plant touches', () => {
    expect(plantedOptimizer(GD.optimizer, { kind: 'hamiltonian-normalisation', shift: 0.5 }, 16)).toMatchObject({
      learningRate: 0.1 / 4,
    });
    expect(plantedOptimizer(GD.optimizer, undefined, 16)).toBe(GD.optimizer);
    expect(plantedSize({ ...GD, sizes: [10, 20, 30] }, 10, { kind: 'reversed-sizes' })).toBe(30);
    expect(plantedSize({ ...GD, sizes: [10, 20, 30] }, 20, { kind: 'reversed-sizes' })).toBe(20);
    expect(plantedSize(GD, 8, undefined)).toBe(8);
    expect(plantAffects({ kind: 'hamiltonian-normalisation', shift: 0.5 }, GD)).toBe(true);
    expect(plantAffects({ kind: 'early-stop', optimizer: 'sgd', steps: 1 }, GD)).toBe(false);
    expect(plantAffects({ kind: 'random-ternary' }, GD)).toBe(false);
    expect(plantAffects({ kind: 'reversed-sizes' }, { ...GD, sizes: [8] })).toBe(false);
  });
});
