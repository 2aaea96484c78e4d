import { checkLevel } from './check-level.js';
import { chiSquareQuantile } from './chi-square-quantile.js';
import { variance } from './variance.js';

/**
 * Confidence interval for the variance σ² of a normal population from a sample of size n ≥ 2:
 * (n − 1)s²/σ² ~ χ²_{n−1}, so [(n − 1)s²/χ²_{n−1}((1 + c)/2), (n − 1)s²/χ²_{n−1}((1 − c)/2)].
 * Sensitive to non-normality (use bootstrapInterval then).
 *
 * @example varianceInterval([1, 2, 3, 4, 5], 0.95) // { estimate: 2.5, lower: 0.8974…, upper: 20.643… }
 */
export function varianceInterval(
  sample: ArrayLike<number>,
  confidence: number,
): { estimate: number; lower: number; upper: number } {
  checkLevel(confidence);
  const s2 = variance(sample);
  const df = sample.length - 1;
  return {
    estimate: s2,
    lower: (df * s2) / chiSquareQuantile((1 + confidence) / 2, df),
    upper: (df * s2) / chiSquareQuantile((1 - confidence) / 2, df),
  };
}
