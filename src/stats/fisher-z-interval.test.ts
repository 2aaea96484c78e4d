import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { fisherZInterval } from './fisher-z-interval.js';
import { pearson } from './pearson.js';

describe('fisherZInterval', () => {
  it('matches the closed form tanh(atanh r ± z/√(n−3)) (values from numpy)', () => {
    const { lower, upper } = fisherZInterval(0.5, 30, 0.95);
    expect(Math.abs(lower - 0.17043136511180015)).toBeLessThan(1e-14);
    expect(Math.abs(upper - 0.7289585563883555)).toBeLessThan(1e-14);
    expect(fisherZInterval(1, 10, 0.9)).toEqual({ lower: 1, upper: 1 });
  });

  it('covers ρ = 0.6 at about the nominal 90% rate (2000 bivariate-normal samples of n = 20)', () => {
    // Misses ~ Binomial(2000, 0.1) if the interval is exact: mean 200, sd 13.4. The band [150, 250] is
    // ±3.7 sd, false-alarm rate ≈ 2e-4 (Fisher's z is approximate, its miss rate at n = 20 is within 0.5%).
    const rng = createRng('fisher-z-coverage');
    const rho = 0.6;
    let misses = 0;
    for (let rep = 0; rep < 2000; rep++) {
      const x = new Float64Array(20);
      const y = new Float64Array(20);
      for (let i = 0; i < 20; i++) {
        x[i] = rng.normal();
        y[i] = rho * x[i] + Math.sqrt(1 - rho * rho) * rng.normal();
      }
      const { lower, upper } = fisherZInterval(pearson(x, y), 20, 0.9);
      if (rho < lower || rho > upper) misses++;
    }
    expect(misses).toBeGreaterThan(150);
    expect(misses).toBeLessThan(250);
  });

  it('rejects n ≤ 3, |r| > 1 and bad confidence', () => {
    expect(() => fisherZInterval(0.5, 3, 0.95)).toThrow(RangeError);
    expect(() => fisherZInterval(1.5, 10, 0.95)).toThrow(RangeError);
    expect(() => fisherZInterval(0.5, 10, 1)).toThrow(RangeError);
  });
});
