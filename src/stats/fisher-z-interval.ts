import { checkLevel } from './check-level.js';
import { normalQuantile } from './normal-quantile.js';

/**
 * Confidence interval for a correlation ρ from the sample correlation r of n bivariate-normal pairs, by
 * Fisher's z-transform: atanh(r) ≈ N(atanh ρ, 1/(n − 3)), so
 *   [tanh(atanh r − z_{(1+c)/2}/√(n − 3)), tanh(atanh r + z_{(1+c)/2}/√(n − 3))].
 * Needs n > 3 and r ∈ [−1, 1] (r = ±1 gives the degenerate interval [r, r]).
 *
 * @example fisherZInterval(0.5, 30, 0.95) // { lower: 0.17043…, upper: 0.72896… }
 */
export function fisherZInterval(r: number, n: number, confidence: number): { lower: number; upper: number } {
  if (typeof r !== 'number' || !(r >= -1 && r <= 1))
    throw new RangeError(`fisherZInterval: r must be in [−1, 1], got ${r}`);
  if (!Number.isInteger(n) || n <= 3) throw new RangeError(`fisherZInterval: n must be an integer > 3, got ${n}`);
  checkLevel(confidence);
  const z = Math.atanh(r);
  const half = normalQuantile((1 + confidence) / 2) / Math.sqrt(n - 3);
  return { lower: Math.tanh(z - half), upper: Math.tanh(z + half) };
}
