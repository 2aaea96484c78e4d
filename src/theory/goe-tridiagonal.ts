import type { Rng } from '../random/rng.js';
import { chiSquareVariate } from './gamma-variate.js';

/**
 * The N×N GOE in Auffinger–Ben Arous–Černý's scaling (M_ii ~ N(0, 1/N), M_ij ~ N(0, 1/(2N)), semicircle on
 * [−√2, √2]; the matrix of expected-critical-point-count.ts) sampled through its tridiagonal model: Dumitriu and
 * Edelman (2002, "Matrix models for beta ensembles", J. Math. Phys. 43), β = 1: H = tridiag with diagonal
 * N(0, 1) and off-diagonals χ_{N−1}/√2, χ_{N−2}/√2, …, χ_1/√2 has exactly the GOE eigenvalue law (density
 * ∝ |Δ(λ)| e^{−Σλ²/2}); M = H/√N. O(N) per sample instead of O(N³).
 *
 * `rows` < N keeps only the leading rows×rows block. The extreme eigenvalues live in that corner (the
 * off-diagonals there are the largest, ≈ √(N/2), so the local spectrum there reaches ±√2; Edelman–Sutton's
 * stochastic Airy limit): the smallest few eigenvalues of the block equal those of the full matrix up to an
 * error that decays exponentially in rows/N^{1/3} (goe-tridiagonal.test.ts measures it). The entries of the
 * block are the first ones drawn, so a truncated and a full sample from the same stream share them.
 */
export interface Tridiagonal {
  /** Diagonal, length rows. */
  diag: Float64Array;
  /** Squared off-diagonals, length rows − 1 (offSq[i] couples i and i + 1). */
  offSq: Float64Array;
}

export function sampleGoeTridiagonal(n: number, rng: Rng, rows: number = n): Tridiagonal {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`N must be a positive integer, got ${n}`);
  if (!Number.isInteger(rows) || rows < 1 || rows > n) throw new RangeError(`rows must be in 1…N, got ${rows}`);
  const diag = new Float64Array(rows);
  const offSq = new Float64Array(Math.max(rows - 1, 0));
  const s = 1 / Math.sqrt(n);
  for (let i = 0; i < rows; i++) {
    diag[i] = s * rng.normal();
    if (i < rows - 1) offSq[i] = chiSquareVariate(n - 1 - i, rng) / (2 * n);
  }
  return { diag, offSq };
}

/** Number of eigenvalues < x (Sturm sequence of the LDLᵀ pivots; a zero pivot is nudged). */
export function countEigenvaluesBelow(t: Tridiagonal, x: number): number {
  const { diag, offSq } = t;
  let count = 0;
  let q = diag[0] - x;
  if (q < 0) count++;
  for (let i = 1; i < diag.length; i++) {
    if (q === 0) q = 1e-300;
    q = diag[i] - x - offSq[i - 1] / q;
    if (q < 0) count++;
  }
  return count;
}

/** The `count` smallest eigenvalues in increasing order, by bisection on Sturm counts (absolute error ≤ 1e-14). */
export function smallestEigenvalues(t: Tridiagonal, count: number): Float64Array {
  const m = t.diag.length;
  if (!Number.isInteger(count) || count < 1 || count > m) throw new RangeError(`count must be in 1…${m}, got ${count}`);
  // Gershgorin bounds.
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < m; i++) {
    const r = (i > 0 ? Math.sqrt(t.offSq[i - 1]) : 0) + (i < m - 1 ? Math.sqrt(t.offSq[i]) : 0);
    lo = Math.min(lo, t.diag[i] - r);
    hi = Math.max(hi, t.diag[i] + r);
  }
  const out = new Float64Array(count);
  let floor = lo;
  for (let k = 0; k < count; k++) {
    let a = floor;
    let b = hi;
    while (b - a > 1e-14) {
      const mid = 0.5 * (a + b);
      if (mid <= a || mid >= b) break;
      if (countEigenvaluesBelow(t, mid) > k) b = mid;
      else a = mid;
    }
    out[k] = 0.5 * (a + b);
    floor = a;
  }
  return out;
}
