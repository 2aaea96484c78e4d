import { checkLevel } from './check-level.js';
import { checkPValues } from './check-p-values.js';

/**
 * Bonferroni correction: adjusted pᵢ = min(1, m·pᵢ), reject Hᵢ iff adjusted pᵢ ≤ α. Controls the
 * family-wise error rate at α under any dependence (Holm is uniformly more powerful).
 *
 * @example bonferroni([0.01, 0.04], 0.05) // reject [true, false], adjusted [0.02, 0.08]
 */
export function bonferroni(pValues: ArrayLike<number>, alpha: number): { reject: boolean[]; adjusted: number[] } {
  checkPValues(pValues);
  checkLevel(alpha, 'alpha');
  const m = pValues.length;
  const adjusted = Array.from(pValues, (p) => Math.min(1, m * p));
  return { reject: adjusted.map((p) => p <= alpha), adjusted };
}
