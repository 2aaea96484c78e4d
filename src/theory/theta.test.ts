import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eInfinity } from './e-infinity.js';
import { rateFunction } from './rate-function.js';
import { theta, thetaK } from './theta.js';

const order = fc.integer({ min: 2, max: 8 });
const index = fc.integer({ min: 0, max: 30 });

describe('Θ_p and Θ_{k,p}', () => {
  it('Θ_{k,p} is continuous at −E_∞: the constant for u ≥ −E_∞ is ½log(p−1) − (p−2)/p (the paper’s typo)', () => {
    fc.assert(
      fc.property(order, index, (p, k) => {
        const e = eInfinity(p);
        const h = 1e-9;
        const below = thetaK(-e - h, p, k);
        const above = thetaK(-e + h, p, k);
        // Θ is Lipschitz near −E_∞ with constant < 1 (the quadratic term; I₁ is O(h^{3/2})), so the gap is ~h.
        expect(Math.abs(below - above)).toBeLessThan(1e-8);
        expect(thetaK(-e, p, k)).toBeCloseTo(0.5 * Math.log(p - 1) - (p - 2) / p, 14);
      }),
      { seed: 3, numRuns: 60 },
    );
  });

  it('Θ_p is continuous at −E_∞ and at 0', () => {
    for (let p = 2; p <= 8; p += 1) {
      const e = eInfinity(p);
      const h = 1e-9;
      expect(Math.abs(theta(-e - h, p) - theta(-e + h, p))).toBeLessThan(1e-8);
      expect(Math.abs(theta(-h, p) - theta(h, p))).toBeLessThan(1e-8);
      expect(theta(0, p)).toBe(0.5 * Math.log(p - 1));
    }
  });

  it('below −E_∞, Θ_p = Θ_{0,p} (minima dominate) and Θ_{k,p} = Θ_{0,p} − k·I₁', () => {
    fc.assert(
      fc.property(order, index, fc.double({ min: 1e-6, max: 3, noNaN: true }), (p, k, depth) => {
        const u = -eInfinity(p) - depth;
        expect(theta(u, p)).toBe(thetaK(u, p, 0));
        const expected = thetaK(u, p, 0) - k * rateFunction(u, p);
        expect(Math.abs(thetaK(u, p, k) - expected)).toBeLessThan(1e-12 * (1 + Math.abs(expected)));
      }),
      { seed: 4, numRuns: 100 },
    );
  });

  it('Corollary 4.1: Θ_{k,p}(u) < Θ_{0,p}(u) for k > 0 and u < −E_∞ (p ≥ 2)', () => {
    fc.assert(
      fc.property(order, fc.integer({ min: 1, max: 30 }), fc.double({ min: 1e-3, max: 3, noNaN: true }), (p, k, d) => {
        const u = -eInfinity(p) - d;
        expect(thetaK(u, p, k)).toBeLessThan(thetaK(u, p, 0));
        expect(thetaK(u, p, k)).toBeLessThan(thetaK(u, p, k - 1));
      }),
      { seed: 5, numRuns: 100 },
    );
  });

  it('Θ_p and Θ_{k,p} are non-decreasing in u', () => {
    fc.assert(
      fc.property(
        order,
        index,
        fc.double({ min: -4, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (p, k, u, step) => {
          expect(theta(u + step, p)).toBeGreaterThanOrEqual(theta(u, p));
          expect(thetaK(u + step, p, k)).toBeGreaterThanOrEqual(thetaK(u, p, k));
        },
      ),
      { seed: 6, numRuns: 200 },
    );
  });

  it('p = 3 numbers: Θ_{k,3}(−E_∞) = ½log 2 − 1/3 > 0 and Θ_3(u ≥ 0) = ½log 2', () => {
    expect(thetaK(-eInfinity(3), 3, 0)).toBeCloseTo(0.5 * Math.LN2 - 1 / 3, 15);
    expect(thetaK(-eInfinity(3), 3, 0)).toBeGreaterThan(0);
    expect(theta(5, 3)).toBeCloseTo(0.5 * Math.LN2, 15);
  });

  it('p = 2 has no exponential complexity: the (p−2) terms vanish, Θ = 0 above −√2 and < 0 below', () => {
    expect(theta(1, 2)).toBe(0);
    expect(theta(-1, 2)).toBe(0);
    expect(thetaK(-1, 2, 3)).toBe(0);
    expect(thetaK(-Math.SQRT2, 2, 0)).toBe(0);
    expect(theta(-1.5, 2)).toBeLessThan(0);
    expect(thetaK(-1.5, 2, 4)).toBeCloseTo(-5 * rateFunction(-1.5, 2), 15);
  });

  it('rejects bad p, k and u with a RangeError', () => {
    expect(() => theta(-1, 1)).toThrow(RangeError);
    expect(() => theta(-1, 2.5)).toThrow(RangeError);
    expect(() => thetaK(-1, 3, -1)).toThrow(RangeError);
    expect(() => thetaK(-1, 3, 0.5)).toThrow(RangeError);
    expect(() => thetaK(Number.NaN, 3, 0)).toThrow(RangeError);
    expect(() => theta(Number.NaN, 3)).toThrow(RangeError);
  });
});
