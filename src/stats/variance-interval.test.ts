import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { varianceInterval } from './variance-interval.js';

describe('varianceInterval', () => {
  it('matches the closed form with scipy chi-square quantiles', () => {
    const r = varianceInterval([1, 2, 3, 4, 5], 0.95);
    expect(r.estimate).toBe(2.5);
    expect(Math.abs(r.lower - 0.8974012960218245)).toBeLessThan(1e-13);
    expect(Math.abs(r.upper - 20.643304955356687)).toBeLessThan(1e-11);
  });

  it('covers σ² = 4 at the nominal 90% rate for normal data (2000 samples of n = 8)', () => {
    // The interval is exact for normal data: misses ~ Binomial(2000, 0.1), mean 200, sd 13.4;
    // band [150, 250] is ±3.7 sd, false-alarm rate ≈ 2e-4.
    const rng = createRng('variance-interval-coverage');
    let misses = 0;
    for (let rep = 0; rep < 2000; rep++) {
      const x = rng.fillNormal(new Float64Array(8), 2);
      const { lower, upper } = varianceInterval(x, 0.9);
      if (4 < lower || 4 > upper) misses++;
    }
    expect(misses).toBeGreaterThan(150);
    expect(misses).toBeLessThan(250);
  });

  it('rejects samples shorter than 2', () => {
    expect(() => varianceInterval([1], 0.9)).toThrow(RangeError);
  });
});
