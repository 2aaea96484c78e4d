import { normalCdf } from './normal-cdf.js';

/**
 * Test of H0: ρ₁ = ρ₂ for correlations r₁, r₂ from two independent samples of sizes n₁, n₂
 * (bivariate normal), by Fisher's z: z = (atanh r₁ − atanh r₂)/√(1/(n₁ − 3) + 1/(n₂ − 3)) ≈ N(0, 1) under H0.
 * pValueOneSided is for H1: ρ₁ > ρ₂ (= 1 − Φ(z)); pValueTwoSided = 2(1 − Φ(|z|)).
 * Needs n₁, n₂ > 3 and r's in (−1, 1).
 *
 * @example compareCorrelations(0.8, 50, 0.5, 50).pValueOneSided // 0.003874… (z = 2.6629)
 */
export function compareCorrelations(
  r1: number,
  n1: number,
  r2: number,
  n2: number,
): { z: number; pValueOneSided: number; pValueTwoSided: number } {
  for (const [r, name] of [
    [r1, 'r1'],
    [r2, 'r2'],
  ] as const) {
    if (typeof r !== 'number' || !(r > -1 && r < 1))
      throw new RangeError(`compareCorrelations: ${name} must be in (−1, 1), got ${r}`);
  }
  for (const [n, name] of [
    [n1, 'n1'],
    [n2, 'n2'],
  ] as const) {
    if (!Number.isInteger(n) || n <= 3)
      throw new RangeError(`compareCorrelations: ${name} must be an integer > 3, got ${n}`);
  }
  const z = (Math.atanh(r1) - Math.atanh(r2)) / Math.sqrt(1 / (n1 - 3) + 1 / (n2 - 3));
  return { z, pValueOneSided: normalCdf(-z), pValueTwoSided: Math.min(1, 2 * normalCdf(-Math.abs(z))) };
}
