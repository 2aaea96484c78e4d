import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testRng } from '../../test/helpers/test-rng.js';
import type { Rng } from '../random/rng.js';
import { countEigenvaluesBelow } from './sturm-count.js';
import { tridiagonalEigenvaluesWasm } from './tridiagonal-eigenvalues-wasm.js';
import { tridiagonalEigenvalues } from './tridiagonal-ql.js';
import { tridiagonalizeWasm } from './tridiagonalize-wasm.js';

const EPS = 2 ** -52;

/*
 * Both QL variants are backward stable: the computed eigenvalues are exact for T + E with ‖E‖ = O(ε ‖T‖) per
 * eigenvalue deflated, so O(n ε ‖T‖_F) in all (Weyl). We allow 4·n·ε·‖T‖_F for the difference of the two
 * (each within 2·n·ε·‖T‖_F); the largest observed difference over ~700 random, dense-derived, low-rank and graded
 * tridiagonals with n ≤ 200 is 0.57·n·ε·‖T‖_F, and a wrong rotation gives errors of order ‖T‖.
 */
const AGREEMENT = 4;

function propertyRng(seed: number, size: number, run: number): Rng {
  return testRng(seed, size, run);
}

function norm(d: Float64Array, e: Float64Array): number {
  let s = 0;
  for (const x of d) s += x * x;
  for (const x of e) s += 2 * x * x;
  return Math.sqrt(s);
}

function expectAgreement(d: Float64Array, e: Float64Array): void {
  const n = d.length;
  const ours = tridiagonalEigenvaluesWasm(d, e);
  const ref = tridiagonalEigenvalues(d, e);
  const tol = AGREEMENT * n * EPS * norm(d, e);
  for (let k = 0; k < n; k++) expect(Math.abs(ours[k] - ref[k])).toBeLessThanOrEqual(tol);
  for (let k = 1; k < n; k++) expect(ours[k]).toBeGreaterThanOrEqual(ours[k - 1]);
}

const size = fc.oneof(fc.integer({ min: 0, max: 80 }), fc.constantFrom(1, 2, 3, 4, 150, 151));
const seed = fc.integer({ min: 0, max: 1_000_000 });

describe('tridiagonalEigenvaluesWasm', () => {
  it('agrees with the JS implicit QL on random tridiagonals and ones with zero and graded entries', () => {
    fc.assert(
      fc.property(size, seed, fc.constantFrom('plain', 'graded'), (n, s, kind) => {
        const rng = propertyRng(s, n, 0);
        const d = rng.fillNormal(new Float64Array(n));
        const e = rng.fillNormal(new Float64Array(Math.max(n - 1, 0)));
        if (kind === 'graded') {
          // Exact zeros split the matrix; entries over six decades exercise the relative deflation test.
          for (let i = 0; i < n; i++) d[i] = i % 3 === 0 ? 0 : d[i] * 10 ** ((i % 7) - 3);
          for (let i = 0; i < n - 1; i++) if (i % 5 === 0) e[i] = 0;
        }
        expectAgreement(d, e);
      }),
      { seed: 71, numRuns: 80 },
    );
  });

  it('agrees on the tridiagonals of low-rank matrices (mostly zero eigenvalues, like a Hessian with dead units)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 90 }), seed, (n, s) => {
        const rng = propertyRng(s, n, 1);
        const rank = Math.max(1, n >> 3);
        const a = new Float64Array(n * n);
        const v = new Float64Array(n);
        for (let r = 0; r < rank; r++) {
          rng.fillNormal(v);
          const sign = r % 2 === 0 ? 1 : -1;
          for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] += sign * v[i] * v[j];
        }
        const t = tridiagonalizeWasm(a, n);
        expectAgreement(t.diagonal, t.offDiagonal);
      }),
      { seed: 72, numRuns: 40 },
    );
  });

  it('matches Sturm counts: each computed λ_k has k eigenvalues below λ_k − tol and k+1 below λ_k + tol', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), seed, (n, s) => {
        const rng = propertyRng(s, n, 2);
        const d = rng.fillNormal(new Float64Array(n));
        const e = rng.fillNormal(new Float64Array(n - 1));
        const values = tridiagonalEigenvaluesWasm(d, e);
        const tol = 2 * n * EPS * norm(d, e);
        for (let k = 0; k < n; k++) {
          expect(countEigenvaluesBelow(d, e, values[k] - tol)).toBeLessThanOrEqual(k);
          expect(countEigenvaluesBelow(d, e, values[k] + tol)).toBeGreaterThanOrEqual(k + 1);
        }
      }),
      { seed: 73, numRuns: 40 },
    );
  });

  it('closed forms: (−1, 2, −1), 2×2 blocks, a diagonal matrix exactly', () => {
    const n = 40;
    const t = tridiagonalEigenvaluesWasm(new Float64Array(n).fill(2), new Float64Array(n - 1).fill(-1));
    for (let k = 1; k <= n; k++)
      expect(Math.abs(t[k - 1] - (2 - 2 * Math.cos((k * Math.PI) / (n + 1))))).toBeLessThan(1e-13);
    // [[a, b], [b, c]]: (a + c)/2 ± √(((a − c)/2)² + b²).
    for (const [a, b, c] of [
      [1, 2, 5],
      [-3, 1e-9, 4],
      [2, 1, 2],
      [-1, 3, -7],
      [1e-20, 1, -1e-20],
    ]) {
      const v = tridiagonalEigenvaluesWasm(Float64Array.of(a, c), Float64Array.of(b));
      const mid = (a + c) / 2;
      const rad = Math.hypot((a - c) / 2, b);
      expect(Math.abs(v[0] - (mid - rad))).toBeLessThanOrEqual(4 * EPS * (Math.abs(mid) + rad));
      expect(Math.abs(v[1] - (mid + rad))).toBeLessThanOrEqual(4 * EPS * (Math.abs(mid) + rad));
    }
    const diag = Float64Array.of(5, -2, 0, 1e-3, -1e-3, 5, 7.25, -100);
    expect(tridiagonalEigenvaluesWasm(diag, new Float64Array(7))).toEqual(Float64Array.from(diag).sort());
  });

  it('scales exactly by powers of two (each block is scaled by a power of two internally), inputs untouched', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), seed, fc.integer({ min: -500, max: 500 }), (n, s, k) => {
        const rng = propertyRng(s, n, 3);
        const d = rng.fillNormal(new Float64Array(n));
        const e = rng.fillNormal(new Float64Array(n - 1));
        const dCopy = Float64Array.from(d);
        const eCopy = Float64Array.from(e);
        const values = tridiagonalEigenvaluesWasm(d, e);
        expect(d).toEqual(dCopy);
        expect(e).toEqual(eCopy);
        const c = 2 ** k;
        const scaled = tridiagonalEigenvaluesWasm(
          d.map((x) => x * c),
          e.map((x) => x * c),
        );
        for (let i = 0; i < n; i++) expect(scaled[i]).toBe(values[i] * c);
      }),
      { seed: 74, numRuns: 40 },
    );
  });

  it('handles entries near the overflow threshold (e² would overflow without the block scaling)', () => {
    const v = tridiagonalEigenvaluesWasm(Float64Array.of(1e300, -1e300, 3e299), Float64Array.of(1e300, 2e300));
    const w = tridiagonalEigenvalues(Float64Array.of(1, -1, 0.3), Float64Array.of(1, 2));
    for (let k = 0; k < 3; k++) expect(Math.abs(v[k] - 1e300 * w[k])).toBeLessThanOrEqual(1e-14 * 1e300);
  });

  it('rejects bad lengths, non-finite entries and an exhausted sweep budget', () => {
    expect(tridiagonalEigenvaluesWasm(new Float64Array(0), new Float64Array(0)).length).toBe(0);
    expect(() => tridiagonalEigenvaluesWasm(new Float64Array(3), new Float64Array(3))).toThrow(/expected 2/);
    expect(() => tridiagonalEigenvaluesWasm(Float64Array.of(1, Number.NaN), Float64Array.of(1))).toThrow(/finite/);
    expect(() => tridiagonalEigenvaluesWasm(Float64Array.of(1, 2), Float64Array.of(Infinity))).toThrow(/finite/);
    const d = propertyRng(1, 30, 4).fillNormal(new Float64Array(30));
    const e = propertyRng(1, 30, 5).fillNormal(new Float64Array(29));
    expect(() => tridiagonalEigenvaluesWasm(d, e, 0)).toThrow(/no convergence/);
  });
});
