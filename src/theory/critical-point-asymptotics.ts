import { eInfinity } from './e-infinity.js';
import { EDGE_WINDOW, edgeVariable, logMinimaCountEdge } from './minima-count-edge.js';
import { assertFiniteLevel, assertIndex } from './theory-arguments.js';
import { theta, thetaK } from './theta.js';

/**
 * Asymptotics WITH prefactors of the mean numbers of critical points of the spherical pure p-spin glass (p ≥ 3)
 * below the level N·u: the curves of Choromanska et al. (2015), Fig. 1, which plots the "exact asymptotics" of
 * their supplement Theorems 11.1 and 11.2 (restating Auffinger–Ben Arous–Černý 2013) at Λ = N = 1000.
 *
 * PROVENANCE. We could not retrieve the printed statements of supplement Thm 11.1/11.2 (or of the ABC theorem
 * they restate), so the prefactors below are DERIVED HERE by Laplace's method from the exact finite-N formula
 * (expected-critical-point-count.ts)
 *
 *     E Crt_N(u) = 2N·√(2/p)·(p−1)^{N/2}·∫_{−∞}^{x_u} e^{−N g(x)} ρ_N(x) dx,   g(x) = (p−2)x²/(2p),  x_u = √(p/(2(p−1)))·u,
 *
 * using three large-N facts about ρ_N that the tests verify against the exact ρ_N (goe-density.test.ts):
 *   bulk   ρ_N(x) → √(2 − x²)/π (semicircle);
 *   edge   ρ_N(−√2) ≈ √2·N^{−1/3}·K, K = Ai′(0)² + Ai(0)/3 (GOE soft-edge density at s = 0);
 *   tail   ρ_N(x) ≈ N^{−1/2}·c(x)·e^{−N·I(x)} for |x| > √2, c(x) = 2^{−3/4}(2π)^{−1/2}(x²−2)^{−1/4}((|x| + √(x²−2))/√2)^{−1/2},
 *          I(x) = ∫_{√2}^{|x|} √(t² − 2) dt (= the project's rateFunction(u, p) at x = x_u).
 * Each regime is then checked against the exact count at N up to a few hundred (ratio → 1 as N grows,
 * critical-point-asymptotics.test.ts). Writing Θ = Θ_p(u) (theta.ts), v = |x_u|:
 *
 *   (a) u < −E_∞:       E Crt_N(u) ≈ 2√(2/p)·c(v) / ((p−2)v/p + √(v² − 2)) · N^{−1/2} · e^{N·Θ}
 *   (b) u = −E_∞:       E Crt_N(u) ≈ 2√(2p)·K/(p−2) · N^{−1/3} · e^{N·Θ},   Θ = ½log(p−1) − (p−2)/p
 *   (c) −E_∞ < u < 0:   E Crt_N(u) ≈ (2√2/π)·√(p(E_∞² − u²)) / ((p−2)|u|) · e^{N·Θ}
 *   (d) u > 0:          E Crt_N(u) ≈ 4√2/√(π(p−2)) · N^{1/2} · (p−1)^{N/2}     (half of it at u = 0)
 *
 * (the structure — N^{−1/2} below the threshold, an Airy constant and N^{−1/3} at it, N^0 in the band, N^{1/2}
 * above 0 — is that of ABC's exact asymptotics). These are not uniform near the regime boundaries (crossover
 * windows |u + E_∞| ~ N^{−2/3} and |u| ~ N^{−1/2}); use the exact formula there.
 *
 * Index k (Thm 11.2): E Crt_{N,k}(u) = 2√(2/p)(p−1)^{N/2}·E[e^{−N g(λ_k)}·1{λ_k ≤ x_u}], λ_k the (k+1)-th smallest
 * GOE eigenvalue. Minima (k = 0): deep below −E_∞ they are asymptotically all critical points, so (a) holds for
 * them; near and above −E_∞ the TW_1 soft-edge formula of minima-count-edge.ts (a plateau e^{NΘ_0 + c√N} above
 * the threshold, not e^{NΘ_0}). For k ≥ 1 we have no closed prefactor: logAsymptoticIndexCount returns the
 * leading order N·Θ_{k,p}(u), flagged 'leading-order-only'; finite-N values come from the GOE Monte Carlo
 * (index-count-monte-carlo.ts).
 */

/** Ai(0) and Ai′(0) (DLMF 9.2.3–9.2.4), to double precision. */
export const AIRY_AI_0 = 0.3550280538878172;
export const AIRY_AI_PRIME_0 = -0.2588194037928068;
/** K = Ai′(0)² + Ai(0)/3: the GOE soft-edge one-point density K_1(s, s) at s = 0. */
export const GOE_EDGE_DENSITY_AT_0 = AIRY_AI_PRIME_0 ** 2 + AIRY_AI_0 / 3;

export type CountRegime = 'below-threshold' | 'threshold' | 'band' | 'zero' | 'above-zero';

export interface AsymptoticCount {
  /** log of the asymptotic mean count. */
  logCount: number;
  regime: CountRegime;
  /** 'derived': with the prefactor derived above (tested against the exact count); else the leading order only. */
  prefactor: 'derived' | 'leading-order-only';
}

function assertAsymptoticArguments(n: number, p: number, u: number): void {
  if (!Number.isFinite(n) || n <= 0) throw new RangeError(`N must be a positive number, got ${n}`);
  if (!Number.isInteger(p) || p < 3) throw new RangeError(`the asymptotics need an integer p ≥ 3, got ${p}`);
  assertFiniteLevel(u);
}

/** The regime of u (exact comparisons: u = −E_∞ only at the double nearest −E_∞(p)). */
export function countRegime(u: number, p: number): CountRegime {
  const e = eInfinity(p);
  if (u < -e) return 'below-threshold';
  if (u === -e) return 'threshold';
  if (u < 0) return 'band';
  if (u === 0) return 'zero';
  return 'above-zero';
}

/** log E Crt_N(u), all indices: regimes (a)–(d) above, prefactors included. */
export function logAsymptoticCriticalPointCount(n: number, p: number, u: number): AsymptoticCount {
  assertAsymptoticArguments(n, p, u);
  const regime = countRegime(u, p);
  const logN = Math.log(n);
  const base = 0.5 * Math.log(p - 1);
  let logCount: number;
  switch (regime) {
    case 'below-threshold': {
      const v = Math.sqrt(p / (2 * (p - 1))) * -u;
      const s = Math.sqrt((v - Math.SQRT2) * (v + Math.SQRT2));
      const logC =
        -0.75 * Math.LN2 - 0.5 * Math.log(2 * Math.PI) - 0.25 * Math.log(s * s) - 0.5 * Math.log((v + s) / Math.SQRT2);
      logCount = Math.log(2 * Math.sqrt(2 / p)) + logC - Math.log(((p - 2) * v) / p + s) - 0.5 * logN + n * theta(u, p);
      break;
    }
    case 'threshold':
      logCount =
        Math.log((2 * Math.sqrt(2 * p) * GOE_EDGE_DENSITY_AT_0) / (p - 2)) - logN / 3 + n * (base - (p - 2) / p);
      break;
    case 'band': {
      const e = eInfinity(p);
      const pre = ((2 * Math.SQRT2) / Math.PI) * Math.sqrt(p * (e - u) * (e + u));
      logCount = Math.log(pre / ((p - 2) * -u)) + n * theta(u, p);
      break;
    }
    case 'zero':
    case 'above-zero':
      logCount =
        Math.log((4 * Math.SQRT2) / Math.sqrt(Math.PI * (p - 2))) +
        0.5 * logN +
        n * base -
        (regime === 'zero' ? Math.LN2 : 0);
      break;
  }
  return { logCount, regime, prefactor: 'derived' };
}

/**
 * log E Crt_{N,k}(u), index k. Minima (k = 0) with their prefactor: within the soft-edge window (ξ_u ≤ 4, which
 * covers every u ≥ −E_∞: the threshold, the band and above, where the count plateaus at e^{NΘ_0 + c√N}) the
 * TW_1 edge formula of minima-count-edge.ts; deeper below −E_∞ regime (a), the all-index count (minima are
 * asymptotically all critical points there). k ≥ 1: the leading order N·Θ_{k,p}(u) only (flagged); the finite-N
 * values come from the GOE Monte Carlo (index-count-monte-carlo.ts).
 */
export function logAsymptoticIndexCount(n: number, p: number, k: number, u: number): AsymptoticCount {
  assertAsymptoticArguments(n, p, u);
  assertIndex(k);
  const regime = countRegime(u, p);
  if (k === 0) {
    if (edgeVariable(n, p, u) <= EDGE_WINDOW)
      return { logCount: logMinimaCountEdge(n, p, u), regime, prefactor: 'derived' };
    return logAsymptoticCriticalPointCount(n, p, u);
  }
  return { logCount: n * thetaK(u, p, k), regime, prefactor: 'leading-order-only' };
}
