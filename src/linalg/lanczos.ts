import type { Rng } from '../random/rng.js';
import { tridiagonalEigenvalues, tridiagonalEigenvaluesWithVectorRows } from './tridiagonal-ql.js';

/**
 * The lowest eigenvalues of a symmetric linear operator by the Lanczos process with full
 * reorthogonalisation (Golub & Van Loan §10.1–10.3). After m steps A Q_m = Q_m T_m + β_m q_{m+1} e_mᵀ with
 * T_m tridiagonal; for an eigenpair (θ, s) of T_m the Ritz pair (θ, Q_m s) has residual ‖A y − θ y‖ =
 * |β_m · s_m|, the last component of s, so some eigenvalue of A lies within |β_m s_m| of θ. The lowest
 * `count` Ritz values are accepted once each such bound is ≤ tolerance · ‖T‖_∞ (the largest absolute row sum
 * of T seen so far, a stand-in for ‖A‖ within a factor of 3).
 *
 * Every new Lanczos vector is orthogonalised against all previous ones twice (classical Gram–Schmidt,
 * "twice is enough"), which keeps Q_m orthonormal to working precision and avoids spurious copies of
 * converged Ritz values. If β becomes negligible the Krylov space is invariant: the run continues from a
 * fresh random vector orthogonal to Q_m (β = 0 in T), and stops only when the latest invariant block shows
 * that no eigenvalue below the count-th lowest Ritz value is left (see below), so exact multiplicities of
 * operators with small Krylov spaces (identity, low rank, few distinct levels) are recovered. Without a
 * breakdown, an eigenvalue of multiplicity > 1 is found once, as with any single-vector Krylov method.
 */

export interface LanczosOptions {
  /** Source of the start vector (and of restart vectors). */
  rng: Rng;
  /** Maximum number of Lanczos steps (basis size); default min(n, max(300, 20·count)). Capped at n. */
  maxIterations?: number;
  /** Relative residual tolerance: stop when |β_m s_mk| ≤ tolerance·‖T_m‖ for the lowest `count`; default 1e-8. */
  tolerance?: number;
}

export interface LanczosResult {
  /** The lowest `count` Ritz values, ascending. */
  values: Float64Array;
  /** True if every returned value met the residual bound (always true when the run reached n steps). */
  converged: boolean;
  /** Lanczos steps taken (= size of T_m). */
  iterations: number;
}

export const DEFAULT_LANCZOS_TOLERANCE = 1e-8;

/** A Lanczos vector with β below this multiple of ε·‖T‖ (times √n) is treated as an invariant subspace. */
const BREAKDOWN_FACTOR = 10;
const EPS = 2 ** -52;

/** Orthogonalise w against rows 0..m−1 of the basis q (row-major, stride n), twice. */
function reorthogonalise(q: Float64Array, m: number, n: number, w: Float64Array): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < m; j++) {
      const base = j * n;
      let c = 0;
      for (let i = 0; i < n; i++) c += q[base + i] * w[i];
      for (let i = 0; i < n; i++) w[i] -= c * q[base + i];
    }
  }
}

function euclideanNorm(w: Float64Array): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] * w[i];
  return Math.sqrt(s);
}

/**
 * Writes into w a unit random vector orthogonal to the first m basis rows; false if none can be found
 * numerically (only when span(Q) is all of ℝⁿ).
 */
function freshDirection(q: Float64Array, m: number, n: number, rng: Rng, w: Float64Array): boolean {
  for (let attempt = 0; attempt < 5; attempt++) {
    rng.fillNormal(w);
    const before = euclideanNorm(w);
    reorthogonalise(q, m, n, w);
    const after = euclideanNorm(w);
    // If almost all of w lay in span(Q), the remainder is rounding noise; draw again.
    if (after > 1e-8 * before) {
      for (let i = 0; i < n; i++) w[i] /= after;
      return true;
    }
  }
  return false;
}

/**
 * The lowest `count` eigenvalues of the symmetric operator v ↦ apply(v, out) on ℝⁿ (`apply` writes A·v into
 * `out`; it receives a copy of the Lanczos vector). Deterministic given the rng's state and a deterministic
 * `apply`.
 */
export function lanczosLowest(
  apply: (v: Float64Array, out: Float64Array) => void,
  n: number,
  count: number,
  options: LanczosOptions,
): LanczosResult {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`lanczosLowest: n must be a positive integer, got ${n}`);
  if (!Number.isInteger(count) || count < 1 || count > n) {
    throw new RangeError(`lanczosLowest: count must be an integer in 1..${n}, got ${count}`);
  }
  const tolerance = options.tolerance ?? DEFAULT_LANCZOS_TOLERANCE;
  if (!(tolerance > 0) || !Number.isFinite(tolerance)) {
    throw new RangeError(`lanczosLowest: tolerance must be a positive number, got ${tolerance}`);
  }
  const requested = options.maxIterations ?? Math.max(300, 20 * count);
  if (!Number.isInteger(requested) || requested < count) {
    throw new RangeError(`lanczosLowest: maxIterations must be an integer ≥ count (${count}), got ${requested}`);
  }
  const maxSteps = Math.min(n, requested);
  const rng = options.rng;

  const q = new Float64Array(maxSteps * n); // Lanczos vectors q_0 … q_{m−1}, row-major
  const alpha = new Float64Array(maxSteps);
  const beta = new Float64Array(maxSteps); // beta[j] couples steps j and j+1
  const w = new Float64Array(n);
  const v = new Float64Array(n);

  if (!freshDirection(q, 0, n, rng, q.subarray(0, n))) throw new Error('lanczosLowest: could not draw a start vector');
  let normT = 0; // running estimate of ‖T_m‖ (max row sum of |T|)
  let m = 0;
  let blockStart = 0; // first step of the current Krylov block (after the latest restart)
  let values = new Float64Array(0);
  let converged = false;

  while (m < maxSteps) {
    const j = m;
    const qj = q.subarray(j * n, (j + 1) * n);
    v.set(qj); // the operator sees a copy, so it cannot disturb the basis
    apply(v, w);
    let a = 0;
    for (let i = 0; i < n; i++) a += qj[i] * w[i];
    if (!Number.isFinite(a)) throw new RangeError('lanczosLowest: apply produced a non-finite value');
    alpha[j] = a;
    m = j + 1;
    // w ← A q_j − α_j q_j − β_{j−1} q_{j−1}, then full reorthogonalisation against q_0 … q_j.
    for (let i = 0; i < n; i++) w[i] -= a * qj[i];
    if (j > 0) {
      const b = beta[j - 1];
      const prev = (j - 1) * n;
      for (let i = 0; i < n; i++) w[i] -= b * q[prev + i];
    }
    reorthogonalise(q, m, n, w);
    const b = euclideanNorm(w);
    normT = Math.max(normT, Math.abs(a) + b + (j > 0 ? beta[j - 1] : 0));

    // Ritz values of T_m and the last components of their eigenvectors.
    const { values: ritz, vectorRows: last } = tridiagonalEigenvaluesWithVectorRows(
      alpha.subarray(0, m),
      beta.subarray(0, m - 1),
      [m - 1],
    );
    values = ritz.slice(0, Math.min(count, m));
    if (m === n) {
      converged = true; // T_n is similar to A: its eigenvalues are the whole spectrum
      break;
    }
    const breakdown = b <= BREAKDOWN_FACTOR * EPS * Math.sqrt(n) * normT;
    if (m >= count) {
      if (breakdown) {
        // The current block spans an invariant subspace, exactly, and was generated by a (generic) random
        // vector in the orthogonal complement C of the earlier blocks; so its Ritz values are all the
        // distinct eigenvalues of A on C, and every eigenvalue not yet found is one of them. If none lies
        // below the count-th lowest Ritz value, the lowest `count` are complete; otherwise restart.
        const blockLowest = tridiagonalEigenvalues(alpha.subarray(blockStart, m), beta.subarray(blockStart, m - 1))[0];
        if (blockLowest >= ritz[count - 1] - tolerance * normT) {
          converged = true;
          break;
        }
      } else {
        let ok = true;
        for (let k = 0; k < count && ok; k++) ok = Math.abs(b * last[k]) <= tolerance * normT;
        if (ok) {
          converged = true;
          break;
        }
      }
    }
    if (m === maxSteps) break;

    const next = q.subarray(m * n, (m + 1) * n);
    if (breakdown) {
      // Restart from a fresh direction orthogonal to all previous ones; T becomes block diagonal (β_j = 0).
      beta[j] = 0;
      blockStart = m;
      if (!freshDirection(q, m, n, rng, next)) {
        converged = true; // span(Q) is numerically all of ℝⁿ
        break;
      }
    } else {
      beta[j] = b;
      for (let i = 0; i < n; i++) next[i] = w[i] / b;
    }
  }
  return { values, converged, iterations: m };
}
