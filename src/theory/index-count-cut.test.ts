import { describe, expect, it } from 'vitest';
import { criticalLevel } from './critical-levels.js';
import { eInfinity } from './e-infinity.js';
import { indexCountCut, leadingOrderCountAtLeastK } from './index-count-cut.js';
import { thetaK } from './theta.js';

describe('leadingOrderCountAtLeastK', () => {
  it('is at least 1 at −E_k (its j = k term is exp(N·0)) and equals the sum of the 41 terms', () => {
    for (const k of [1, 2, 5]) {
      const u = -criticalLevel(3, k);
      const c = leadingOrderCountAtLeastK(50, 3, k, u);
      expect(c).toBeGreaterThanOrEqual(1 - 1e-9);
      let sum = 0;
      for (let j = k; j <= k + 40; j++) sum += Math.exp(50 * thetaK(u, 3, j));
      expect(c).toBeCloseTo(sum, 12);
    }
  });

  it('rises with u below −E_∞ and falls with N below −E_k', () => {
    const us = [-1.75, -1.7, -1.66, -1.65, -1.64];
    const counts = us.map((u) => leadingOrderCountAtLeastK(30, 3, 1, u));
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]);
    const u = -criticalLevel(3, 1) - 0.01;
    expect(leadingOrderCountAtLeastK(1000, 3, 1, u)).toBeLessThan(leadingOrderCountAtLeastK(30, 3, 1, u));
  });
});

describe('indexCountCut', () => {
  it('solves L·count(u*) = target, below −E_k, and approaches −E_k as N grows', () => {
    const target = 0.001;
    const cuts = [30, 100, 1000, 10000].map((n) => indexCountCut(n, 3, 1, 4, target));
    for (const [i, n] of [30, 100, 1000, 10000].entries()) {
      expect(4 * leadingOrderCountAtLeastK(n, 3, 1, cuts[i])).toBeCloseTo(target, 6);
      expect(cuts[i]).toBeLessThan(-criticalLevel(3, 1));
    }
    for (let i = 1; i < cuts.length; i++) expect(cuts[i]).toBeGreaterThan(cuts[i - 1]);
    expect(-criticalLevel(3, 1) - cuts[3]).toBeLessThan(0.02);
  });

  it('returns −E_∞ when the count there is already below the target', () => {
    expect(indexCountCut(30, 3, 1, 1, 1e12)).toBe(-eInfinity(3));
  });
});
