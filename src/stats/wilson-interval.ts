import { checkCount } from './check-count.js';
import { checkLevel } from './check-level.js';
import { normalQuantile } from './normal-quantile.js';

/**
 * Wilson score interval for a binomial proportion: with p̂ = x/n and z = Φ⁻¹((1 + c)/2),
 *   centre = (x + z²/2)/(n + z²),  half-width = z/(n + z²) · √(x(n − x)/n + z²/4).
 * Approximate (coverage close to c even for small n; better than Wald). Clamped to [0, 1].
 *
 * @example wilsonInterval(0, 10, 0.95) // { lower: 0, upper: 0.27753… }
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  confidence: number,
): { lower: number; upper: number } {
  checkCount(successes, trials);
  checkLevel(confidence);
  const z = normalQuantile((1 + confidence) / 2);
  const z2 = z * z;
  const n = trials;
  const centre = (successes + z2 / 2) / (n + z2);
  const half = (z / (n + z2)) * Math.sqrt((successes * (n - successes)) / n + z2 / 4);
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === n ? 1 : Math.min(1, centre + half),
  };
}
