import { describe, expect, it } from 'vitest';
import { normalCdf } from '../stats/normal-cdf.js';
import { millsRatio } from './mills-ratio.js';

describe('millsRatio', () => {
  it('is √(π/2) at 0 and matches (1 − Φ(x))/φ(x) where both are representable', () => {
    expect(millsRatio(0)).toBeCloseTo(Math.sqrt(Math.PI / 2), 14);
    for (const x of [0.5, 1, 2.9, 3, 3.1, 5, 10, 20, 35]) {
      const direct = (normalCdf(-x) * Math.sqrt(2 * Math.PI)) / Math.exp((-x * x) / 2);
      expect(Math.abs(millsRatio(x) / direct - 1)).toBeLessThan(1e-12);
    }
  });

  it('follows 1/x − 1/x³ + 3/x⁵ for large x and stays finite where Φ underflows', () => {
    for (const x of [50, 100, 1000]) {
      const series = 1 / x - 1 / x ** 3 + 3 / x ** 5 - 15 / x ** 7;
      expect(Math.abs(millsRatio(x) / series - 1)).toBeLessThan(1e-10);
    }
  });

  it('rejects negative or non-finite input', () => {
    expect(() => millsRatio(-1)).toThrow(RangeError);
    expect(() => millsRatio(Number.NaN)).toThrow(RangeError);
  });
});
