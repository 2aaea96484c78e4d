import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { bootstrapInterval } from './bootstrap-interval.js';
import { mean } from './mean.js';

describe('bootstrapInterval', () => {
  it('is deterministic given the seed and brackets the estimate', () => {
    const sample = [3.1, 2.7, 5.0, 4.4, 3.9, 4.1, 2.2, 3.3];
    const a = bootstrapInterval(sample, mean, { rng: createRng('boot'), resamples: 500, confidence: 0.9 });
    const b = bootstrapInterval(sample, mean, { rng: createRng('boot'), resamples: 500, confidence: 0.9 });
    expect(a).toEqual(b);
    expect(a.estimate).toBe(mean(sample));
    expect(a.lower).toBeLessThan(a.estimate);
    expect(a.upper).toBeGreaterThan(a.estimate);
  });

  it('gives the degenerate interval on a constant sample', () => {
    const r = bootstrapInterval([2, 2, 2], mean, { rng: createRng('c'), resamples: 50 });
    expect(r).toEqual({ estimate: 2, lower: 2, upper: 2 });
  });

  it('covers the mean of N(1, 1) at about 90% (300 samples of n = 40, 400 resamples each)', () => {
    // The percentile bootstrap of the mean at n = 40 has true coverage ≈ 0.88–0.90. Misses ~ Binomial(300, q)
    // with q ≤ 0.12: mean ≤ 36, sd ≤ 5.6. Bounds [10, 60] are beyond ±4 sd (false alarm < 1e-4).
    const rng = createRng('bootstrap-coverage');
    let misses = 0;
    for (let rep = 0; rep < 300; rep++) {
      const x = rng.fillNormal(new Float64Array(40)).map((v) => v + 1);
      const { lower, upper } = bootstrapInterval(x, mean, { rng, resamples: 400, confidence: 0.9 });
      if (1 < lower || 1 > upper) misses++;
    }
    expect(misses).toBeGreaterThan(10);
    expect(misses).toBeLessThan(60);
  });

  it('rejects bad options', () => {
    expect(() => bootstrapInterval([], mean, { rng: createRng('x') })).toThrow(RangeError);
    expect(() => bootstrapInterval([1, 2], mean, { rng: createRng('x'), resamples: 1 })).toThrow(RangeError);
  });
});
