import { checkLevel } from './check-level.js';

/**
 * The smallest integer q with P(X > q) ≤ α for X ~ Poisson(μ): a count above q is significant at level α
 * (one-sided, exact; the test's size is P(X > q) ≤ α, conservative because the distribution is discrete).
 * Summed from the mode outwards in log space (stable for μ up to about 1e8); μ = 0 gives q = 0.
 *
 * @example poissonUpperQuantile(1, 0.05) // 3 (P(X > 3) = 0.019, P(X > 2) = 0.080)
 */
export function poissonUpperQuantile(mean: number, alpha: number): number {
  if (!(mean >= 0) || !Number.isFinite(mean))
    throw new RangeError(`poissonUpperQuantile: mean must be ≥ 0, got ${mean}`);
  checkLevel(alpha);
  if (mean === 0) return 0;
  // pmf by recurrence p(k+1) = p(k)·μ/(k+1), started at k = 0 in log space.
  let logP = -mean;
  let cdf = Math.exp(logP);
  let q = 0;
  while (1 - cdf > alpha) {
    q++;
    logP += Math.log(mean) - Math.log(q);
    cdf += Math.exp(logP);
    if (q > 10 * mean + 1000) break;
  }
  return q;
}
