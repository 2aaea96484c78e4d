import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testRng } from '../../test/helpers/test-rng.js';
import { randomSymmetricMatrix } from './random-symmetric.js';
import { tridiagonalize } from './tridiagonalize.js';

function propertyMatrix(n: number, seed: number): Float64Array {
  return randomSymmetricMatrix(n, testRng(seed, n, 0));
}

const sizeAndSeed = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1_000_000 }));

describe('tridiagonalize', () => {
  it('preserves the trace and the Frobenius norm (orthogonal similarity)', () => {
    fc.assert(
      fc.property(sizeAndSeed, ([n, seed]) => {
        const a = propertyMatrix(n, seed);
        const { diagonal, offDiagonal } = tridiagonalize(a, n);
        expect(diagonal.length).toBe(n);
        expect(offDiagonal.length).toBe(n - 1);
        let trace = 0;
        let frob2 = 0;
        for (let i = 0; i < n; i++) {
          trace += a[i * n + i];
          for (let j = 0; j < n; j++) frob2 += a[i * n + j] ** 2;
        }
        let dSum = 0;
        let t2 = 0;
        for (let i = 0; i < n; i++) {
          dSum += diagonal[i];
          t2 += diagonal[i] ** 2;
        }
        for (let i = 0; i < n - 1; i++) t2 += 2 * offDiagonal[i] ** 2;
        // Backward error of Householder reduction is O(n ε ‖A‖_F); 1e-12 ‖A‖_F is ≥ 50× that for n ≤ 40.
        const scale = Math.sqrt(frob2);
        expect(Math.abs(dSum - trace)).toBeLessThanOrEqual(1e-12 * n * scale);
        expect(Math.abs(t2 - frob2)).toBeLessThanOrEqual(1e-12 * frob2);
      }),
      { seed: 21, numRuns: 60 },
    );
  });

  it('leaves its input untouched and reads only the lower triangle', () => {
    fc.assert(
      fc.property(sizeAndSeed, ([n, seed]) => {
        const a = propertyMatrix(n, seed);
        const copy = Float64Array.from(a);
        const result = tridiagonalize(a, n);
        expect(a).toEqual(copy);
        const garbled = Float64Array.from(a);
        for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) garbled[i * n + j] = 1e6 * (i - j);
        expect(tridiagonalize(garbled, n)).toEqual(result);
      }),
      { seed: 22, numRuns: 30 },
    );
  });

  it('handles n = 0, 1, 2 exactly and keeps an already tridiagonal matrix up to off-diagonal signs', () => {
    expect(tridiagonalize(new Float64Array(0), 0)).toEqual({
      diagonal: new Float64Array(0),
      offDiagonal: new Float64Array(0),
    });
    expect(tridiagonalize(Float64Array.of(3.5), 1).diagonal).toEqual(Float64Array.of(3.5));
    const two = tridiagonalize(Float64Array.of(1, 2, 2, 5), 2);
    expect(two.diagonal).toEqual(Float64Array.of(1, 5));
    expect(two.offDiagonal).toEqual(Float64Array.of(2));
    const n = 6;
    const t = new Float64Array(n * n);
    const d = [4, -1, 2, 0.5, 3, -2];
    const e = [1, -0.25, 2, 0, 0.75];
    for (let i = 0; i < n; i++) t[i * n + i] = d[i];
    for (let i = 0; i < n - 1; i++) {
      t[(i + 1) * n + i] = e[i];
      t[i * n + i + 1] = e[i];
    }
    const r = tridiagonalize(t, n);
    for (let i = 0; i < n; i++) expect(r.diagonal[i]).toBeCloseTo(d[i], 14);
    for (let i = 0; i < n - 1; i++) expect(Math.abs(r.offDiagonal[i])).toBeCloseTo(Math.abs(e[i]), 14);
  });

  it('rejects bad shapes and non-finite entries', () => {
    expect(() => tridiagonalize(new Float64Array(5), 2)).toThrow(/expected n²/);
    expect(() => tridiagonalize(new Float64Array(4), 2.5)).toThrow(/non-negative integer/);
    expect(() => tridiagonalize(Float64Array.of(1, 0, Number.NaN, 1), 2)).toThrow(/not finite/);
  });
});
