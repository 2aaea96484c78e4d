import { checkLevel } from './check-level.js';
import { checkPValues } from './check-p-values.js';

/**
 * Holm's step-down multiple-testing procedure (controls the family-wise error rate at α under any
 * dependence). Sort p₍₁₎ ≤ … ≤ p₍ₘ₎; adjusted p₍ₖ₎ = max_{j ≤ k} min(1, (m − j + 1)·p₍ⱼ₎); reject H₍ₖ₎ iff
 * its adjusted p-value ≤ α (equivalently: reject while p₍ₖ₎ ≤ α/(m − k + 1), stop at the first failure).
 * Results are in the input order.
 *
 * @example holmBonferroni([0.01, 0.04, 0.03], 0.05) // reject [true, false, false], adjusted [0.03, 0.06, 0.06]
 */
export function holmBonferroni(pValues: ArrayLike<number>, alpha: number): { reject: boolean[]; adjusted: number[] } {
  checkPValues(pValues);
  checkLevel(alpha, 'alpha');
  const m = pValues.length;
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
  const adjusted = new Array<number>(m);
  let running = 0;
  for (let k = 0; k < m; k++) {
    const i = order[k];
    running = Math.max(running, Math.min(1, (m - k) * pValues[i]));
    adjusted[i] = running;
  }
  return { reject: adjusted.map((p) => p <= alpha), adjusted };
}
