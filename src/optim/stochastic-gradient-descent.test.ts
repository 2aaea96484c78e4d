import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quadraticSum, symmetricWithEigenvalues } from '../../test/helpers/test-landscapes.js';
import { createRng } from '../random/rng.js';
import { DEFAULT_GD_OPTIONS, gradientDescent } from './gradient-descent.js';
import { DEFAULT_SGD_OPTIONS, stochasticGradientDescent } from './stochastic-gradient-descent.js';

function spherePoint(n: number, seed: string): Float64Array {
  const w = createRng(seed).fillNormal(new Float64Array(n));
  const s = Math.sqrt(n / w.reduce((a, x) => a + x * x, 0));
  return w.map((x) => x * s);
}

function randomComponents(n: number, count: number, seed: string): Float64Array[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => {
    const eig = Array.from({ length: n }, () => rng.normal() / Math.sqrt(count));
    return symmetricWithEigenvalues(eig, () => rng.normal()).matrix;
  });
}

describe('stochasticGradientDescent', () => {
  it('with P = 1 takes exactly the gradient-descent steps (bit for bit)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 0, max: 60 }), fc.string(), (n, epochs, seed) => {
        const landscape = quadraticSum(randomComponents(n, 1, seed), n);
        const start = spherePoint(n, seed);
        const options = { learningRate: 0.1, decay: 0.01, tolerance: 0, maxIterations: epochs };
        const [gd] = gradientDescent(landscape, [start], options);
        const [sgd] = stochasticGradientDescent(landscape, [start], {
          learningRate: 0.1,
          decay: 0.01,
          epochs,
          polish: { ...options, maxIterations: 0 },
        });
        expect(Array.from(sgd.point)).toEqual(Array.from(gd.point));
        expect(sgd.energy).toBe(gd.energy);
        expect(sgd.iterations).toBe(epochs);
        // epochs full-evaluation equivalents + the polish's single evaluation.
        expect(sgd.energyEvaluations).toBe(epochs + 1);
      }),
      { seed: 3, numRuns: 30 },
    );
  });

  it('with P > 1 ends at a critical point of the full landscape after the polish', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 5 }), fc.string(), (n, p, seed) => {
        const matrices = randomComponents(n, p, seed);
        const landscape = quadraticSum(matrices, n);
        const starts = [spherePoint(n, `${seed}/0`), spherePoint(n, `${seed}/1`)];
        const runs = stochasticGradientDescent(landscape, starts, {
          ...DEFAULT_SGD_OPTIONS,
          epochs: 20,
          polish: { ...DEFAULT_GD_OPTIONS, tolerance: 1e-7, maxIterations: 200_000 },
        });
        for (const run of runs) {
          expect(run.converged).toBe(true);
          // Independent check: the full Riemannian gradient 2Aw − (w·2Aw/N)w is (almost) zero.
          const g = new Float64Array(n);
          const f = landscape.valueAndGradient(run.point, g);
          const c = g.reduce((s, x, i) => s + x * run.point[i], 0) / n;
          const r = Math.sqrt(g.reduce((s, x, i) => s + (x - c * run.point[i]) ** 2, 0));
          expect(r / Math.sqrt(n)).toBeLessThan(1e-7);
          expect(f).toBe(run.energy);
          expect(run.energyEvaluations).toBe(20 + run.iterations - 20 * p + 1);
          expect(run.haltingTimes.every((h) => h.iteration === null || h.iteration >= 20 * p)).toBe(true);
        }
      }),
      { seed: 4, numRuns: 20 },
    );
  });

  it('step t uses component t mod P, in order', () => {
    const n = 5;
    const matrices = randomComponents(n, 3, 'order');
    const start = spherePoint(n, 'order');
    const polish = { ...DEFAULT_GD_OPTIONS, maxIterations: 0 };
    // One epoch with components (A0, A1, A2) vs (A0, A1, 0): the third step differs.
    const a = stochasticGradientDescent(quadraticSum(matrices, n), [start], {
      ...DEFAULT_SGD_OPTIONS,
      epochs: 1,
      polish,
    });
    const changed = [matrices[0], matrices[1], new Float64Array(n * n)];
    const b = stochasticGradientDescent(quadraticSum(changed, n), [start], {
      ...DEFAULT_SGD_OPTIONS,
      epochs: 1,
      polish,
    });
    expect(Array.from(a[0].point)).not.toEqual(Array.from(b[0].point));
    // Manual replay of steps with components 0, 1, 2 in order reproduces `a`.
    const landscape = quadraticSum(matrices, n);
    const w = Float64Array.from(start);
    const g = new Float64Array(n);
    for (let t = 0; t < 3; t++) {
      landscape.componentValueAndGradient(t % 3, w, g);
      landscape.geometry.projectTangent(w, g, g);
      for (let i = 0; i < n; i++) g[i] *= -DEFAULT_SGD_OPTIONS.learningRate;
      landscape.geometry.retract(w, g, w);
    }
    expect(Array.from(a[0].point)).toEqual(Array.from(w));
  });

  it('is deterministic and does not modify the starts', () => {
    const landscape = quadraticSum(randomComponents(4, 3, 'det'), 4);
    const start = spherePoint(4, 'det');
    const copy = Float64Array.from(start);
    const options = { ...DEFAULT_SGD_OPTIONS, epochs: 5 };
    expect(stochasticGradientDescent(landscape, [start], options)).toEqual(
      stochasticGradientDescent(landscape, [start], options),
    );
    expect(start).toEqual(copy);
  });
});
