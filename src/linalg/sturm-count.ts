/**
 * Sturm-sequence counts for a symmetric tridiagonal matrix T (diagonal d, off-diagonal e, e[i] couples
 * i and i+1). By Sylvester's law of inertia, the number of negative pivots q_i of the LDLᵀ factorisation
 * of T − xI,
 *
 *     q_0 = d_0 − x,   q_i = d_i − x − e_{i−1}² / q_{i−1},
 *
 * is the number of eigenvalues of T below x (Golub & Van Loan §8.4.2; LAPACK dstebz). A pivot with
 * |q| < 2^−1022 (in particular an exact zero) is replaced by +2^−1022, which is the count at x minus an
 * infinitesimal, so an eigenvalue exactly at x is not counted as below it. For a diagonal T the count is
 * exact: q_i = d_i − x has the sign of d_i − x in IEEE arithmetic.
 */

/** Smallest normal double; pivots smaller in magnitude are replaced by it. */
const PIVOT_MINIMUM = 2 ** -1022;

function checkLengths(diagonal: Float64Array, offDiagonal: Float64Array): void {
  if (offDiagonal.length !== Math.max(diagonal.length - 1, 0)) {
    throw new RangeError(
      `Sturm count: offDiagonal has length ${offDiagonal.length}, expected ${Math.max(diagonal.length - 1, 0)}`,
    );
  }
}

/**
 * Number of negative pivots of σ(T − xI), σ = ±1. With σ = +1 this counts eigenvalues < x; with σ = −1 it
 * counts eigenvalues > x (negative pivots of xI − T).
 */
function negativePivots(diagonal: Float64Array, offDiagonal: Float64Array, x: number, sigma: 1 | -1): number {
  if (Number.isNaN(x)) throw new RangeError('Sturm count: shift x is NaN');
  const n = diagonal.length;
  if (n === 0) return 0;
  let count = 0;
  let q = sigma * (diagonal[0] - x);
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const e = offDiagonal[i - 1];
      // e·(e/q) rather than e²/q: e² would overflow for |e| > 1e154. If e/q overflows, q = −∞ is the right
      // limit (a negative pivot), and the next step's e/q = −0 continues correctly.
      q = sigma * (diagonal[i] - x) - e * (e / q);
    }
    if (Math.abs(q) < PIVOT_MINIMUM) q = PIVOT_MINIMUM;
    if (q < 0) count++;
  }
  return count;
}

/** Number of eigenvalues of the symmetric tridiagonal matrix (d, e) strictly below x. O(n), no spectrum. */
export function countEigenvaluesBelow(diagonal: Float64Array, offDiagonal: Float64Array, x: number): number {
  checkLengths(diagonal, offDiagonal);
  return negativePivots(diagonal, offDiagonal, x, 1);
}

/** Number of eigenvalues of the symmetric tridiagonal matrix (d, e) strictly above x. */
export function countEigenvaluesAbove(diagonal: Float64Array, offDiagonal: Float64Array, x: number): number {
  checkLengths(diagonal, offDiagonal);
  return negativePivots(diagonal, offDiagonal, x, -1);
}
