import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testRng } from '../../test/helpers/test-rng.js';
import { randomSymmetricMatrix } from './random-symmetric.js';
import { countEigenvaluesAbove, countEigenvaluesBelow } from './sturm-count.js';
import { tridiagonalEigenvalues } from './tridiagonal-ql.js';
import { tridiagonalize } from './tridiagonalize.js';

const sizeAndSeed = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1_000_000 }));

describe('countEigenvaluesBelow (Sturm sequence)', () => {
  it('equals the count from the full spectrum at random shifts', () => {
    fc.assert(
      fc.property(sizeAndSeed, fc.double({ min: -1, max: 1, noNaN: true }), ([n, seed], u) => {
        const rng = testRng(seed, n, 3);
        const { diagonal, offDiagonal } = tridiagonalize(randomSymmetricMatrix(n, rng), n);
        const values = tridiagonalEigenvalues(diagonal, offDiagonal);
        const radius = Math.max(Math.abs(values[0]), Math.abs(values[n - 1]));
        const x = 1.1 * radius * u; // shifts across the whole spectrum and a little beyond
        // Both sides are exact for shifts farther than the eigenvalue error (~nε‖T‖) from every eigenvalue.
        let gap = Number.POSITIVE_INFINITY;
        for (let k = 0; k < n; k++) gap = Math.min(gap, Math.abs(values[k] - x));
        fc.pre(gap > 1e-10 * (radius + 1));
        let below = 0;
        for (let k = 0; k < n; k++) if (values[k] < x) below++;
        expect(countEigenvaluesBelow(diagonal, offDiagonal, x)).toBe(below);
        expect(countEigenvaluesAbove(diagonal, offDiagonal, x)).toBe(n - below);
      }),
      { seed: 51, numRuns: 300 },
    );
  });

  it('is exact at the eigenvalues of a diagonal matrix (strictly below / strictly above)', () => {
    const d = Float64Array.of(3, -1, 0, 3, 2.5, -7, 0);
    const e = new Float64Array(6);
    for (const x of [-7, -1, 0, 2.5, 3, -8, 4, 1e-300, -1e-300]) {
      expect(countEigenvaluesBelow(d, e, x)).toBe([...d].filter((v) => v < x).length);
      expect(countEigenvaluesAbove(d, e, x)).toBe([...d].filter((v) => v > x).length);
    }
  });

  it('survives zero pivots: the (0, 1, 0) matrix has eigenvalues −√2, 0, √2', () => {
    // q_0 = 0 at x = 0 forces the guard; the 2×2 ±1 and 3×3 path-graph spectra are known.
    const d = new Float64Array(3);
    const e = Float64Array.of(1, 1);
    expect(countEigenvaluesBelow(d, e, 0)).toBe(1);
    expect(countEigenvaluesBelow(d, e, 1e-9)).toBe(2);
    expect(countEigenvaluesBelow(d, e, -Math.SQRT2 + 1e-4)).toBe(1);
    expect(countEigenvaluesBelow(d, e, -Math.SQRT2 - 1e-4)).toBe(0);
    expect(countEigenvaluesBelow(d, e, Math.SQRT2 + 1e-4)).toBe(3);
    expect(countEigenvaluesBelow(new Float64Array(2), Float64Array.of(1e200), -1e199)).toBe(1);
  });

  it('handles n = 0 and rejects bad input', () => {
    expect(countEigenvaluesBelow(new Float64Array(0), new Float64Array(0), 0)).toBe(0);
    expect(() => countEigenvaluesBelow(new Float64Array(2), new Float64Array(2), 0)).toThrow(/expected 1/);
    expect(() => countEigenvaluesBelow(new Float64Array(2), new Float64Array(1), Number.NaN)).toThrow(/NaN/);
  });
});
