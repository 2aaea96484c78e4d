/**
 * Eigenvalues of a real symmetric tridiagonal matrix by the implicit QL algorithm with Wilkinson-type
 * shifts (EISPACK tql1/tql2, Numerical Recipes tqli). Each sweep chases a bulge from the bottom of the
 * unreduced block [l, m] to the top with Givens rotations; off-diagonals with
 * |e[m]| ≤ ε(|d[m]| + |d[m+1]|) are set to zero, splitting the matrix.
 *
 * Optionally, chosen rows of the eigenvector matrix Z are accumulated as well. Since Z ← Z·G for every
 * rotation G, the rows of Z evolve independently, so one row (e.g. the last, for Lanczos residual bounds)
 * costs O(1) per rotation instead of O(n).
 */

const EPS = 2 ** -52;
const SAFE_MIN = 2 ** -1022;

/**
 * Default sweep budget per eigenvalue, pooled over the whole matrix: QL may spend at most maxSweeps·n sweeps in all
 * (LAPACK dsterf's NMAXIT = 30·N). A per-eigenvalue cap of 30 (EISPACK, Numerical Recipes) is too tight for
 * Hessians with hundreds of exactly-zero eigenvalues (dead ReLU units, blank border pixels): a 2785×2785 network
 * Hessian needed more than 30 sweeps for single eigenvalues while converging fine within the pooled budget.
 */
export const DEFAULT_QL_MAX_SWEEPS = 30;

/** √(a² + b²) without destructive over- or underflow. */
function pythag(a: number, b: number): number {
  const absa = Math.abs(a);
  const absb = Math.abs(b);
  if (absa > absb) {
    const r = absb / absa;
    return absa * Math.sqrt(1 + r * r);
  }
  if (absb === 0) return 0;
  const r = absa / absb;
  return absb * Math.sqrt(1 + r * r);
}

function checkTridiagonal(diagonal: Float64Array, offDiagonal: Float64Array, what: string): void {
  const n = diagonal.length;
  if (offDiagonal.length !== Math.max(n - 1, 0)) {
    throw new RangeError(`${what}: offDiagonal has length ${offDiagonal.length}, expected ${Math.max(n - 1, 0)}`);
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(diagonal[i])) throw new RangeError(`${what}: diagonal[${i}] is not finite`);
  }
  for (let i = 0; i < n - 1; i++) {
    if (!Number.isFinite(offDiagonal[i])) throw new RangeError(`${what}: offDiagonal[${i}] is not finite`);
  }
}

/**
 * In-place implicit QL on d (length n) and e (length n, e[i] couples i and i+1, e[n−1] = 0). If z is given
 * it holds `rows` rows of Z (row-major, rows × n) and receives the same column rotations. Eigenvalues are
 * left in d, unsorted.
 */
function implicitQl(d: Float64Array, e: Float64Array, z: Float64Array | null, rows: number, maxSweeps: number): void {
  const n = d.length;
  const budget = maxSweeps * n;
  let sweeps = 0;
  for (let l = 0; l < n; l++) {
    let m: number;
    do {
      for (m = l; m < n - 1; m++) {
        const em = Math.abs(e[m]);
        if (em <= EPS * (Math.abs(d[m]) + Math.abs(d[m + 1])) || em < SAFE_MIN) break;
      }
      if (m !== l) {
        if (sweeps++ === budget) {
          throw new Error(`tridiagonal QL: no convergence within ${budget} sweeps (at eigenvalue ${l} of ${n})`);
        }
        // Wilkinson-type shift: the eigenvalue of the leading 2×2 of block [l, m] closer to d[l].
        let g = (d[l + 1] - d[l]) / (2 * e[l]);
        let r = pythag(g, 1);
        g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
        let s = 1;
        let c = 1;
        let p = 0;
        let i: number;
        for (i = m - 1; i >= l; i--) {
          let f = s * e[i];
          const b = c * e[i];
          r = pythag(f, g);
          e[i + 1] = r;
          if (r === 0) {
            // Underflow: the block splits at i+1; recover and restart the sweep.
            d[i + 1] -= p;
            e[m] = 0;
            break;
          }
          s = f / r;
          c = g / r;
          g = d[i + 1] - p;
          r = (d[i] - g) * s + 2 * c * b;
          p = s * r;
          d[i + 1] = g + p;
          g = c * r - b;
          if (z !== null) {
            for (let k = 0; k < rows; k++) {
              const base = k * n;
              f = z[base + i + 1];
              z[base + i + 1] = s * z[base + i] + c * f;
              z[base + i] = c * z[base + i] - s * f;
            }
          }
        }
        if (r === 0 && i >= l) continue;
        d[l] -= p;
        e[l] = g;
        e[m] = 0;
      }
    } while (m !== l);
  }
}

/**
 * All eigenvalues, ascending, of the symmetric tridiagonal matrix with the given diagonal (length n) and
 * off-diagonal (length n−1). Inputs are not modified. Throws if the eigenvalues need more than
 * `maxSweeps`·n QL sweeps in all (never observed for finite input with the default).
 */
export function tridiagonalEigenvalues(
  diagonal: Float64Array,
  offDiagonal: Float64Array,
  maxSweeps: number = DEFAULT_QL_MAX_SWEEPS,
): Float64Array {
  checkTridiagonal(diagonal, offDiagonal, 'tridiagonalEigenvalues');
  const n = diagonal.length;
  const d = Float64Array.from(diagonal);
  const e = new Float64Array(n);
  e.set(offDiagonal);
  implicitQl(d, e, null, 0, maxSweeps);
  return d.sort();
}

/**
 * Eigenvalues (ascending) plus chosen rows of the orthonormal eigenvector matrix:
 * vectorRows[r·n + k] is component rows[r] of the unit eigenvector belonging to values[k]. Eigenvector
 * signs are arbitrary. Cost O(n² · (1 + rows.length)) instead of O(n³) for all eigenvectors.
 */
export function tridiagonalEigenvaluesWithVectorRows(
  diagonal: Float64Array,
  offDiagonal: Float64Array,
  rows: readonly number[],
  maxSweeps: number = DEFAULT_QL_MAX_SWEEPS,
): { values: Float64Array; vectorRows: Float64Array } {
  checkTridiagonal(diagonal, offDiagonal, 'tridiagonalEigenvaluesWithVectorRows');
  const n = diagonal.length;
  const count = rows.length;
  const z = new Float64Array(count * n);
  for (let r = 0; r < count; r++) {
    const row = rows[r];
    if (!Number.isInteger(row) || row < 0 || row >= n) {
      throw new RangeError(`tridiagonalEigenvaluesWithVectorRows: row ${row} is not in 0..${n - 1}`);
    }
    z[r * n + row] = 1; // Z starts as the identity
  }
  const d = Float64Array.from(diagonal);
  const e = new Float64Array(n);
  e.set(offDiagonal);
  implicitQl(d, e, z, count, maxSweeps);
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => d[a] - d[b] || a - b);
  const values = new Float64Array(n);
  const vectorRows = new Float64Array(count * n);
  for (let k = 0; k < n; k++) {
    const src = order[k];
    values[k] = d[src];
    for (let r = 0; r < count; r++) vectorRows[r * n + k] = z[r * n + src];
  }
  return { values, vectorRows };
}
