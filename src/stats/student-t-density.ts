import { logGamma } from './log-gamma.js';

/**
 * Density of Student's t with ν degrees of freedom:
 *   f(t) = Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + t²/ν)^{−(ν+1)/2}.
 *
 * @example studentTDensity(0, 1) // 1/π
 */
export function studentTDensity(t: number, df: number): number {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`studentTDensity: bad degrees of freedom ${df}`);
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}
