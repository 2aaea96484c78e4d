import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logExpectedCriticalPoints } from './complexity.js';
import { criticalLevel } from './critical-levels.js';
import { eInfinity } from './e-infinity.js';
import { theta, thetaK } from './theta.js';

describe('logExpectedCriticalPoints', () => {
  it('is N·Θ_{k,p}(u) (and N·Θ_p(u) for k = "any"): linear in N', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 0, max: 20 }),
        fc.double({ min: -4, max: 1, noNaN: true }),
        (n, p, k, u) => {
          expect(logExpectedCriticalPoints(n, p, k, u)).toBe(n * thetaK(u, p, k));
          expect(logExpectedCriticalPoints(n, p, 'any', u)).toBe(n * theta(u, p));
          expect(logExpectedCriticalPoints(2 * n, p, k, u)).toBeCloseTo(2 * logExpectedCriticalPoints(n, p, k, u), 9);
        },
      ),
      { seed: 8, numRuns: 100 },
    );
  });

  it('minima are exponentially rare below −E_0·N and exponentially many in the band (−E_0, −E_∞)', () => {
    for (let p = 3; p <= 6; p += 1) {
      const e0 = criticalLevel(p, 0);
      const eInf = eInfinity(p);
      expect(logExpectedCriticalPoints(1000, p, 0, -e0 - 0.01)).toBeLessThan(0);
      expect(logExpectedCriticalPoints(1000, p, 0, -(e0 + eInf) / 2)).toBeGreaterThan(0);
      // index-1 saddles are still rare at the midpoint of the band's lowest layer (−E_0, −E_1)
      const e1 = criticalLevel(p, 1);
      expect(logExpectedCriticalPoints(1000, p, 1, -(e0 + e1) / 2)).toBeLessThan(0);
    }
  });

  it('rejects n that is not a positive integer and bad k', () => {
    expect(() => logExpectedCriticalPoints(0, 3, 0, -1.7)).toThrow(RangeError);
    expect(() => logExpectedCriticalPoints(2.5, 3, 0, -1.7)).toThrow(RangeError);
    expect(() => logExpectedCriticalPoints(10, 3, -1, -1.7)).toThrow(RangeError);
  });
});
