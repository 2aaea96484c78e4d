import { describe, expect, it } from 'vitest';
import { linearRegression } from './linear-regression.js';
import { weightedLinearRegression } from './weighted-linear-regression.js';

describe('weightedLinearRegression', () => {
  const x = [0, 1, 2, 3, 4, 5.5];
  const y = [1.2, 2.9, 5.1, 7.4, 8.8, 12.3];

  it('matches the normal equations (XᵀWX)⁻¹XᵀWy with s²(XᵀWX)⁻¹ covariance (numpy)', () => {
    const r = weightedLinearRegression(x, y, [1, 2, 1, 3, 0.5, 1]);
    expect(Math.abs(r.intercept - 1.0401888064733662)).toBeLessThan(1e-13);
    expect(Math.abs(r.slope - 2.056507080242751)).toBeLessThan(1e-13);
    expect(Math.abs(r.slopeStandardError - 0.061099041165676646)).toBeLessThan(1e-13);
    expect(Math.abs(r.interceptStandardError - 0.1768957367340367)).toBeLessThan(1e-13);
  });

  it('equals OLS with equal weights (any common scale) and OLS on duplicated rows with weight 2', () => {
    const ols = linearRegression(x, y);
    const w = weightedLinearRegression(x, y, new Array(6).fill(7.5));
    expect(Math.abs(w.slope - ols.slope)).toBeLessThan(1e-13);
    expect(Math.abs(w.slopeStandardError - ols.slopeStandardError)).toBeLessThan(1e-13);
    const dupX = [...x, x[2]];
    const dupY = [...y, y[2]];
    const dup = linearRegression(dupX, dupY);
    const weighted = weightedLinearRegression(x, y, [1, 1, 2, 1, 1, 1]);
    expect(Math.abs(dup.slope - weighted.slope)).toBeLessThan(1e-13);
    expect(Math.abs(dup.intercept - weighted.intercept)).toBeLessThan(1e-13);
  });

  it('rejects non-positive weights', () => {
    expect(() => weightedLinearRegression([1, 2, 3], [1, 2, 4], [1, 0, 1])).toThrow(RangeError);
  });
});
