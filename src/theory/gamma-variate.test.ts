import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { chiSquareVariate, gammaVariate } from './gamma-variate.js';

describe('gammaVariate (Marsaglia–Tsang)', () => {
  // Gamma(a, 1) has mean a and variance a; the fourth central moment is 3a² + 6a, so the sample variance of
  // S draws has s.e. √((3a² + 6a − a²)/S). Rule: |z| < 4.42 for the mean and the variance at each shape
  // (α = 1e-5 per comparison, normal approximation with S = 40000; 8 comparisons, family-wise ≤ 1e-4).
  it.each([0.5, 1, 3.5, 200])('shape %d: sample mean and variance match a and a', (a) => {
    const rng = createRng(`gamma-${a}`);
    const s = 40000;
    const x = Array.from({ length: s }, () => gammaVariate(a, rng));
    const mean = x.reduce((t, v) => t + v, 0) / s;
    const variance = x.reduce((t, v) => t + (v - mean) ** 2, 0) / (s - 1);
    expect(Math.abs(mean - a) / Math.sqrt(a / s)).toBeLessThan(4.42);
    expect(Math.abs(variance - a) / Math.sqrt((2 * a * a + 6 * a) / s)).toBeLessThan(4.42);
    expect(Math.min(...x)).toBeGreaterThan(0);
  });

  it('chi-square with df degrees of freedom has mean df; same seed, same numbers', () => {
    const a = createRng('chi');
    const b = createRng('chi');
    const xs = Array.from({ length: 20000 }, () => chiSquareVariate(7, a));
    expect(Array.from({ length: 20000 }, () => chiSquareVariate(7, b))).toEqual(xs);
    const mean = xs.reduce((t, v) => t + v, 0) / xs.length;
    expect(Math.abs(mean - 7) / Math.sqrt(14 / xs.length)).toBeLessThan(4.42);
  });

  it('rejects a non-positive shape', () => {
    expect(() => gammaVariate(0, createRng('x'))).toThrow(RangeError);
    expect(() => gammaVariate(Number.NaN, createRng('x'))).toThrow(RangeError);
  });
});
