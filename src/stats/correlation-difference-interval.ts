import { checkLevel } from './check-level.js';
import { fisherZInterval } from './fisher-z-interval.js';

/**
 * Confidence interval for ρ1 − ρ2, the difference of two correlations from INDEPENDENT samples (sample correlations
 * r1 of n1 pairs and r2 of n2 pairs), by Zou's method (G. Y. Zou 2007, "Toward using confidence intervals to
 * compare correlations", Psychological Methods 12(4), eq. 8–9): with (l_i, u_i) the Fisher-z intervals of ρ_i at the
 * same confidence,
 *   L = r1 − r2 − √((r1 − l1)² + (u2 − r2)²),   U = r1 − r2 + √((u1 − r1)² + (r2 − l2)²).
 * Unlike a Wald interval on r1 − r2 it respects the bounded, skewed range of r; unlike Fisher's z-test it is an
 * interval on the correlation scale, so it measures an effect size (how much the correlation dropped).
 *
 * @example correlationDifferenceInterval(0.76, 1000, 0.41, 1000, 0.9) // ≈ { lower: 0.3018, upper: 0.3990 }
 */
export function correlationDifferenceInterval(
  r1: number,
  n1: number,
  r2: number,
  n2: number,
  confidence: number,
): { lower: number; upper: number } {
  checkLevel(confidence);
  const a = fisherZInterval(r1, n1, confidence);
  const b = fisherZInterval(r2, n2, confidence);
  const d = r1 - r2;
  return {
    lower: d - Math.sqrt((r1 - a.lower) ** 2 + (b.upper - r2) ** 2),
    upper: d + Math.sqrt((a.upper - r1) ** 2 + (r2 - b.lower) ** 2),
  };
}
