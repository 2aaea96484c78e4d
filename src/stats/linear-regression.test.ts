import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { linearRegression } from './linear-regression.js';

describe('linearRegression', () => {
  it('matches scipy.stats.linregress', () => {
    const r = linearRegression([0, 1, 2, 3, 4, 5.5], [1.2, 2.9, 5.1, 7.4, 8.8, 12.3]);
    expect(Math.abs(r.slope - 2.0169072164948454)).toBeLessThan(1e-13);
    expect(Math.abs(r.intercept - 1.0729896907216503)).toBeLessThan(1e-13);
    expect(Math.abs(r.slopeStandardError - 0.05699231646867134)).toBeLessThan(1e-13);
    expect(Math.abs(r.interceptStandardError - 0.1806006087208399)).toBeLessThan(1e-13);
    expect(Math.abs(r.rSquared - 0.9968162724961387)).toBeLessThan(1e-13);
    expect(Math.abs(r.slopePValue - 3.805086377236347e-6) / 3.805086377236347e-6).toBeLessThan(1e-9);
    expect(Math.abs(r.slopeInterval(0.95).lower - 1.8586711784015193)).toBeLessThan(1e-12);
    expect(r.df).toBe(4);
  });

  it('recovers an exact line with zero standard errors', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (a, b) => {
        const x = [0, 1, 2, 3, 4];
        const r = linearRegression(
          x,
          x.map((v) => a + b * v),
        );
        expect(Math.abs(r.slope - b)).toBeLessThan(1e-12);
        expect(Math.abs(r.intercept - a)).toBeLessThan(1e-12);
        expect(r.residualStandardError).toBeLessThan(1e-12);
      }),
      { seed: 111, numRuns: 100 },
    );
  });

  it('95% slope interval covers the true slope at the nominal rate (2000 replicates, n = 6)', () => {
    // Exact for normal errors: misses ~ Binomial(2000, 0.05), band [60, 140] = ±4.1 sd (false alarm ≈ 4e-5).
    const rng = createRng('ols-coverage');
    const x = [0, 1, 2, 3, 4, 5];
    let misses = 0;
    for (let rep = 0; rep < 2000; rep++) {
      const y = x.map((v) => 1 - 0.7 * v + 0.5 * rng.normal());
      const { lower, upper } = linearRegression(x, y).slopeInterval(0.95);
      if (-0.7 < lower || -0.7 > upper) misses++;
    }
    expect(misses).toBeGreaterThan(60);
    expect(misses).toBeLessThan(140);
  });

  it('rejects constant x, short input and unequal lengths', () => {
    expect(() => linearRegression([1, 1, 1], [1, 2, 3])).toThrow(RangeError);
    expect(() => linearRegression([1, 2], [1, 2])).toThrow(RangeError);
    expect(() => linearRegression([1, 2, 3], [1, 2])).toThrow(RangeError);
  });
});
