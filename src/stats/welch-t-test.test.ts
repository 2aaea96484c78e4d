import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { welchTTest } from './welch-t-test.js';

describe('welchTTest', () => {
  it('matches scipy.stats.ttest_ind(equal_var=False)', () => {
    const a = welchTTest([1, 2, 3, 4], [3, 4, 5, 6, 7]);
    expect(Math.abs(a.t - -2.6111648393354674)).toBeLessThan(1e-13);
    expect(Math.abs(a.pValueTwoSided - 0.03493878235996401)).toBeLessThan(1e-13);
    expect(Math.abs(a.pValueLess - 0.017469391179982006)).toBeLessThan(1e-13);
    const b = welchTTest([2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8], [1.0, 1.5, 2.2, 0.7, 1.9, 2.5]);
    expect(Math.abs(b.t - 3.035592717883009)).toBeLessThan(1e-13);
    expect(Math.abs(b.df - 9.432054191430355)).toBeLessThan(1e-12);
    expect(Math.abs(b.pValueGreater - 0.006696877238474908)).toBeLessThan(1e-13);
    expect(Math.abs(b.pValueLess + b.pValueGreater - 1)).toBeLessThan(1e-15);
  });

  it('has false-alarm rate ≈ 0.05 under H0 with unequal variances (2000 replicates, n = 8 and 15)', () => {
    // Rejections ~ Binomial(2000, ≈0.05): mean 100, sd 9.7; band [60, 140] is ±4.1 sd (false alarm ≈ 4e-5).
    const rng = createRng('welch-null');
    let rejections = 0;
    for (let rep = 0; rep < 2000; rep++) {
      const x = rng.fillNormal(new Float64Array(8), 3);
      const y = rng.fillNormal(new Float64Array(15), 1);
      if (welchTTest(x, y).pValueGreater < 0.05) rejections++;
    }
    expect(rejections).toBeGreaterThan(60);
    expect(rejections).toBeLessThan(140);
  });

  it('rejects too-short or doubly constant samples', () => {
    expect(() => welchTTest([1], [1, 2])).toThrow(RangeError);
    expect(() => welchTTest([1, 1], [2, 2])).toThrow(RangeError);
  });
});
