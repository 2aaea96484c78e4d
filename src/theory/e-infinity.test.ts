import { describe, expect, it } from 'vitest';
import { eInfinity } from './e-infinity.js';

describe('eInfinity', () => {
  it('is 2√((p−1)/p): √2 at p = 2 and 2√(2/3) ≈ 1.63299 at p = 3 (Choromanska et al. 2015, section 4)', () => {
    expect(eInfinity(2)).toBe(Math.SQRT2);
    expect(eInfinity(3)).toBeCloseTo(1.632993161855452, 14);
    expect(eInfinity(4)).toBeCloseTo(Math.sqrt(3), 14);
  });

  it('increases strictly in p towards 2', () => {
    for (let p = 2; p < 60; p += 1) {
      expect(eInfinity(p + 1)).toBeGreaterThan(eInfinity(p));
      expect(eInfinity(p)).toBeLessThan(2);
    }
  });

  it('rejects p < 2 and non-integer p with a RangeError', () => {
    for (const p of [1, 0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => eInfinity(p)).toThrow(RangeError);
  });
});
