import cdf from '@stdlib/stats-base-dists-f-cdf';

/**
 * Distribution function of Fisher's F with (d₁, d₂) degrees of freedom, from @stdlib/stats-base-dists-f-cdf;
 * 0 for x ≤ 0. The upper tail is most accurately P(F_{d₁,d₂} > x) = fCdf(1/x, d₂, d₁).
 *
 * @example fCdf(1, 5, 5) // 0.5
 */
export function fCdf(x: number, df1: number, df2: number): number {
  if (!(df1 > 0 && df2 > 0) || !Number.isFinite(df1) || !Number.isFinite(df2)) {
    throw new RangeError(`fCdf: degrees of freedom must be positive and finite, got ${df1}, ${df2}`);
  }
  if (Number.isNaN(x)) throw new RangeError('fCdf: x is NaN');
  if (x <= 0) return 0;
  return cdf(x, df1, df2);
}
