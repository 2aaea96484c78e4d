import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doubleWell, quadraticForm, rosenbrock, symmetricWithEigenvalues } from '../../test/helpers/test-landscapes.js';
import type { Landscape } from '../landscape/landscape.js';
import { symmetricEigenvalues } from '../linalg/symmetric-eigenvalues.js';
import { createRng } from '../random/rng.js';
import { stream } from '../random/streams.js';
import { randomSpherePoint } from '../spinglass/random-point.js';
import { SpinGlassLandscape } from '../spinglass/spin-glass-landscape.js';
import { DEFAULT_GD_OPTIONS, gradientDescent } from './gradient-descent.js';
import { hessianIndex, riemannianHessian, tangentOperator } from './hessian-index.js';

function spherePoint(n: number, seed: string): Float64Array {
  return randomSpherePoint(n, createRng(seed));
}

function riemannianGradient(landscape: Landscape, w: Float64Array): Float64Array {
  const g = new Float64Array(w.length);
  landscape.valueAndGradient(w, g);
  return landscape.geometry.projectTangent(w, g, g);
}

/**
 * The Riemannian Hessian by central differences of the Riemannian gradient along the retraction curve
 * t ↦ R_w(t v) (a second-order retraction on the sphere, so it agrees with the geodesic to O(t²)), projected on
 * T_w: column j is P_w [grad_R f(R_w(h v_j)) − grad_R f(R_w(−h v_j))] / 2h with v_j = P_w e_j. Restricted to the
 * tangent space in the same basis as riemannianHessian (geometry.restrictToTangent).
 */
function finiteDifferenceHessian(landscape: Landscape, w: Float64Array, h: number): Float64Array {
  const d = landscape.dimension;
  const g = landscape.geometry;
  const k = new Float64Array(d * d);
  const e = new Float64Array(d);
  const v = new Float64Array(d);
  const plus = new Float64Array(d);
  const minus = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    e.fill(0);
    e[j] = 1;
    g.projectTangent(w, e, v);
    for (let i = 0; i < d; i++) v[i] *= h;
    g.retract(w, v, plus);
    for (let i = 0; i < d; i++) v[i] = -v[i];
    g.retract(w, v, minus);
    const gp = riemannianGradient(landscape, plus);
    const gm = riemannianGradient(landscape, minus);
    const col = new Float64Array(d);
    for (let i = 0; i < d; i++) col[i] = (gp[i] - gm[i]) / (2 * h);
    g.projectTangent(w, col, col);
    for (let i = 0; i < d; i++) k[i * d + j] = col[i];
  }
  return g.restrictToTangent(w, k);
}

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

function maxAbs(a: Float64Array): number {
  return a.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
}

describe('riemannianHessian', () => {
  it('matches finite differences of the Riemannian gradient on a quadratic form on the sphere', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.string(), (n, seed) => {
        const rng = createRng(`q/${seed}`);
        const eig = Array.from({ length: n }, () => rng.normal());
        const landscape = quadraticForm(symmetricWithEigenvalues(eig, () => rng.normal()).matrix, n);
        const w = spherePoint(n, seed);
        const exact = riemannianHessian(landscape, w);
        const fd = finiteDifferenceHessian(landscape, w, 1e-5);
        // Central differences: truncation O(h²·‖f‴‖) ≈ 1e-10, rounding O(ε·‖grad‖/h) ≈ 1e-10.
        expect(maxAbsDiff(exact, fd)).toBeLessThan(1e-6 * (1 + maxAbs(exact)));
      }),
      { seed: 21, numRuns: 40 },
    );
  });

  it('matches finite differences on the spin glass at small N (p = 2, 3, 4)', () => {
    for (const [n, p] of [
      [6, 2],
      [7, 3],
      [5, 4],
    ]) {
      const landscape = SpinGlassLandscape.sample({
        n,
        p,
        rng: stream({ master: 3, purpose: 'disorder', size: n, run: p }),
      });
      const w = randomSpherePoint(n, stream({ master: 3, purpose: 'init', size: n, run: p }));
      const exact = riemannianHessian(landscape, w);
      expect(maxAbsDiff(exact, finiteDifferenceHessian(landscape, w, 1e-5))).toBeLessThan(1e-6 * (1 + maxAbs(exact)));
    }
  });

  it('falls back to Hessian-vector products when the landscape has no dense Hessian, with the same result', () => {
    const n = 6;
    const landscape = SpinGlassLandscape.sample({ n, p: 3, rng: createRng('fallback') });
    const w = spherePoint(n, 'fallback');
    const viaProducts: Landscape = {
      name: 'no dense hessian',
      dimension: n,
      geometry: landscape.geometry,
      energyScale: n,
      value: (x) => landscape.value(x),
      valueAndGradient: (x, g) => landscape.valueAndGradient(x, g),
      valuesAndGradients: (x, b, v, g) => landscape.valuesAndGradients(x, b, v, g),
      hessianVectorProduct: (x, v, out) => landscape.hessianVectorProduct(x, v, out),
    };
    expect(maxAbsDiff(riemannianHessian(viaProducts, w), riemannianHessian(landscape, w))).toBeLessThan(1e-10);
  });

  it('is the Euclidean Hessian in Euclidean space (Rosenbrock at (1, 1): [[802, −400], [−400, 200]])', () => {
    const h = riemannianHessian(rosenbrock(), Float64Array.of(1, 1));
    expect(Array.from(h)).toEqual([802, -400, -400, 200]);
  });
});

describe('hessianIndex', () => {
  it('of a quadratic form on the sphere at its k-th eigenvector is k (the number of lower eigenvalues)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 9 }),
        fc.string(),
        (ints, seed) => {
          // Distinct eigenvalues spaced ≥ 0.1, so Hessian eigenvalues 2(λ_j − λ_k) are ≥ 0.2 away from zero.
          const eig = ints.map((x) => x / 10);
          const n = eig.length;
          const rng = createRng(seed);
          const { matrix, eigenvectors } = symmetricWithEigenvalues(eig, () => rng.normal());
          const landscape = quadraticForm(matrix, n);
          eigenvectors.forEach((q, k) => {
            const w = q.map((x) => x * Math.sqrt(n));
            const result = hessianIndex(landscape, w);
            const lower = eig.filter((x) => x < eig[k]).length;
            expect(result.index).toBe(lower);
            expect(result.zero).toBe(0);
            expect(result.dimension).toBe(n - 1);
            expect(result.normalizedIndex).toBe(lower / (n - 1));
            expect(result.method).toBe('exact');
            // The spectrum is {2(λ_j − λ_k) : j ≠ k}.
            const expected = eig
              .filter((_, j) => j !== k)
              .map((x) => 2 * (x - eig[k]))
              .sort((a, b) => a - b);
            expect(maxAbsDiff(result.eigenvalues, Float64Array.from(expected))).toBeLessThan(1e-9);
          });
        },
      ),
      { seed: 13, numRuns: 30 },
    );
  });

  it('counts |λ| < zeroTolerance as zero', () => {
    // Eigenvalues 0, 0.0002, 1 at the lowest eigenvector: Hessian spectrum {0.0004, 2}, one zero by default.
    const rng = createRng('zero');
    const { matrix, eigenvectors } = symmetricWithEigenvalues([0, 0.0002, 1], () => rng.normal());
    const w = eigenvectors[0].map((x) => x * Math.sqrt(3));
    const landscape = quadraticForm(matrix, 3);
    expect(hessianIndex(landscape, w)).toMatchObject({ index: 0, zero: 1 });
    expect(hessianIndex(landscape, w, { zeroTolerance: 1e-4 })).toMatchObject({ index: 0, zero: 0 });
    // At the top eigenvector both Hessian eigenvalues are negative: −2 and −1.9996.
    const top = eigenvectors[2].map((x) => x * Math.sqrt(3));
    expect(hessianIndex(landscape, top)).toMatchObject({ index: 2, zero: 0, normalizedIndex: 1 });
  });

  it('Lanczos agrees with the exact spectrum on a mid-size problem (forced by a small exactLimit)', () => {
    const n = 80;
    const landscape = SpinGlassLandscape.sample({ n, p: 3, rng: createRng('lanczos') });
    const w = spherePoint(n, 'lanczos');
    const exact = hessianIndex(landscape, w);
    const estimate = hessianIndex(landscape, w, { exactLimit: 10, lanczosCount: 79, rng: createRng('l') });
    expect(exact.method).toBe('exact');
    expect(estimate.method).toBe('lanczos-estimate');
    expect(estimate.index).toBe(exact.index);
    expect(maxAbsDiff(estimate.eigenvalues, exact.eigenvalues)).toBeLessThan(1e-6);
    // Fewer eigenvalues than the index: the estimate is a lower bound that counts all computed ones.
    const few = hessianIndex(landscape, w, { exactLimit: 10, lanczosCount: 10, rng: createRng('l') });
    expect(maxAbsDiff(few.eigenvalues, exact.eigenvalues.subarray(0, 10))).toBeLessThan(1e-6);
    expect(few.index).toBe(Math.min(10, exact.index));
  });

  it('the tangent operator in Euclidean space is the Hessian-vector product; Lanczos there agrees with exact', () => {
    const landscape = doubleWell(12, 0.1);
    const w = createRng('dw').fillNormal(new Float64Array(12), 0.8);
    const exact = hessianIndex(landscape, w);
    const estimate = hessianIndex(landscape, w, { exactLimit: 5, lanczosCount: 12, rng: createRng('e') });
    expect(estimate.index).toBe(exact.index);
    expect(maxAbsDiff(estimate.eigenvalues, exact.eigenvalues)).toBeLessThan(1e-8);
    const expected = Array.from(w, (x) => 12 * x * x - 4).sort((a, b) => a - b);
    expect(maxAbsDiff(exact.eigenvalues, Float64Array.from(expected))).toBeLessThan(1e-12);
    const apply = tangentOperator(landscape, w);
    const out = new Float64Array(12);
    apply(
      Float64Array.from({ length: 12 }, (_, i) => (i === 3 ? 1 : 0)),
      out,
    );
    expect(out[3]).toBe(12 * w[3] * w[3] - 4);
  });

  it('is 0 at a spin-glass minimum found by gradient descent', () => {
    const n = 20;
    const landscape = SpinGlassLandscape.sample({
      n,
      p: 3,
      rng: stream({ master: 9, purpose: 'disorder', size: n, run: 0 }),
    });
    const starts = [0, 1, 2].map((r) => randomSpherePoint(n, stream({ master: 9, purpose: 'init', size: n, run: r })));
    for (const run of gradientDescent(landscape, starts, { ...DEFAULT_GD_OPTIONS, tolerance: 1e-9 })) {
      expect(run.converged).toBe(true);
      const result = hessianIndex(landscape, run.point);
      expect(result.index).toBe(0);
      expect(result.eigenvalues[0]).toBeGreaterThan(0);
      // Cross-check with the eigenvalues of the dense matrix.
      expect(maxAbsDiff(result.eigenvalues, symmetricEigenvalues(riemannianHessian(landscape, run.point), n - 1))).toBe(
        0,
      );
    }
  });
});
