import { adaptiveSimpson } from './adaptive-simpson.js';
import { eInfinity } from './e-infinity.js';
import { assertFiniteLevel } from './theory-arguments.js';

/**
 * The rate function I₁(u) of the large deviations of the smallest eigenvalue of the GOE, in the scaling of
 * the p-spin Hessian (Auffinger–Ben Arous–Černý 2013, eq. (2.7); Choromanska et al. 2015, section 4).
 * Defined for u ≤ −E_∞ only, where E = E_∞(p):
 *
 *     I₁(u) = −(u/E²)·√(u² − E²) − log(−u + √(u² − E²)) + log E
 *           = (2/E²) ∫_u^{−E} √(z² − E²) dz.
 *
 * (The two agree: both vanish at u = −E and both have derivative −(2/E²)√(u² − E²).) I₁ is 0 at −E_∞ and
 * strictly decreasing, hence positive, below it; I₁(u) ≈ (4√2/3)·E^{-3/2}·(−u − E)^{3/2} near the edge.
 */
function checkedSquareRootTerms(u: number, p: number): { e: number; s: number } {
  assertFiniteLevel(u);
  const e = eInfinity(p);
  if (u > -e) throw new RangeError(`the rate function is defined for u ≤ −E_∞(${p}) = ${-e}, got u = ${u}`);
  // √(u² − E²) as √((−u − E)(−u + E)): no cancellation in u² − E² near the edge.
  return { e, s: Math.sqrt((-u - e) * (-u + e)) };
}

/** I₁(u) by the closed form; log(−u + s) − log E is computed as log1p((−u − E + s)/E) for accuracy near −E_∞. */
export function rateFunction(u: number, p: number): number {
  const { e, s } = checkedSquareRootTerms(u, p);
  return (-u / (e * e)) * s - Math.log1p((-u - e + s) / e);
}

/**
 * I₁(u) by numerical integration of (2/E²) ∫_u^{−E} √(z² − E²) dz. The integrand has a square-root zero at
 * z = −E, which spoils Simpson's error order; the substitution z = −E − v² removes it:
 * √(z² − E²) dz ↦ 2v²·√(2E + v²) dv on v ∈ [0, √(−u − E)], a smooth integrand.
 */
export function rateFunctionIntegral(u: number, p: number): number {
  const { e } = checkedSquareRootTerms(u, p);
  const upper = Math.sqrt(-u - e);
  const integrand = (v: number) => 2 * v * v * Math.sqrt(2 * e + v * v);
  // Absolute tolerance relative to the size of the integral (≤ upper · integrand(upper)).
  const tolerance = 1e-15 * (1 + upper * integrand(upper));
  const integral = adaptiveSimpson(integrand, 0, upper, { tolerance });
  return (2 / (e * e)) * integral;
}
