import { eInfinity } from './e-infinity.js';
import { rateFunction } from './rate-function.js';
import { assertFiniteLevel, assertIndex, assertSpinOrder } from './theory-arguments.js';

/**
 * Complexity functions of the spherical pure p-spin glass (Auffinger–Ben Arous–Černý 2013, Theorems 2.5 and
 * 2.8; restated in Choromanska et al. 2015, section 4). With u the scaled energy H/N and Crt_N(u) the number of
 * critical points with H ≤ N·u,
 *
 *     lim (1/N) log E Crt_N(u) = Θ_p(u),        lim (1/N) log E Crt_{N,k}(u) = Θ_{k,p}(u)  (index k).
 *
 * Both are continuous in u and non-decreasing; where they are negative, critical points are exponentially rare.
 */

/** The (p−2)/(4(p−1))·u² term common to Θ_p and Θ_{k,p}. */
function quadraticTerm(u: number, p: number): number {
  return ((p - 2) / (4 * (p - 1))) * u * u;
}

/**
 * Θ_p(u), critical points of any index:
 *   ½log(p−1) − (p−2)/(4(p−1))·u² − I₁(u)   for u ≤ −E_∞,
 *   ½log(p−1) − (p−2)/(4(p−1))·u²           for −E_∞ ≤ u ≤ 0,
 *   ½log(p−1)                               for u ≥ 0.
 */
export function theta(u: number, p: number): number {
  assertSpinOrder(p);
  assertFiniteLevel(u);
  const base = 0.5 * Math.log(p - 1);
  if (u >= 0) return base;
  const e = eInfinity(p);
  if (u >= -e) return base - quadraticTerm(u, p);
  return base - quadraticTerm(u, p) - rateFunction(u, p);
}

/**
 * Θ_{k,p}(u), critical points of index k:
 *   ½log(p−1) − (p−2)/(4(p−1))·u² − (k+1)·I₁(u)   for u ≤ −E_∞,
 *   ½log(p−1) − (p−2)/p                           for u ≥ −E_∞.
 *
 * Typo note: the restatement of this formula in Choromanska et al. (2015, section 4) prints a wrong constant
 * for u ≥ −E_∞. The constant must make Θ_{k,p} continuous at −E_∞, where I₁ = 0 and
 * (p−2)/(4(p−1))·E_∞² = (p−2)/p; hence ½log(p−1) − (p−2)/p, which is what we use (and test).
 */
export function thetaK(u: number, p: number, k: number): number {
  assertSpinOrder(p);
  assertIndex(k);
  assertFiniteLevel(u);
  const base = 0.5 * Math.log(p - 1);
  const e = eInfinity(p);
  if (u >= -e) return base - (p - 2) / p;
  return base - quadraticTerm(u, p) - (k + 1) * rateFunction(u, p);
}
