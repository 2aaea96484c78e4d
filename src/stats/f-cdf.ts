import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';

/**
 * Distribution function of Fisher's F with (d₁, d₂) degrees of freedom:
 * P(F ≤ x) = I_{d₁x/(d₁x + d₂)}(d₁/2, d₂/2); 0 for x ≤ 0. The upper tail is most accurately
 * P(F_{d₁,d₂} > x) = fCdf(1/x, d₂, d₁).
 *
 * @example fCdf(1, 5, 5) // 0.5
 */
export function fCdf(x: number, df1: number, df2: number): number {
  if (!(df1 > 0 && df2 > 0) || !Number.isFinite(df1) || !Number.isFinite(df2)) {
    throw new RangeError(`fCdf: degrees of freedom must be positive and finite, got ${df1}, ${df2}`);
  }
  if (Number.isNaN(x)) throw new RangeError('fCdf: x is NaN');
  if (x <= 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  // Compute both the argument and its complement directly to avoid cancellation.
  const u = df1 * x;
  if (u <= df2) return regularizedIncompleteBeta(u / (u + df2), df1 / 2, df2 / 2);
  return 1 - regularizedIncompleteBeta(df2 / (u + df2), df2 / 2, df1 / 2);
}
