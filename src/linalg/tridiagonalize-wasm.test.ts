import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testRng } from '../../test/helpers/test-rng.js';
import type { Rng } from '../random/rng.js';
import { randomSymmetricMatrix } from './random-symmetric.js';
import { countEigenvaluesBelow } from './sturm-count.js';
import { tridiagonalEigenvalues } from './tridiagonal-ql.js';
import { tridiagonalize } from './tridiagonalize.js';
import { tridiagonalizeWasm } from './tridiagonalize-wasm.js';

const EPS = 2 ** -52;

/*
 * Accuracy bound. Householder tridiagonalisation is backward stable: the computed T is exactly orthogonally similar
 * to A + E with ‖E‖_F ≤ c·n·ε·‖A‖_F for a modest constant c (Golub & Van Loan §8.3.1, Wilkinson), and implicit
 * QL adds a perturbation of the same form. By Weyl's inequality each eigenvalue moves by at most ‖E‖_2 ≤ ‖E‖_F.
 * The WASM kernel and the JS reference apply the same reflectors with reordered sums, so their eigenvalues differ
 * by at most the sum of two such bounds. We allow 4·n·ε·‖A‖_F (2c with c = 2); the largest observed difference over
 * 650 random matrices with n ≤ 130 is 0.67·n·ε·‖A‖_F, while a relative error of 1e-7 in one entry of p per step
 * already fails every spectrum test here (checked by mutating the kernel).
 */
const AGREEMENT = 4;
/** Against an exactly known spectrum the random similarity's own rounding (3 reflections) adds another O(n ε ‖A‖). */
const KNOWN_SPECTRUM = 8;

function frobenius(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s);
}

function propertyRng(seed: number, size: number, run: number): Rng {
  return testRng(seed, size, run);
}

function eigenvaluesOf(t: { diagonal: Float64Array; offDiagonal: Float64Array }): Float64Array {
  return tridiagonalEigenvalues(t.diagonal, t.offDiagonal);
}

/** A ← H A H with H = I − 2 v vᵀ / vᵀv for `count` random Gaussian v: a random orthogonal similarity. */
function randomSimilarity(a: Float64Array, n: number, count: number, rng: Rng): Float64Array {
  const out = Float64Array.from(a);
  const v = new Float64Array(n);
  const w = new Float64Array(n);
  for (let r = 0; r < count; r++) {
    rng.fillNormal(v);
    let vv = 0;
    for (let i = 0; i < n; i++) vv += v[i] * v[i];
    const beta = 2 / vv;
    // H A H = A − β v wᵀ − β w vᵀ + β² (vᵀ A v) v vᵀ with w = A v (A symmetric).
    let vav = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += out[i * n + j] * v[j];
      w[i] = s;
      vav += v[i] * s;
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        out[i * n + j] += -beta * v[i] * w[j] - beta * w[i] * v[j] + beta * beta * vav * v[i] * v[j];
      }
    }
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) out[j * n + i] = out[i * n + j];
  }
  return out;
}

/** Sizes 1…70 (odd and even, so both the paired-row and the single-row code paths) plus 127–130. */
const size = fc.oneof(fc.integer({ min: 1, max: 70 }), fc.constantFrom(1, 2, 3, 4, 5, 127, 128, 129, 130));
const seed = fc.integer({ min: 0, max: 1_000_000 });

describe('tridiagonalizeWasm', () => {
  it('gives the eigenvalues of the JS reference to 4·n·ε·‖A‖_F', () => {
    fc.assert(
      fc.property(size, seed, (n, s) => {
        const a = randomSymmetricMatrix(n, propertyRng(s, n, 0));
        const ours = eigenvaluesOf(tridiagonalizeWasm(a, n));
        const ref = eigenvaluesOf(tridiagonalize(a, n));
        const tol = AGREEMENT * n * EPS * frobenius(a);
        for (let k = 0; k < n; k++) expect(Math.abs(ours[k] - ref[k])).toBeLessThanOrEqual(tol);
      }),
      { seed: 61, numRuns: 60 },
    );
  });

  it('recovers a known spectrum from a random orthogonal similarity Q Λ Qᵀ', () => {
    fc.assert(
      fc.property(size, seed, (n, s) => {
        const rng = propertyRng(s, n, 1);
        const lambda = rng.fillNormal(new Float64Array(n), 3);
        // A few exact repeats and a zero, the cases a Hessian with dead units produces.
        if (n >= 4) {
          lambda[1] = lambda[0];
          lambda[2] = lambda[0];
          lambda[3] = 0;
        }
        const diag = new Float64Array(n * n);
        for (let i = 0; i < n; i++) diag[i * n + i] = lambda[i];
        const a = randomSimilarity(diag, n, 3, rng);
        const ours = eigenvaluesOf(tridiagonalizeWasm(a, n));
        const sorted = Float64Array.from(lambda).sort();
        const tol = KNOWN_SPECTRUM * n * EPS * frobenius(diag);
        for (let k = 0; k < n; k++) expect(Math.abs(ours[k] - sorted[k])).toBeLessThanOrEqual(tol);
      }),
      { seed: 62, numRuns: 40 },
    );
  });

  it('returns a diagonal matrix exactly', () => {
    fc.assert(
      fc.property(size, seed, (n, s) => {
        const rng = propertyRng(s, n, 2);
        const a = new Float64Array(n * n);
        for (let i = 0; i < n; i++) a[i * n + i] = rng.normal();
        const t = tridiagonalizeWasm(a, n);
        for (let i = 0; i < n; i++) expect(t.diagonal[i]).toBe(a[i * n + i]);
        for (let i = 0; i < n - 1; i++) expect(t.offDiagonal[i]).toBe(0);
      }),
      { seed: 63, numRuns: 30 },
    );
  });

  it('Wilkinson matrices W±(2m+1), densified: Sturm counts of the original agree, W− is ±-symmetric', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), seed, fc.boolean(), (m, s, plus) => {
        const n = 2 * m + 1;
        const d = Float64Array.from({ length: n }, (_, i) => (plus ? Math.abs(m - i) : m - i));
        const e = new Float64Array(n - 1).fill(1);
        const w = new Float64Array(n * n);
        for (let i = 0; i < n; i++) w[i * n + i] = d[i];
        for (let i = 0; i < n - 1; i++) w[(i + 1) * n + i] = w[i * n + i + 1] = 1;
        const a = randomSimilarity(w, n, 3, propertyRng(s, n, 3));
        const values = eigenvaluesOf(tridiagonalizeWasm(a, n));
        const tol = KNOWN_SPECTRUM * n * EPS * frobenius(w);
        // λ_k is within tol of the k-th eigenvalue of W: fewer than k+1 lie below λ_k − tol, at least k+1 below λ_k + tol.
        for (let k = 0; k < n; k++) {
          expect(countEigenvaluesBelow(d, e, values[k] - tol)).toBeLessThanOrEqual(k);
          expect(countEigenvaluesBelow(d, e, values[k] + tol)).toBeGreaterThanOrEqual(k + 1);
        }
        if (!plus) {
          // W− is similar to −W− (J W− J = −W− with J = diag(±1) reversed), so its spectrum is symmetric about 0.
          for (let k = 0; k < n; k++) expect(Math.abs(values[k] + values[n - 1 - k])).toBeLessThanOrEqual(2 * tol);
        }
      }),
      { seed: 64, numRuns: 30 },
    );
  });

  it('is deterministic, leaves its input untouched, reads only the lower triangle, scales exactly by 2^k', () => {
    fc.assert(
      fc.property(size, seed, fc.integer({ min: -300, max: 300 }), (n, s, k) => {
        const a = randomSymmetricMatrix(n, propertyRng(s, n, 4));
        const copy = Float64Array.from(a);
        const first = tridiagonalizeWasm(a, n);
        expect(a).toEqual(copy);
        // A larger call in between must not leave state behind in the arena.
        tridiagonalizeWasm(randomSymmetricMatrix(n + 3, propertyRng(s, n + 3, 5)), n + 3);
        expect(tridiagonalizeWasm(a, n)).toEqual(first);
        const garbled = Float64Array.from(a);
        for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) garbled[i * n + j] = 1e6 * (i - j);
        expect(tridiagonalizeWasm(garbled, n)).toEqual(first);
        const c = 2 ** k;
        const scaled = tridiagonalizeWasm(
          a.map((x) => x * c),
          n,
        );
        for (let i = 0; i < n; i++) expect(scaled.diagonal[i]).toBe(first.diagonal[i] * c);
        for (let i = 0; i < n - 1; i++) expect(scaled.offDiagonal[i]).toBe(first.offDiagonal[i] * c);
      }),
      { seed: 65, numRuns: 30 },
    );
  });

  it('handles n = 0, 1, 2 exactly', () => {
    expect(tridiagonalizeWasm(new Float64Array(0), 0)).toEqual({
      diagonal: new Float64Array(0),
      offDiagonal: new Float64Array(0),
    });
    expect(tridiagonalizeWasm(Float64Array.of(3.5), 1).diagonal).toEqual(Float64Array.of(3.5));
    const two = tridiagonalizeWasm(Float64Array.of(1, 2, 2, 5), 2);
    expect(two.diagonal).toEqual(Float64Array.of(1, 5));
    expect(two.offDiagonal).toEqual(Float64Array.of(2));
  });

  it('rejects bad shapes, non-finite entries and overflowing row sums like the reference', () => {
    expect(() => tridiagonalizeWasm(new Float64Array(5), 2)).toThrow(/expected n²/);
    expect(() => tridiagonalizeWasm(new Float64Array(4), 2.5)).toThrow(/non-negative integer/);
    expect(() => tridiagonalizeWasm(Float64Array.of(1, 0, Number.NaN, 1), 2)).toThrow(/not finite/);
    const big = new Float64Array(9);
    big[6] = big[7] = big[2] = big[5] = 1.5e308;
    expect(() => tridiagonalize(big, 3)).toThrow(/row sum overflows/);
    expect(() => tridiagonalizeWasm(big, 3)).toThrow(/row sum overflows/);
  });
});
