import quantile from '@stdlib/stats-base-dists-beta-quantile';
import { checkLevel } from './check-level.js';

/**
 * Quantile of the Beta(a, b) distribution: x ∈ [0, 1] with I_x(a, b) = p (p = 0 → 0, p = 1 → 1), from
 * @stdlib/stats-base-dists-beta-quantile (Boost's ibeta_inv).
 *
 * @example betaQuantile(0.5, 2, 2) // 0.5
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new RangeError(`betaQuantile: p must be in [0, 1], got ${p}`);
  if (!(a > 0 && b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`betaQuantile: a and b must be positive and finite, got a=${a}, b=${b}`);
  }
  if (p === 0) return 0;
  if (p === 1) return 1;
  checkLevel(p, 'p');
  return quantile(p, a, b);
}
