import { assertIndex } from './theory-arguments.js';
import { theta, thetaK } from './theta.js';

/**
 * The leading-order logarithm of the expected number of critical points of index k with H ≤ N·u:
 *
 *     log E Crt_{N,k}(u) ≈ N·Θ_{k,p}(u)      (k = 'any': log E Crt_N(u) ≈ N·Θ_p(u), all indices)
 *
 * (Auffinger–Ben Arous–Černý 2013, Theorems 2.5 and 2.8: (1/N) log E Crt_{N,k}(u) → Θ_{k,p}(u)). This is the
 * exponential-order asymptotic only, NOT an exact finite-N count: the true log-count differs from it by
 * o(N) (sub-exponential prefactors such as polynomial factors in N are dropped).
 *
 * @example logExpectedCriticalPoints(100, 3, 0, -1.65) // 100·Θ_{0,3}(−1.65)
 */
export function logExpectedCriticalPoints(n: number, p: number, k: number | 'any', u: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (k === 'any') return n * theta(u, p);
  assertIndex(k);
  return n * thetaK(u, p, k);
}
