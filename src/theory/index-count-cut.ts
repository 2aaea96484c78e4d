import { eInfinity } from './e-infinity.js';
import { assertIndex, assertSpinOrder } from './theory-arguments.js';
import { thetaK } from './theta.js';

/** Indices summed above k: Θ_{j,p} falls by I₁(u) per index, so terms beyond k + 40 are below e^{−40·N·I₁}. */
const EXTRA_INDICES = 40;

/**
 * Leading-order mean number of critical points of index ≥ k with H/N ≤ u of the spherical pure p-spin glass of
 * size N: Σ_{j=k}^{k+40} exp(N·Θ_{j,p}(u)) (Auffinger–Ben Arous–Černý 2013; section 4 of Choromanska et al.
 * 2015). Exponential order only — no prefactor (for minima below −E_∞ the derived prefactor c·N^{−1/2} is below 1,
 * see docs/theory.md §2, so this over-states the count there). At u = −E_k the j = k term is exactly 1.
 */
export function leadingOrderCountAtLeastK(n: number, p: number, k: number, u: number): number {
  assertSpinOrder(p);
  assertIndex(k);
  if (!(n > 0)) throw new RangeError(`N must be positive, got ${n}`);
  let sum = 0;
  for (let j = k; j <= k + EXTRA_INDICES; j++) sum += Math.exp(n * thetaK(u, p, j));
  return sum;
}

/**
 * The level u* ≤ −E_∞ at which `landscapes` × the leading-order mean count of index ≥ k below u equals `target`
 * (bisection to 1e-12; the count rises with u below −E_∞). By Markov's inequality, a landscape ensemble whose mean
 * counts are at most the leading order puts ANY point of index ≥ k below u* on one of the landscapes with
 * probability ≤ target: the statistical cut of the `layers` claim. Returns −E_∞ if even there the count is ≤ target.
 */
export function indexCountCut(n: number, p: number, k: number, landscapes: number, target: number): number {
  if (!(target > 0) || !(landscapes >= 1)) throw new RangeError('indexCountCut: needs target > 0 and landscapes ≥ 1');
  const count = (u: number) => landscapes * leadingOrderCountAtLeastK(n, p, k, u);
  let hi = -eInfinity(p);
  if (count(hi) <= target) return hi;
  let lo = hi - 1;
  while (count(lo) > target) lo -= 1;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (count(mid) > target) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}
