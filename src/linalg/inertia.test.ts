import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testRng } from '../../test/helpers/test-rng.js';
import { inertia, tridiagonalInertia } from './inertia.js';
import { tridiagonalEigenvalues } from './tridiagonal-ql.js';

describe('inertia', () => {
  it('applies the zero rule |λ| < 1e-3 at its boundaries', () => {
    const tol = 1e-3;
    const justInside = 1e-3 * (1 - 2 ** -52); // largest double below 1e-3 (up to one ulp)
    const justOutside = 1e-3 * (1 + 2 ** -51);
    expect(justInside).toBeLessThan(tol);
    expect(justOutside).toBeGreaterThan(tol);
    expect(inertia([-1e-3, 1e-3])).toEqual({ negative: 1, zero: 0, positive: 1 });
    expect(inertia([-justInside, justInside, 0, -0])).toEqual({ negative: 0, zero: 4, positive: 0 });
    expect(inertia([-justOutside, justOutside, -5, 7])).toEqual({ negative: 2, zero: 0, positive: 2 });
    expect(inertia(Float64Array.of(-0.5, 0.0005, 2), 0.6)).toEqual({ negative: 0, zero: 2, positive: 1 });
    expect(inertia([0, -1e-300], 0)).toEqual({ negative: 1, zero: 0, positive: 1 });
    expect(inertia([])).toEqual({ negative: 0, zero: 0, positive: 0 });
  });

  it('rejects NaN eigenvalues and bad tolerances', () => {
    expect(() => inertia([Number.NaN])).toThrow(/NaN/);
    expect(() => inertia([1], -1)).toThrow(/zeroTolerance/);
    expect(() => inertia([1], Number.NaN)).toThrow(/zeroTolerance/);
  });
});

describe('tridiagonalInertia', () => {
  it('is exact at the boundaries on a diagonal matrix', () => {
    const justInside = 1e-3 * (1 - 2 ** -52);
    const justOutside = 1e-3 * (1 + 2 ** -51);
    const values = [-1e-3, 1e-3, -justInside, justInside, 0, -justOutside, justOutside, -5, 7];
    const d = Float64Array.from(values);
    const e = new Float64Array(d.length - 1);
    expect(tridiagonalInertia(d, e)).toEqual(inertia(values));
    expect(tridiagonalInertia(d, e)).toEqual({ negative: 3, zero: 3, positive: 3 });
    expect(tridiagonalInertia(d, e, 0)).toEqual(inertia(values, 0));
    expect(tridiagonalInertia(new Float64Array(0), new Float64Array(0))).toEqual({ negative: 0, zero: 0, positive: 0 });
  });

  it('equals the inertia of the full spectrum on random tridiagonals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(1e-3, 0.1, 0.5),
        (n, seed, tol) => {
          const rng = testRng(seed, n, 4);
          // Small entries put many eigenvalues near the ±tol boundaries.
          const d = rng.fillNormal(new Float64Array(n), 0.3);
          const e = rng.fillNormal(new Float64Array(n - 1), 0.1);
          const values = tridiagonalEigenvalues(d, e);
          // Exact comparison needs every eigenvalue farther than its rounding error from ±tol.
          fc.pre(values.every((v) => Math.abs(Math.abs(v) - tol) > 1e-12));
          expect(tridiagonalInertia(d, e, tol)).toEqual(inertia(values, tol));
        },
      ),
      { seed: 61, numRuns: 200 },
    );
  });
});
