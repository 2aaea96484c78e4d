import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { varianceRatioTest } from './variance-ratio-test.js';

describe('varianceRatioTest', () => {
  it('matches scipy (F = s²x/s²y, p = f.sf(F, 4, 5))', () => {
    const r = varianceRatioTest([1, 5, 9, 2, 7], [3, 4, 3.5, 4.2, 3.9, 4.1]);
    expect(Math.abs(r.f - 54.45705024311184) / 54.45705024311184).toBeLessThan(1e-13);
    expect(Math.abs(r.pValueGreater - 0.0002597469956587347) / 0.0002597469956587347).toBeLessThan(1e-11);
    expect(Math.abs(r.pValueGreater + r.pValueLess - 1)).toBeLessThan(1e-15);
    expect(r.df1).toBe(4);
    expect(r.df2).toBe(5);
  });

  it('has false-alarm rate ≈ 0.05 for normal data with equal variances (2000 replicates)', () => {
    // The F test is exact for normal data: rejections ~ Binomial(2000, 0.05), band [60, 140] = ±4.1 sd.
    const rng = createRng('variance-ratio-null');
    let rejections = 0;
    for (let rep = 0; rep < 2000; rep++) {
      const x = rng.fillNormal(new Float64Array(7), 2);
      const y = rng.fillNormal(new Float64Array(11), 2);
      if (varianceRatioTest(x, y).pValueGreater < 0.05) rejections++;
    }
    expect(rejections).toBeGreaterThan(60);
    expect(rejections).toBeLessThan(140);
  });

  it('rejects a constant y', () => {
    expect(() => varianceRatioTest([1, 2], [3, 3])).toThrow(RangeError);
  });
});
