import { assertSpinOrder } from './theory-arguments.js';

/**
 * E_∞(p) = 2√((p−1)/p): the threshold energy of the spherical pure p-spin glass in units of N
 * (Auffinger–Ben Arous–Černý 2013, eq. (2.5); Choromanska et al. 2015, section 4). Below −E_∞·N the critical
 * values are layered by index; above it critical points of every finite index are exponentially many.
 *
 * It is the right edge of the semicircle law of the Hessian's spectrum at a critical point: the Hessian at
 * level u·N is, up to scale, a GOE matrix shifted by a multiple of u, and it is positive definite exactly
 * when u < −E_∞ (in the large-N limit).
 *
 * @example eInfinity(3) // 1.632993161855452  (= 2√(2/3))
 */
export function eInfinity(p: number): number {
  assertSpinOrder(p);
  return 2 * Math.sqrt((p - 1) / p);
}
