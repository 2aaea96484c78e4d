import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRoot } from './find-root.js';

describe('findRoot with a derivative (safeguarded Newton)', () => {
  it('finds √2 and the root of an increasing cubic with an infinite bracket', () => {
    expect(
      Math.abs(findRoot((x) => x * x - 2, 0, 2, { derivative: (x) => 2 * x, start: 1 }) - Math.SQRT2),
    ).toBeLessThan(1e-15);
    const r = findRoot((x) => x ** 3 + x - 10, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, {
      derivative: (x) => 3 * x * x + 1,
      start: -50,
    });
    expect(Math.abs(r ** 3 + r - 10)).toBeLessThan(1e-12);
  });

  it('falls back to bisection when the Newton step leaves the bracket (flat derivative)', () => {
    const r = findRoot((x) => Math.tanh(x - 3), -10, 10, { derivative: () => 1e-30, start: 0 });
    expect(Math.abs(r - 3)).toBeLessThan(1e-13);
  });

  it('does not evaluate finite ends: f a hair below 0 at hi converges to hi', () => {
    const r = findRoot((x) => x - 0.5 - 1e-16, 0, 0.5, { derivative: () => 1, start: 0.25 });
    expect(r).toBeCloseTo(0.5, 15);
  });
});

describe('findRoot without a derivative (bisection)', () => {
  it('finds √2 as the root of x² − 2 to full precision, either end order, increasing or decreasing', () => {
    expect(findRoot((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 15);
    expect(findRoot((x) => 2 - x * x, 2, 0)).toBeCloseTo(Math.SQRT2, 15);
  });

  it('finds the root r of the increasing cubic (x − r)³ + (x − r) on any bracket around it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.001, max: 5, noNaN: true }),
        fc.double({ min: 0.001, max: 5, noNaN: true }),
        (r, left, right) => {
          const f = (x: number) => (x - r) ** 3 + (x - r);
          expect(Math.abs(findRoot(f, r - left, r + right) - r)).toBeLessThan(1e-14 * (1 + Math.abs(r)));
          // Bisection to adjacent doubles: the result brackets the sign change within one ulp on each side.
          const x = findRoot(f, r - left, r + right);
          expect(f(x - 2 * Number.EPSILON * (1 + Math.abs(x))) <= 0).toBe(true);
          expect(f(x + 2 * Number.EPSILON * (1 + Math.abs(x))) >= 0).toBe(true);
        },
      ),
      { seed: 5, numRuns: 100 },
    );
  });

  it('stops at the requested relative tolerance', () => {
    const root = findRoot((x) => x - 0.3, 0, 1, { relTol: 1e-3 });
    expect(Math.abs(root - 0.3)).toBeLessThanOrEqual(1e-3);
  });

  it('throws a RangeError without a sign change and returns an end that is an exact zero', () => {
    expect(() => findRoot((x) => x * x + 1, -1, 1)).toThrow(RangeError);
    expect(() => findRoot(() => Number.NaN, -1, 1)).toThrow(RangeError);
    expect(() => findRoot((x) => x, Number.NaN, 1)).toThrow(RangeError);
    expect(findRoot((x) => x, 0, 1)).toBe(0);
    expect(findRoot((x) => x - 1, 0, 1)).toBe(1);
  });
});
