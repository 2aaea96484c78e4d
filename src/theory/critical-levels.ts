import { findRoot } from '../stats/find-root.js';
import { eInfinity } from './e-infinity.js';
import { assertIndex, assertSpinOrder } from './theory-arguments.js';
import { thetaK } from './theta.js';

/**
 * E_k(p): the positive number such that −E_k is the unique zero of Θ_{k,p} on (−∞, −E_∞)
 * (Auffinger–Ben Arous–Černý 2013, section 2; Choromanska et al. 2015, section 4). Below −E_k·N critical
 * points of index k are exponentially rare. E_0 is the ground-state level: the minimum of H is ≈ −E_0·N.
 * E_0 > E_1 > E_2 > … > E_∞ and E_k → E_∞ as k → ∞: the layered band (−E_0, −E_∞) of low critical values.
 *
 * Existence and uniqueness for p ≥ 3: on u < −E_∞, dΘ_{k,p}/du = −(p−2)u/(2(p−1)) + (k+1)(2/E_∞²)√(u² − E_∞²) > 0,
 * Θ_{k,p} → −∞ as u → −∞, and Θ_{k,p}(−E_∞) = ½log(p−1) − (p−2)/p > 0 (it is 0 at p = 2 and its derivative
 * in p, 1/(2(p−1)) − 2/p², is ≥ 0). So bisection on a bracket [−E_∞ − 2^j, −E_∞] finds it.
 *
 * p = 2 (a quadratic form on the sphere: its 2N critical points are the eigenvectors, no exponential complexity):
 * Θ_{k,2} = −(k+1)·I₁ < 0 on (−∞, −√2) and = 0 on [−√2, ∞), so there is no zero on the open interval. We
 * return E_k(2) = E_∞(2) = √2, the limit of E_k(p) as p ↓ 2 and, in general, −sup{u : Θ_{k,p}(u) < 0}:
 * the band collapses to the single level −√2·N, which is indeed the ground state (λ_min of the GOE-like
 * coupling matrix) of the p = 2 model.
 */
export function criticalLevel(p: number, k: number): number {
  assertSpinOrder(p);
  assertIndex(k);
  const e = eInfinity(p);
  if (p === 2) return e;
  const f = (u: number) => thetaK(u, p, k);
  let width = 1;
  while (f(-e - width) >= 0) width *= 2;
  return -findRoot(f, -e - width, -e);
}

/** [E_0, E_1, …, E_kmax] for one p. */
export function criticalLevels(p: number, kmax: number): number[] {
  assertIndex(kmax);
  return Array.from({ length: kmax + 1 }, (_, k) => criticalLevel(p, k));
}
