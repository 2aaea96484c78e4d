import { checkSample } from './check-sample.js';
import { fCdf } from './f-cdf.js';
import { variance } from './variance.js';

/**
 * F test for the ratio of two normal variances: F = s²x/s²y ~ F(nx − 1, ny − 1) under H0: σx² = σy².
 * pValueGreater is for H1: σx² > σy² (P(F ≥ f), computed as fCdf(1/f, ny − 1, nx − 1) for accuracy),
 * pValueLess for H1: σx² < σy². Very sensitive to non-normality; prefer brownForsytheTest otherwise.
 * Needs n ≥ 2 in each sample and s²y > 0.
 *
 * @example varianceRatioTest([1, 5, 9, 2], [3, 4, 3.5, 4.2]).f
 */
export function varianceRatioTest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { f: number; df1: number; df2: number; pValueGreater: number; pValueLess: number; pValueTwoSided: number } {
  checkSample(x, 2, 'x');
  checkSample(y, 2, 'y');
  const vy = variance(y);
  if (vy === 0) throw new RangeError('varianceRatioTest: y is constant, the variance ratio is undefined');
  const f = variance(x) / vy;
  const df1 = x.length - 1;
  const df2 = y.length - 1;
  const pValueLess = fCdf(f, df1, df2);
  const pValueGreater = f === 0 ? 1 : fCdf(1 / f, df2, df1);
  return {
    f,
    df1,
    df2,
    pValueGreater,
    pValueLess,
    pValueTwoSided: Math.min(1, 2 * Math.min(pValueLess, pValueGreater)),
  };
}
