import fc from 'fast-check';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { testRng } from '../../test/helpers/test-rng.js';
import { randomSymmetricMatrix } from './random-symmetric.js';
import { symmetricEigenvalues } from './symmetric-eigenvalues.js';
import { tridiagonalEigenvalues } from './tridiagonal-ql.js';
import { tridiagonalize } from './tridiagonalize.js';

function propertyMatrix(n: number, seed: number): Float64Array {
  return randomSymmetricMatrix(n, testRng(seed, n, 0));
}

function frobenius(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s);
}

/** ml-matrix's EigenvalueDecomposition (a JAMA port of tred2/tql2, with eigenvectors) as an independent oracle. */
function referenceEigenvalues(a: Float64Array, n: number): number[] {
  const rows = Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n)));
  return new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true }).realEigenvalues.sort((x, y) => x - y);
}

const sizeAndSeed = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1_000_000 }));

describe('symmetricEigenvalues', () => {
  it('agrees with the JavaScript reference pipeline (tridiagonalize + implicit QL) to 8·n·ε·‖A‖_F', () => {
    // Each WebAssembly stage is within 4·n·ε·‖·‖_F of its JS reference (tridiagonalize-wasm.test.ts,
    // tridiagonal-eigenvalues-wasm.test.ts; both stages are backward stable and ‖T‖_F = ‖A‖_F up to rounding).
    fc.assert(
      fc.property(fc.oneof(sizeAndSeed, fc.tuple(fc.constantFrom(63, 64, 65, 100), fc.integer())), ([n, seed]) => {
        const a = propertyMatrix(n, seed);
        const ours = symmetricEigenvalues(a, n);
        const { diagonal, offDiagonal } = tridiagonalize(a, n);
        const ref = tridiagonalEigenvalues(diagonal, offDiagonal);
        const tol = 8 * n * 2 ** -52 * frobenius(a);
        for (let k = 0; k < n; k++) expect(Math.abs(ours[k] - ref[k])).toBeLessThanOrEqual(tol);
      }),
      { seed: 40, numRuns: 50 },
    );
  });

  it('agrees with ml-matrix EigenvalueDecomposition to 1e-9 ‖A‖_F', () => {
    fc.assert(
      fc.property(sizeAndSeed, ([n, seed]) => {
        const a = propertyMatrix(n, seed);
        const ours = symmetricEigenvalues(a, n);
        const ref = referenceEigenvalues(a, n);
        const tol = 1e-9 * frobenius(a);
        for (let k = 0; k < n; k++) expect(Math.abs(ours[k] - ref[k])).toBeLessThanOrEqual(tol);
      }),
      { seed: 41, numRuns: 60 },
    );
  });

  it('satisfies Σλ = trace and Σλ² = ‖A‖_F², ascending, input untouched', () => {
    fc.assert(
      fc.property(sizeAndSeed, ([n, seed]) => {
        const a = propertyMatrix(n, seed);
        const copy = Float64Array.from(a);
        const values = symmetricEigenvalues(a, n);
        expect(a).toEqual(copy);
        let trace = 0;
        for (let i = 0; i < n; i++) trace += a[i * n + i];
        const f = frobenius(a);
        let s1 = 0;
        let s2 = 0;
        for (let k = 0; k < n; k++) {
          s1 += values[k];
          s2 += values[k] ** 2;
          if (k > 0) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]);
        }
        // Each eigenvalue is accurate to O(n ε ‖A‖_F), so the sums to O(n² ε ‖A‖_F) ≤ 4e-13 ‖A‖_F at n = 40.
        expect(Math.abs(s1 - trace)).toBeLessThanOrEqual(1e-10 * f);
        expect(Math.abs(s2 - f * f)).toBeLessThanOrEqual(1e-10 * f * f);
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('scaling by a power of two scales the eigenvalues exactly', () => {
    fc.assert(
      fc.property(sizeAndSeed, fc.integer({ min: -400, max: 400 }), ([n, seed], k) => {
        const a = propertyMatrix(n, seed);
        const c = 2 ** k;
        const scaled = a.map((x) => x * c);
        const values = symmetricEigenvalues(a, n);
        const scaledValues = symmetricEigenvalues(scaled, n);
        for (let i = 0; i < n; i++) expect(scaledValues[i]).toBe(values[i] * c);
      }),
      { seed: 43, numRuns: 40 },
    );
  });

  it('closed forms: the (−1, 2, −1) matrix, a diagonal matrix, a rank-one matrix', () => {
    const n = 30;
    const t = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      t[i * n + i] = 2;
      if (i > 0) t[i * n + i - 1] = t[(i - 1) * n + i] = -1;
    }
    const tv = symmetricEigenvalues(t, n);
    for (let k = 1; k <= n; k++)
      expect(Math.abs(tv[k - 1] - (2 - 2 * Math.cos((k * Math.PI) / (n + 1))))).toBeLessThan(1e-13);

    const diag = [5, -2, 0, 1e-3, -1e-3, 5, 7.25, -100];
    const m = diag.length;
    const dm = new Float64Array(m * m);
    diag.forEach((x, i) => {
      dm[i * m + i] = x;
    });
    expect(symmetricEigenvalues(dm, m)).toEqual(Float64Array.from(diag.sort((x, y) => x - y)));

    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1_000_000 }), (size, seed) => {
        const v = testRng(seed, size, 2).fillNormal(new Float64Array(size));
        const r1 = new Float64Array(size * size);
        let v2 = 0;
        for (let i = 0; i < size; i++) {
          v2 += v[i] * v[i];
          for (let j = 0; j < size; j++) r1[i * size + j] = v[i] * v[j];
        }
        const values = symmetricEigenvalues(r1, size);
        for (let k = 0; k < size - 1; k++) expect(Math.abs(values[k])).toBeLessThanOrEqual(1e-13 * size * v2);
        expect(Math.abs(values[size - 1] - v2)).toBeLessThanOrEqual(1e-13 * size * v2);
      }),
      { seed: 44, numRuns: 40 },
    );
  });

  it('n = 0 gives an empty spectrum; bad shapes are rejected', () => {
    expect(symmetricEigenvalues(new Float64Array(0), 0).length).toBe(0);
    expect(() => symmetricEigenvalues(new Float64Array(3), 2)).toThrow(/expected n²/);
  });
});
