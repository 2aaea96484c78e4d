import quantile from '@stdlib/stats-base-dists-t-quantile';
import { checkLevel } from './check-level.js';

/**
 * Quantile of Student's t with ν > 0 degrees of freedom: the t with P(T ≤ t) = p, p ∈ (0, 1), from
 * @stdlib/stats-base-dists-t-quantile. By symmetry it evaluates the lower half (p ≤ ½) and negates, so the two
 * tails are equally accurate.
 *
 * @example studentTQuantile(0.975, 10) // 2.228138851986274
 */
export function studentTQuantile(p: number, df: number): number {
  checkLevel(p, 'p');
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`studentTQuantile: bad degrees of freedom ${df}`);
  if (p === 0.5) return 0;
  if (p > 0.5) return -studentTQuantile(1 - p, df);
  return quantile(p, df);
}
