import cdf from '@stdlib/stats-base-dists-chisquare-cdf';

/**
 * Distribution function of the chi-square distribution with k > 0 degrees of freedom, P(X ≤ x) = P(k/2, x/2),
 * from @stdlib/stats-base-dists-chisquare-cdf. 0 for x ≤ 0.
 *
 * @example chiSquareCdf(3.841458820694124, 1) // 0.95
 */
export function chiSquareCdf(x: number, df: number): number {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`chiSquareCdf: bad degrees of freedom ${df}`);
  if (Number.isNaN(x)) throw new RangeError('chiSquareCdf: x is NaN');
  if (x <= 0) return 0;
  return cdf(x, df);
}
