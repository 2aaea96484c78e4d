import { describe, expect, it } from 'vitest';
import { chiSquareCdf } from './chi-square-cdf.js';
import { normalCdf } from './normal-cdf.js';

// Reference values from scipy.stats.chi2.cdf.
const REFERENCE: [number, number, number][] = [
  [3.841458820694124, 1, 0.9500000000000001],
  [1, 5, 0.03743422675270361],
  [30, 20, 0.9301463393005901],
  [0.01, 3, 0.0002651650586556101],
];

describe('chiSquareCdf', () => {
  it('matches reference values to 1e-12 relative', () => {
    for (const [x, df, v] of REFERENCE) expect(Math.abs(chiSquareCdf(x, df) - v) / v).toBeLessThan(1e-12);
  });

  it('has closed forms: k = 2 is exponential, k = 1 is a squared normal', () => {
    for (const x of [0.1, 1, 4, 20]) {
      expect(Math.abs(chiSquareCdf(x, 2) - (1 - Math.exp(-x / 2)))).toBeLessThan(1e-14);
      expect(Math.abs(chiSquareCdf(x, 1) - (2 * normalCdf(Math.sqrt(x)) - 1))).toBeLessThan(1e-14);
    }
    expect(chiSquareCdf(-1, 3)).toBe(0);
    expect(() => chiSquareCdf(1, 0)).toThrow(RangeError);
  });
});
