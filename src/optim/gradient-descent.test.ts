import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doubleWell, quadraticForm, rosenbrock, symmetricWithEigenvalues } from '../../test/helpers/test-landscapes.js';
import type { Landscape } from '../landscape/landscape.js';
import { symmetricEigenvalues } from '../linalg/symmetric-eigenvalues.js';
import { createRng } from '../random/rng.js';
import { stream } from '../random/streams.js';
import { randomSpherePoint } from '../spinglass/random-point.js';
import { SpinGlassLandscape } from '../spinglass/spin-glass-landscape.js';
import { DEFAULT_GD_OPTIONS, gradientDescent, spinGlassLearningRate } from './gradient-descent.js';
import { riemannianHessian } from './hessian-index.js';

function randomSpherePointLocal(n: number, seed: string): Float64Array {
  const w = createRng(seed).fillNormal(new Float64Array(n));
  const s = Math.sqrt(n / w.reduce((a, x) => a + x * x, 0));
  return w.map((x) => x * s);
}

/** Distinct eigenvalues in [−1, 1] with gap ≥ 0.1 between the lowest two (so GD converges in few steps). */
const spectrum = (n: number) =>
  fc
    .array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n - 1, maxLength: n - 1 })
    .map((rest) => [-1.2, ...rest.map((x) => Math.max(x, -1.1))]);

describe('gradientDescent', () => {
  it('on a quadratic form on the sphere reaches the lowest eigenvector, energy λ_min·N', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) => fc.tuple(fc.constant(n), spectrum(n), fc.string())),
        ([n, eig, seed]) => {
          const rng = createRng(`matrix/${seed}`);
          const { matrix, eigenvectors } = symmetricWithEigenvalues(eig, () => rng.normal());
          const landscape = quadraticForm(matrix, n);
          const [run] = gradientDescent(landscape, [randomSpherePointLocal(n, seed)], {
            ...DEFAULT_GD_OPTIONS,
            tolerance: 1e-9,
          });
          expect(run.converged).toBe(true);
          expect(run.energy).toBeCloseTo(-1.2 * n, 6);
          // |overlap with the lowest eigenvector| = √N at the minimum.
          const overlap = Math.abs(run.point.reduce((s, x, i) => s + x * eigenvectors[0][i], 0));
          expect(overlap / Math.sqrt(n)).toBeCloseTo(1, 6);
          expect(run.scaledEnergy).toBe(run.energy / n);
          expect(run.energyEvaluations).toBe(run.iterations + 1);
        },
      ),
      { seed: 11, numRuns: 25 },
    );
  });

  it('on a Euclidean positive-definite quadratic reaches 0 at the origin', () => {
    const rng = createRng('euclid');
    const { matrix } = symmetricWithEigenvalues([0.5, 1, 2, 3], () => rng.normal());
    const [run] = gradientDescent(quadraticForm(matrix, 4, 'euclidean'), [Float64Array.of(1, -2, 3, 0.5)], {
      learningRate: 0.1,
      decay: 0,
      tolerance: 1e-10,
      maxIterations: 10_000,
    });
    expect(run.converged).toBe(true);
    for (const x of run.point) expect(Math.abs(x)).toBeLessThan(1e-9);
    expect(run.energy).toBeLessThan(1e-18);
  });

  it('on Rosenbrock reaches (1, 1)', () => {
    const [run] = gradientDescent(rosenbrock(), [Float64Array.of(-1.2, 1)], {
      learningRate: 1e-3,
      decay: 0,
      tolerance: 1e-6,
      maxIterations: 100_000,
    });
    expect(run.converged).toBe(true);
    expect(run.point[0]).toBeCloseTo(1, 4);
    expect(run.point[1]).toBeCloseTo(1, 4);
  });

  it('halting times are monotone in the thresholds and the gradient norm is below each at its time', () => {
    const rng = createRng('halting');
    const { matrix } = symmetricWithEigenvalues([-1, -0.5, 0, 0.7, 1], () => rng.normal());
    const thresholds = [1e-1, 1e-6, 1e-2, 1e-4, 1e-3];
    const [run] = gradientDescent(quadraticForm(matrix, 5), [randomSpherePointLocal(5, 'h')], {
      ...DEFAULT_GD_OPTIONS,
      tolerance: 1e-6,
      haltingThresholds: thresholds,
    });
    expect(run.haltingTimes.map((h) => h.threshold)).toEqual(thresholds);
    const sorted = [...run.haltingTimes].sort((a, b) => b.threshold - a.threshold);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i].iteration!).toBeGreaterThanOrEqual(sorted[i - 1].iteration!);
    // The last threshold equals the tolerance, so it is reached exactly at the stopping iteration.
    expect(sorted[sorted.length - 1].iteration).toBe(run.iterations);
  });

  it('batch = single, bit for bit, with replicas stopping at different times', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.string(), (n, count, seed) => {
        const rng = createRng(`b/${seed}`);
        const eig = Array.from({ length: n }, (_, i) => i - 0.3 * rng.uniform());
        const { matrix } = symmetricWithEigenvalues(eig, () => rng.normal());
        const landscape = quadraticForm(matrix, n);
        const starts = Array.from({ length: count }, (_, b) => randomSpherePointLocal(n, `${seed}/${b}`));
        const options = { ...DEFAULT_GD_OPTIONS, maxIterations: 40 + 7 * count, tolerance: 1e-5, decay: 0.01 };
        const batch = gradientDescent(landscape, starts, options);
        starts.forEach((s, b) => {
          const [single] = gradientDescent(landscape, [s], options);
          expect(batch[b]).toEqual(single);
          expect(Array.from(batch[b].point)).toEqual(Array.from(single.point));
        });
      }),
      { seed: 5, numRuns: 30 },
    );
  });

  it('batch = single, bit for bit, on the spin glass (its batch kernel)', () => {
    const n = 15;
    const landscape = SpinGlassLandscape.sample({
      n,
      p: 3,
      rng: stream({ master: 4, purpose: 'disorder', size: n, run: 0 }),
    });
    const starts = [0, 1, 2, 3, 4].map((r) =>
      randomSpherePoint(n, stream({ master: 4, purpose: 'init', size: n, run: r })),
    );
    const batch = gradientDescent(landscape, starts, DEFAULT_GD_OPTIONS);
    expect(new Set(batch.map((r) => r.iterations)).size).toBeGreaterThan(1);
    starts.forEach((s, b) => {
      const [single] = gradientDescent(landscape, [s], DEFAULT_GD_OPTIONS);
      expect(Array.from(batch[b].point)).toEqual(Array.from(single.point));
      expect(batch[b]).toEqual(single);
      expect(single.converged).toBe(true);
    });
  });

  it('continuous refill (width < starts) = each start alone, bit for bit, for every width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 9 }), fc.string(), (n, count, seed) => {
        const rng = createRng(`r/${seed}`);
        const eig = Array.from({ length: n }, (_, i) => i - 0.3 * rng.uniform());
        const { matrix } = symmetricWithEigenvalues(eig, () => rng.normal());
        const landscape = quadraticForm(matrix, n);
        const starts = Array.from({ length: count }, (_, b) => randomSpherePointLocal(n, `${seed}/${b}`));
        const options = { ...DEFAULT_GD_OPTIONS, maxIterations: 40 + 7 * count, tolerance: 1e-5, decay: 0.01 };
        const alone = starts.map((s) => gradientDescent(landscape, [s], options)[0]);
        for (let width = 1; width <= count + 1; width++) {
          const refilled = gradientDescent(landscape, starts, { ...options, width });
          refilled.forEach((r, b) => {
            expect(r).toEqual(alone[b]);
            expect(Array.from(r.point)).toEqual(Array.from(alone[b].point));
          });
        }
      }),
      { seed: 6, numRuns: 20 },
    );
  });

  it('continuous refill on the spin glass keeps the batch full while starts wait, and equals each start alone', () => {
    const n = 12;
    const landscape = SpinGlassLandscape.sample({
      n,
      p: 3,
      rng: stream({ master: 5, purpose: 'disorder', size: n, run: 0 }),
    });
    const starts = Array.from({ length: 9 }, (_, r) =>
      randomSpherePoint(n, stream({ master: 5, purpose: 'init', size: n, run: r })),
    );
    const calls: number[] = [];
    const counting: Landscape = Object.assign(Object.create(landscape), {
      valuesAndGradients(points: Float64Array, batch: number, values: Float64Array, grads: Float64Array) {
        calls.push(batch);
        landscape.valuesAndGradients(points, batch, values, grads);
      },
    });
    const width = 4;
    const refilled = gradientDescent(counting, starts, { ...DEFAULT_GD_OPTIONS, width });
    const alone = starts.map((s) => gradientDescent(landscape, [s], DEFAULT_GD_OPTIONS)[0]);
    refilled.forEach((r, b) => {
      expect(Array.from(r.point)).toEqual(Array.from(alone[b].point));
      expect(r).toEqual(alone[b]);
    });
    // Every call carries the replicas still descending: `width` until the waiting starts run out, then fewer.
    const evaluations = alone.reduce((s, r) => s + r.energyEvaluations, 0);
    expect(calls.reduce((s, b) => s + b, 0)).toBe(evaluations);
    expect(Math.max(...calls)).toBe(width);
    // The schedule of a full batch: start b needs alone[b].energyEvaluations calls; the next waiting start joins
    // right after a call in which one stopped.
    const expected: number[] = [];
    let active = alone.slice(0, width).map((r) => r.energyEvaluations);
    let waiting = width;
    while (active.length > 0) {
      expected.push(active.length);
      active = active.map((e) => e - 1).filter((e) => e > 0);
      while (active.length < width && waiting < alone.length) active.push(alone[waiting++].energyEvaluations);
    }
    expect(calls).toEqual(expected);
    expect(
      calls.slice(
        0,
        calls.findIndex((b) => b < width),
      ).length,
    ).toBeGreaterThan(Math.min(...alone.map((r) => r.energyEvaluations)));
  });

  it('does not modify the starts and is deterministic', () => {
    const landscape = doubleWell(3, 0.3);
    const start = Float64Array.of(0.2, -0.4, 1.5);
    const copy = Float64Array.from(start);
    const a = gradientDescent(landscape, [start], { ...DEFAULT_GD_OPTIONS, learningRate: 0.05 });
    const b = gradientDescent(landscape, [start], { ...DEFAULT_GD_OPTIONS, learningRate: 0.05 });
    expect(start).toEqual(copy);
    expect(a).toEqual(b);
  });

  it('stops a replica at maxIterations without claiming convergence', () => {
    const [run] = gradientDescent(rosenbrock(), [Float64Array.of(-1.2, 1)], {
      learningRate: 1e-3,
      decay: 0,
      tolerance: 1e-12,
      maxIterations: 17,
    });
    expect(run.iterations).toBe(17);
    expect(run.converged).toBe(false);
    expect(run.energyEvaluations).toBe(18);
  });

  it('marks a replica whose values blow up as diverged, leaving the others untouched', () => {
    // Step 1 on f = 2|w|² in Euclidean space multiplies w by −3 each step: overflow after ~650 steps.
    const landscape = quadraticForm(Float64Array.of(2, 0, 0, 2), 2, 'euclidean');
    const options = { learningRate: 1, decay: 0, tolerance: 1e-8, maxIterations: 5000 };
    const [bad] = gradientDescent(landscape, [Float64Array.of(1, 1)], options);
    expect(bad.diverged).toMatch(/non-finite/);
    expect(bad.converged).toBe(false);
    const okLandscape: Landscape = quadraticForm(Float64Array.of(1, 0, 0, 1), 2, 'euclidean');
    const [good] = gradientDescent(okLandscape, [Float64Array.of(1, 1)], { ...options, learningRate: 0.1 });
    expect(good.converged).toBe(true);
    expect(good.diverged).toBeUndefined();
  });
});

describe('spinGlassLearningRate', () => {
  it('is 0.9 of the stability limit 2/λ_max of the Riemannian Hessian at the descent endpoints (p = 3, 4)', () => {
    for (const [p, n] of [
      [3, 40],
      [4, 30],
    ]) {
      const gamma = spinGlassLearningRate(p);
      expect(gamma).toBeCloseTo(0.9 / (2 * Math.sqrt(p * (p - 1))), 15);
      const landscape = SpinGlassLandscape.sample({
        n,
        p,
        rng: stream({ master: 'lr', purpose: 'disorder', size: n, run: 0 }),
      });
      const rng = stream({ master: 'lr', purpose: 'init', size: n, run: 0 });
      const starts = Array.from({ length: 8 }, () => randomSpherePoint(n, rng));
      const runs = gradientDescent(landscape, starts, { ...DEFAULT_GD_OPTIONS, learningRate: gamma });
      for (const run of runs) {
        expect(run.converged).toBe(true);
        // GD on a minimum is stable iff γ·λ_max < 2; the rate is chosen for the bottom (λ_max ≈ 4√(p(p−1))), and
        // the endpoints GD finds sit above it (smaller shift), so γ·λ_max stays below 2·0.9 here.
        const t = landscape.geometry.tangentDimension;
        const top = Math.max(...symmetricEigenvalues(riemannianHessian(landscape, run.point), t));
        expect(gamma * top).toBeLessThan(1.8);
        expect(gamma * top).toBeGreaterThan(1.2);
      }
    }
  });
});
