import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { poissonUpperQuantile } from './poisson-upper-quantile.js';

/** P(X > q) for X ~ Poisson(μ), by direct summation (reference). */
function tail(mu: number, q: number): number {
  let p = Math.exp(-mu);
  let cdf = p;
  for (let k = 1; k <= q; k++) {
    p *= mu / k;
    cdf += p;
  }
  return 1 - cdf;
}

describe('poissonUpperQuantile', () => {
  it('is the smallest q with P(X > q) ≤ α (closed-form tails)', () => {
    expect(poissonUpperQuantile(1, 0.05)).toBe(3);
    expect(poissonUpperQuantile(0, 0.05)).toBe(0);
    // μ = 0.01: P(X > 0) = 1 − e^{−0.01} ≈ 0.00995 > 0.001, P(X > 1) ≈ 5e-5.
    expect(poissonUpperQuantile(0.01, 0.001)).toBe(1);
    expect(poissonUpperQuantile(0.01, 0.01)).toBe(0);
    for (const mu of [0.2, 1, 3.8, 10, 50]) {
      for (const a of [0.1, 0.01, 0.002]) {
        const q = poissonUpperQuantile(mu, a);
        expect(tail(mu, q)).toBeLessThanOrEqual(a);
        if (q > 0) expect(tail(mu, q - 1)).toBeGreaterThan(a);
      }
    }
  });

  it('a simulated Poisson count exceeds it in at most α of the draws', () => {
    const rng = createRng('poisson-quantile');
    const mu = 3.8;
    const q = poissonUpperQuantile(mu, 0.05);
    let over = 0;
    const trials = 20_000;
    for (let t = 0; t < trials; t++) {
      // Knuth's product method.
      let k = 0;
      let prod = rng.uniform();
      while (prod > Math.exp(-mu)) {
        k++;
        prod *= rng.uniform();
      }
      if (k > q) over++;
    }
    // True size P(X > q) = tail(mu, q) ≤ 0.05; 4 binomial sds of margin.
    const size = tail(mu, q);
    expect(over / trials).toBeLessThan(size + 4 * Math.sqrt((size * (1 - size)) / trials));
  });

  it('rejects a bad mean or level', () => {
    expect(() => poissonUpperQuantile(-1, 0.05)).toThrow(RangeError);
    expect(() => poissonUpperQuantile(1, 1.5)).toThrow(RangeError);
  });
});
