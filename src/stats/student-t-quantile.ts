import { checkLevel } from './check-level.js';
import { findRoot } from './find-root.js';
import { normalQuantile } from './normal-quantile.js';
import { studentTCdf } from './student-t-cdf.js';
import { studentTDensity } from './student-t-density.js';

/**
 * Quantile of Student's t with ν > 0 degrees of freedom: the t with P(T ≤ t) = p, p ∈ (0, 1).
 * Safeguarded Newton on {@link studentTCdf} started from the normal quantile; by symmetry it solves
 * the lower half (p ≤ ½) and negates. Relative accuracy ~1e-13.
 *
 * @example studentTQuantile(0.975, 10) // 2.228138851986274
 */
export function studentTQuantile(p: number, df: number): number {
  checkLevel(p, 'p');
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`studentTQuantile: bad degrees of freedom ${df}`);
  if (p === 0.5) return 0;
  if (p > 0.5) return -studentTQuantile(1 - p, df);
  return findRoot((t) => studentTCdf(t, df) - p, Number.NEGATIVE_INFINITY, 0, {
    derivative: (t) => studentTDensity(t, df),
    start: normalQuantile(p),
  });
}
