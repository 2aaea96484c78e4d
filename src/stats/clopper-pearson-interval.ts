import { betaQuantile } from './beta-quantile.js';
import { checkCount } from './check-count.js';
import { checkLevel } from './check-level.js';

/**
 * Exact (Clopper–Pearson) confidence interval for a binomial proportion, with α = 1 − c split equally:
 *   lower = B⁻¹(α/2; x, n − x + 1)   (0 when x = 0),
 *   upper = B⁻¹(1 − α/2; x + 1, n − x)   (1 when x = n).
 * Coverage is at least c for every true p (conservative). For a one-sided bound at level c, use the
 * matching end of the interval at level 2c − 1.
 *
 * @example clopperPearsonInterval(0, 10, 0.95) // { lower: 0, upper: 0.30849… } (= 1 − 0.025^{1/10})
 */
export function clopperPearsonInterval(
  successes: number,
  trials: number,
  confidence: number,
): { lower: number; upper: number } {
  checkCount(successes, trials);
  checkLevel(confidence);
  const alpha = 1 - confidence;
  const x = successes;
  const n = trials;
  return {
    lower: x === 0 ? 0 : betaQuantile(alpha / 2, x, n - x + 1),
    upper: x === n ? 1 : betaQuantile(1 - alpha / 2, x + 1, n - x),
  };
}
