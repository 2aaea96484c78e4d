import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eInfinity } from './e-infinity.js';
import { rateFunction, rateFunctionIntegral } from './rate-function.js';

/** (p, u) with p ∈ {2…8} and u ∈ [−3, −E_∞(p)). */
const belowThreshold = fc
  .tuple(fc.integer({ min: 2, max: 8 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }))
  .map(([p, t]) => ({ p, u: -3 + t * (3 - eInfinity(p)) }));

describe('rate function I₁', () => {
  it('closed form equals the integral (2/E²)∫_u^{−E} √(z² − E²) dz for p ∈ {2…8}, u ∈ [−3, −E_∞)', () => {
    fc.assert(
      fc.property(belowThreshold, ({ p, u }) => {
        expect(Math.abs(rateFunction(u, p) - rateFunctionIntegral(u, p))).toBeLessThan(1e-12);
      }),
      { seed: 1, numRuns: 200 },
    );
  });

  it('agrees with the integral far below the threshold too (u down to −50)', () => {
    for (const p of [2, 3, 5, 8]) {
      for (const u of [-5, -12, -50]) {
        const closed = rateFunction(u, p);
        expect(Math.abs(closed - rateFunctionIntegral(u, p))).toBeLessThan(1e-12 * closed);
      }
    }
  });

  it('is exactly 0 at u = −E_∞ in both forms', () => {
    for (let p = 2; p <= 8; p += 1) {
      expect(rateFunction(-eInfinity(p), p)).toBe(0);
      expect(rateFunctionIntegral(-eInfinity(p), p)).toBe(0);
    }
  });

  it('has derivative −(2/E²)√(u² − E²) (central finite differences) and so is positive and decreasing', () => {
    fc.assert(
      fc.property(belowThreshold, ({ p, u: u0 }) => {
        const e = eInfinity(p);
        const u = Math.min(u0, -e - 0.01); // keep u ± h inside the domain
        const h = 1e-5;
        const numeric = (rateFunction(u + h, p) - rateFunction(u - h, p)) / (2 * h);
        const exact = (-2 / (e * e)) * Math.sqrt(u * u - e * e);
        expect(Math.abs(numeric - exact)).toBeLessThan(1e-6);
        expect(exact).toBeLessThan(0);
        expect(rateFunction(u, p)).toBeGreaterThan(0);
      }),
      { seed: 2, numRuns: 100 },
    );
  });

  it('vanishes like (4√2/3)·E^{−3/2}·δ^{3/2} at u = −E − δ (the edge behaviour)', () => {
    for (const p of [2, 3, 6]) {
      const e = eInfinity(p);
      for (const delta of [1e-4, 1e-6]) {
        const leading = ((4 * Math.SQRT2) / 3) * e ** -1.5 * delta ** 1.5;
        // next order is O(δ^{5/2}), i.e. relative O(δ)
        expect(Math.abs(rateFunction(-e - delta, p) / leading - 1)).toBeLessThan(10 * delta);
      }
    }
  });

  it('is undefined above −E_∞ and for bad p: RangeError', () => {
    expect(() => rateFunction(-1, 3)).toThrow(RangeError);
    expect(() => rateFunctionIntegral(-1.6, 3)).toThrow(RangeError);
    expect(() => rateFunction(-3, 1)).toThrow(RangeError);
    expect(() => rateFunction(-3, 3.5)).toThrow(RangeError);
    expect(() => rateFunction(Number.NaN, 3)).toThrow(RangeError);
    expect(() => rateFunction(Number.NEGATIVE_INFINITY, 3)).toThrow(RangeError);
  });
});
