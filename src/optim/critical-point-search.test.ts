import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quadraticForm, symmetricWithEigenvalues } from '../../test/helpers/test-landscapes.js';
import { dot } from '../linalg/vector.js';
import { createRng } from '../random/rng.js';
import { stream } from '../random/streams.js';
import { randomSpherePoint } from '../spinglass/random-point.js';
import { SpinGlassLandscape } from '../spinglass/spin-glass-landscape.js';
import { ambientRiemannianHessian, criticalPointSearch } from './critical-point-search.js';
import { gradientDescent } from './gradient-descent.js';
import { hessianIndex } from './hessian-index.js';

describe('criticalPointSearch on a quadratic form on the sphere (critical points = eigenvectors, index = rank)', () => {
  it('from near each eigenvector it converges to that eigenvector, energy λ_k·N and index k', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 7 }), fc.integer({ min: 0, max: 1000 }), (n, seed) => {
        const rng = createRng(`cps-quadratic-${seed}`);
        // Well-separated eigenvalues 0, 1, …, n−1 (shifted), so every eigenvector is a non-degenerate critical point.
        const eigenvalues = Array.from({ length: n }, (_, k) => k - 1.5);
        const { matrix, eigenvectors } = symmetricWithEigenvalues(eigenvalues, rng.normal);
        const landscape = quadraticForm(matrix, n);
        for (let k = 0; k < n; k++) {
          const start = eigenvectors[k].map((x) => Math.sqrt(n) * x + 0.05 * rng.normal());
          const norm = Math.sqrt(dot(start, start));
          for (let i = 0; i < n; i++) start[i] *= Math.sqrt(n) / norm;
          const run = criticalPointSearch(landscape, start, { tolerance: 1e-10 });
          expect(run.converged).toBe(true);
          expect(run.scaledGradNorm).toBeLessThan(1e-10);
          expect(run.scaledEnergy).toBeCloseTo(eigenvalues[k], 8);
          expect(Math.abs(dot(run.point, eigenvectors[k])) / Math.sqrt(n)).toBeCloseTo(1, 8);
          expect(hessianIndex(landscape, run.point).index).toBe(k);
        }
      }),
      { seed: 11, numRuns: 10 },
    );
  });

  it('from random starts, every converged point is an eigenvector', () => {
    const n = 6;
    const rng = createRng('cps-random-starts');
    const eigenvalues = [-2, -1, 0.5, 1, 2.5, 3];
    const { matrix, eigenvectors } = symmetricWithEigenvalues(eigenvalues, rng.normal);
    const landscape = quadraticForm(matrix, n);
    let converged = 0;
    for (let s = 0; s < 20; s++) {
      const run = criticalPointSearch(landscape, randomSpherePoint(n, rng));
      if (!run.converged) continue;
      converged++;
      const best = Math.max(...eigenvectors.map((e) => Math.abs(dot(run.point, e)) / Math.sqrt(n)));
      expect(best).toBeCloseTo(1, 8);
    }
    expect(converged).toBeGreaterThan(10);
  });
});

describe('ambientRiemannianHessian', () => {
  it('acts as P∇²H v − (w·∇H/N) v on tangent vectors and maps w to 0', () => {
    const n = 9;
    const landscape = SpinGlassLandscape.sample({ n, p: 3, rng: createRng('cps-ambient') });
    const rng = createRng('cps-ambient-points');
    const w = randomSpherePoint(n, rng);
    const a = ambientRiemannianHessian(landscape, w);
    const v = landscape.geometry.projectTangent(w, rng.fillNormal(new Float64Array(n)), new Float64Array(n));
    const hv = landscape.hessianVectorProduct(w, v, new Float64Array(n));
    landscape.geometry.projectTangent(w, hv, hv);
    const grad = new Float64Array(n);
    landscape.valueAndGradient(w, grad);
    const c = dot(w, grad) / n;
    for (let i = 0; i < n; i++) {
      let av = 0;
      let aw = 0;
      for (let j = 0; j < n; j++) {
        av += a[i * n + j] * v[j];
        aw += a[i * n + j] * w[j];
      }
      expect(av).toBeCloseTo(hv[i] - c * v[i], 10);
      expect(aw).toBeCloseTo(0, 10);
    }
  });
});

describe('criticalPointSearch on a small spin glass', () => {
  const n = 14;
  const landscape = SpinGlassLandscape.sample({
    n,
    p: 3,
    rng: stream({ master: 3, purpose: 'disorder', size: n, run: 0 }),
  });

  it('finds points with tiny gradient, of several indices, and is at rest on them', () => {
    const indices = new Set<number>();
    for (let s = 0; s < 12; s++) {
      const run = criticalPointSearch(
        landscape,
        randomSpherePoint(n, stream({ master: 3, purpose: 'init', size: n, run: s })),
      );
      if (!run.converged) continue;
      expect(run.scaledGradNorm).toBeLessThan(1e-9);
      expect(landscape.geometry.contains(run.point, 1e-12)).toBe(true);
      indices.add(hessianIndex(landscape, run.point).index);
      const again = criticalPointSearch(landscape, run.point);
      expect(again.iterations).toBe(0);
    }
    expect(indices.size).toBeGreaterThan(1);
  });

  it('started at a gradient-descent minimum it stays there (index 0)', () => {
    const [gd] = gradientDescent(landscape, [randomSpherePoint(n, createRng('cps-gd'))], {
      learningRate: 0.1,
      decay: 0,
      tolerance: 1e-6,
      maxIterations: 20_000,
    });
    const run = criticalPointSearch(landscape, gd.point);
    expect(run.converged).toBe(true);
    expect(run.scaledEnergy).toBeCloseTo(gd.scaledEnergy, 9);
    expect(hessianIndex(landscape, run.point).index).toBe(0);
  });

  it('reports non-convergence honestly and is deterministic', () => {
    const start = randomSpherePoint(n, createRng('cps-det'));
    const short = criticalPointSearch(landscape, start, { maxIterations: 1 });
    expect(short.converged).toBe(false);
    expect(short.scaledGradNorm).toBeGreaterThan(1e-9);
    const a = criticalPointSearch(landscape, start);
    const b = criticalPointSearch(landscape, start);
    expect(Array.from(a.point)).toEqual(Array.from(b.point));
    expect(a.iterations).toBe(b.iterations);
  });

  it('rejects bad options', () => {
    const start = randomSpherePoint(n, createRng('cps-bad'));
    expect(() => criticalPointSearch(landscape, start, { tolerance: 0 })).toThrow(RangeError);
    expect(() => criticalPointSearch(landscape, start, { maxIterations: 1.5 })).toThrow(RangeError);
    expect(() => criticalPointSearch(landscape, new Float64Array(3))).toThrow(RangeError);
  });
});
