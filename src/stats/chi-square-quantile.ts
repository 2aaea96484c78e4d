import quantile from '@stdlib/stats-base-dists-chisquare-quantile';
import { checkLevel } from './check-level.js';

/**
 * Quantile of the chi-square distribution with k > 0 degrees of freedom: x with P(X ≤ x) = p, p ∈ (0, 1), from
 * @stdlib/stats-base-dists-chisquare-quantile.
 *
 * @example chiSquareQuantile(0.95, 1) // 3.841458820694124
 */
export function chiSquareQuantile(p: number, df: number): number {
  checkLevel(p, 'p');
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`chiSquareQuantile: bad degrees of freedom ${df}`);
  return quantile(p, df);
}
