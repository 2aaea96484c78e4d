import { describe, expect, it } from 'vitest';
import { eInfinity } from './e-infinity.js';
import {
  expectedCriticalPointCount,
  logExpectedCriticalPointCount,
  logExpectedCriticalPointCounts,
} from './expected-critical-point-count.js';
import { theta } from './theta.js';

describe('exact finite-N expected count E Crt_N(u) (ABC Thm 2.8)', () => {
  it('p = 2: a quadratic form on the sphere has exactly 2N critical points', () => {
    for (const n of [2, 3, 5, 10, 50, 101]) {
      expect(expectedCriticalPointCount(n, 2, 100)).toBeCloseTo(2 * n, 9);
    }
  });

  it('is non-decreasing in u and finite far below the ground state', () => {
    for (const n of [3, 20, 120]) {
      let previous = Number.NEGATIVE_INFINITY;
      for (let u = -3; u <= 1; u += 0.1) {
        const v = logExpectedCriticalPointCount(n, 3, u);
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(previous - 1e-9);
        previous = v;
      }
    }
  });

  it('above the level 0 it is more than half of all critical points, and the integrand is even', () => {
    for (const n of [4, 30]) {
      const all = expectedCriticalPointCount(n, 3, 50);
      const half = expectedCriticalPointCount(n, 3, 0);
      expect(half / all).toBeCloseTo(0.5, 10);
    }
  });

  it('(1/N) log E Crt_N(u) → Θ_p(u): the relative error falls with N (ABC Thm 2.8)', () => {
    for (const p of [3, 4]) {
      const e = eInfinity(p);
      for (const u of [-e - 0.12, -e + 0.1, -1, -0.3, 0.5]) {
        const errors = [50, 100, 200, 400].map((n) =>
          Math.abs(logExpectedCriticalPointCount(n, p, u) / n / theta(u, p) - 1),
        );
        // The log prefactor is O(log N), so the error is O(log N / N): each factor 4 in N cuts it by more than 0.6.
        for (let i = 2; i < errors.length; i++) expect(errors[i]).toBeLessThan(0.6 * errors[i - 2]);
        expect(errors[errors.length - 1]).toBeLessThan(0.25);
      }
    }
  });

  it('rejects bad arguments', () => {
    expect(() => logExpectedCriticalPointCount(1, 3, 0)).toThrow(RangeError);
    expect(() => logExpectedCriticalPointCount(3, 1, 0)).toThrow(RangeError);
    expect(() => logExpectedCriticalPointCount(3, 3, Number.NaN)).toThrow(RangeError);
    expect(logExpectedCriticalPointCount(3, 3, Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('logExpectedCriticalPointCounts (many levels in one pass)', () => {
  it('agrees with the level-by-level values, in any order, with −∞ and levels past both ends', () => {
    const levels = [0.3, -1.7, Number.NEGATIVE_INFINITY, -1.64, -1, 7, -5];
    const many = logExpectedCriticalPointCounts(40, 3, levels);
    levels.forEach((u, i) => {
      if (u === Number.NEGATIVE_INFINITY) expect(many[i]).toBe(u);
      else expect(Math.abs(many[i] - logExpectedCriticalPointCount(40, 3, u))).toBeLessThan(1e-9);
    });
  });
});
