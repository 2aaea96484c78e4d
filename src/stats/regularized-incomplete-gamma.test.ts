import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regularizedIncompleteGamma } from './regularized-incomplete-gamma.js';

// Reference values from scipy.special.gammainc(a, x).
const REFERENCE: [number, number, number][] = [
  [0.5, 0.2, 0.47291074313446196],
  [3, 2, 0.32332358381693654],
  [3, 10, 0.9972306042844884],
  [10, 3, 0.0011024881301154815],
  [50, 60, 0.9155933189063082],
  [0.1, 5, 0.9998560610341533],
];

describe('regularizedIncompleteGamma', () => {
  it('matches reference values to 1e-12 relative', () => {
    for (const [a, x, v] of REFERENCE) expect(Math.abs(regularizedIncompleteGamma(a, x) - v) / v).toBeLessThan(1e-12);
  });

  it('has the closed form P(1, x) = 1 − e^{−x} and the recurrence P(a+1, x) = P(a, x) − xᵃe^{−x}/Γ(a+1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 30, noNaN: true }), (x) => {
        expect(Math.abs(regularizedIncompleteGamma(1, x) - -Math.expm1(-x))).toBeLessThan(1e-14);
        // a = 2: Γ(3) = 2, P(3, x) = P(2, x) − x² e^{−x}/2.
        const lhs = regularizedIncompleteGamma(3, x);
        expect(Math.abs(lhs - (regularizedIncompleteGamma(2, x) - (x * x * Math.exp(-x)) / 2))).toBeLessThan(1e-14);
      }),
      { seed: 31, numRuns: 100 },
    );
  });

  it('rejects invalid arguments', () => {
    expect(regularizedIncompleteGamma(2, 0)).toBe(0);
    expect(() => regularizedIncompleteGamma(0, 1)).toThrow(RangeError);
    expect(() => regularizedIncompleteGamma(1, -1)).toThrow(RangeError);
  });
});
