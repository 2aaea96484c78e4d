import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { mannWhitneyU } from './mann-whitney-u.js';

describe('mannWhitneyU', () => {
  it('matches scipy.stats.mannwhitneyu(method="asymptotic") with ties', () => {
    const x = [1, 2, 2, 3, 5, 7];
    const y = [2, 3, 3, 4, 8, 9, 9, 10];
    const r = mannWhitneyU(x, y);
    expect(r.u).toBe(11);
    expect(Math.abs(r.pValueTwoSided - 0.103113354371241)).toBeLessThan(1e-13);
    expect(Math.abs(r.pValueLess - 0.0515566771856205)).toBeLessThan(1e-13);
    expect(Math.abs(r.pValueGreater - 0.9608248621761503)).toBeLessThan(1e-13);
  });

  it('counts pairs: U = #{x > y} + ½ #{x = y}, and U_xy + U_yx = nx·ny', () => {
    const x = [0.5, 3, 3, 8];
    const y = [3, 1, 9];
    let brute = 0;
    for (const a of x) for (const b of y) brute += a > b ? 1 : a === b ? 0.5 : 0;
    expect(brute).toBe(5);
    expect(mannWhitneyU(x, y).u).toBe(brute);
    expect(mannWhitneyU(x, y).u + mannWhitneyU(y, x).u).toBe(12);
  });

  it('returns p = 1 when every value is tied, and rejects empty samples', () => {
    expect(mannWhitneyU([1, 1], [1, 1, 1])).toEqual({ u: 3, z: 0, pValueLess: 1, pValueGreater: 1, pValueTwoSided: 1 });
    expect(() => mannWhitneyU([], [1])).toThrow(RangeError);
  });

  it('has false-alarm rate ≤ ≈0.05 under H0 (2000 replicates, n = 12 and 9, rounded data with ties)', () => {
    // Rejections ~ Binomial(2000, q), q ≈ 0.045 with the continuity correction: band [50, 140] is beyond ±4 sd.
    const rng = createRng('mann-whitney-null');
    let rejections = 0;
    for (let rep = 0; rep < 2000; rep++) {
      const x = Array.from({ length: 12 }, () => Math.round(2 * rng.normal()));
      const y = Array.from({ length: 9 }, () => Math.round(2 * rng.normal()));
      if (mannWhitneyU(x, y).pValueGreater < 0.05) rejections++;
    }
    expect(rejections).toBeGreaterThan(50);
    expect(rejections).toBeLessThan(140);
  });
});
