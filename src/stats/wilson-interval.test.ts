import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson-interval.js';

// Reference values: the Wilson formula evaluated in numpy with scipy's normal quantile.
describe('wilsonInterval', () => {
  it('matches reference values', () => {
    const cases: [number, number, number, number, number][] = [
      [3, 10, 0.95, 0.10779126740630102, 0.6032218525388546],
      [0, 10, 0.95, 0, 0.27753279986288926],
      [47, 200, 0.9, 0.1894249200513078, 0.2876490750957233],
    ];
    for (const [x, n, c, lo, hi] of cases) {
      const r = wilsonInterval(x, n, c);
      expect(Math.abs(r.lower - lo)).toBeLessThan(1e-14);
      expect(Math.abs(r.upper - hi)).toBeLessThan(1e-14);
    }
  });

  it('is symmetric: interval(n − x) = 1 − interval(x), and contains the estimate', () => {
    for (let x = 0; x <= 12; x++) {
      const a = wilsonInterval(x, 12, 0.95);
      const b = wilsonInterval(12 - x, 12, 0.95);
      expect(Math.abs(a.lower - (1 - b.upper))).toBeLessThan(1e-14);
      expect(a.lower).toBeLessThanOrEqual(x / 12);
      expect(a.upper).toBeGreaterThanOrEqual(x / 12);
    }
  });

  it('rejects invalid counts', () => {
    expect(() => wilsonInterval(11, 10, 0.95)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10, 0.95)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 0, 0.95)).toThrow(RangeError);
  });
});
