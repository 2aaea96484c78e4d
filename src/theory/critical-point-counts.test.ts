import { describe, expect, it } from 'vitest';
import { logAsymptoticCriticalPointCount, logAsymptoticIndexCount } from './critical-point-asymptotics.js';
import { criticalPointCounts, levelGrid } from './critical-point-counts.js';
import { logExpectedCriticalPointCount } from './expected-critical-point-count.js';

describe('criticalPointCounts', () => {
  it('collects the exact, asymptotic and index-k counts of each level', () => {
    const rows = criticalPointCounts(60, 3, 2, [-1.7, -1, 0.5]);
    expect(rows.map((r) => r.regime)).toEqual(['below-threshold', 'band', 'above-zero']);
    for (const r of rows) {
      expect(r.logExact).toBeCloseTo(logExpectedCriticalPointCount(60, 3, r.u), 9);
      expect(r.logAsymptotic).toBe(logAsymptoticCriticalPointCount(60, 3, r.u).logCount);
      expect(r.index.map((x) => x.k)).toEqual([0, 1, 2]);
      const one = logAsymptoticIndexCount(60, 3, 1, r.u);
      expect(r.index[1]).toEqual({ k: 1, logCount: one.logCount, prefactor: one.prefactor });
    }
  });

  it('p = 2 has the exact count only', () => {
    const [r] = criticalPointCounts(10, 2, 3, [5]);
    expect(Math.exp(r.logExact as number)).toBeCloseTo(20, 8);
    expect(r.logAsymptotic).toBeNull();
    expect(r.index).toEqual([]);
  });

  it('levelGrid spans [uFrom, uTo] evenly and checks its arguments', () => {
    expect(levelGrid(-1, 1, 5)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(() => levelGrid(1, 0, 5)).toThrow(RangeError);
    expect(() => levelGrid(0, 1, 1)).toThrow(RangeError);
  });
});
