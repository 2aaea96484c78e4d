/**
 * Householder reduction of a real symmetric matrix to tridiagonal form, eigenvalues only (no accumulation
 * of the orthogonal transformations). This is EISPACK tred1 / Numerical Recipes tred2 without Z, arranged
 * so that every inner loop walks a row of the lower triangle contiguously.
 *
 * Step i (i = n−1 down to 2) takes row i of the current lower triangle, u = A[i, 0..i−1], and forms the
 * reflector P = I − u uᵀ/h with h = ½‖u‖² after u[i−1] ← u[i−1] − g, g = ∓‖u‖ (sign opposite to u[i−1] to
 * avoid cancellation). P zeroes A[i, 0..i−2] and leaves A[i, i−1] = g. The leading i×i block B is updated
 * to P B P = B − q uᵀ − u qᵀ with p = B u / h, K = uᵀp / 2h, q = p − K u (Golub & Van Loan §8.3.1).
 * Row i is scaled by the sum of its absolute values first, as in tred2, so that ‖u‖² cannot over- or
 * underflow.
 */

export interface Tridiagonal {
  /** The n diagonal entries. */
  diagonal: Float64Array;
  /** The n−1 off-diagonal entries; offDiagonal[k] couples k and k+1. Signs are immaterial to the spectrum. */
  offDiagonal: Float64Array;
}

function checkSquare(matrix: Float64Array, n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what}: n must be a non-negative integer, got ${n}`);
  if (matrix.length !== n * n)
    throw new RangeError(`${what}: matrix has ${matrix.length} entries, expected n² = ${n * n}`);
}

/**
 * Orthogonally similar tridiagonal form of the symmetric n×n matrix `matrix` (row-major). Only the lower
 * triangle (row i, columns ≤ i) is read; the input is not modified.
 */
export function tridiagonalize(matrix: Float64Array, n: number): Tridiagonal {
  checkSquare(matrix, n, 'tridiagonalize');
  const a = Float64Array.from(matrix);
  for (let k = 0; k < a.length; k++) {
    if (!Number.isFinite(a[k])) throw new RangeError(`tridiagonalize: entry ${k} is not finite (${a[k]})`);
  }
  const diagonal = new Float64Array(n);
  const offDiagonal = new Float64Array(Math.max(n - 1, 0));
  const u = new Float64Array(n);
  const p = new Float64Array(n);

  for (let i = n - 1; i >= 1; i--) {
    const rowI = i * n;
    const l = i - 1;
    if (l === 0) {
      offDiagonal[0] = a[rowI];
      continue;
    }
    let rowScale = 0;
    for (let k = 0; k < i; k++) rowScale += Math.abs(a[rowI + k]);
    if (rowScale === 0) {
      offDiagonal[l] = 0; // row already reduced (and finite)
      continue;
    }
    if (rowScale === Infinity) throw new RangeError('tridiagonalize: a row sum overflows; rescale the matrix');
    let h = 0;
    for (let k = 0; k < i; k++) {
      const x = a[rowI + k] / rowScale;
      u[k] = x;
      h += x * x;
    }
    const f = u[l];
    const g = f >= 0 ? -Math.sqrt(h) : Math.sqrt(h);
    offDiagonal[l] = rowScale * g;
    h -= f * g; // h = ½‖u‖² of the modified u
    u[l] = f - g;

    // p = B u with B the leading i×i block, read from its lower triangle row by row:
    // row j contributes B[j,k]·u[k] to p[j] and B[j,k]·u[j] to p[k] for k < j.
    for (let k = 0; k < i; k++) p[k] = 0;
    for (let j = 0; j < i; j++) {
      const rowJ = j * n;
      const uj = u[j];
      let s = 0;
      for (let k = 0; k < j; k++) {
        const b = a[rowJ + k];
        s += b * u[k];
        p[k] += b * uj;
      }
      p[j] += s + a[rowJ + j] * uj;
    }
    // p ← p/h, K = uᵀp/(2h), q = p − K u (stored in p).
    let upSum = 0;
    for (let k = 0; k < i; k++) {
      p[k] /= h;
      upSum += u[k] * p[k];
    }
    const kk = upSum / (h + h);
    for (let k = 0; k < i; k++) p[k] -= kk * u[k];
    // B ← B − q uᵀ − u qᵀ on the lower triangle.
    for (let j = 0; j < i; j++) {
      const rowJ = j * n;
      const qj = p[j];
      const uj = u[j];
      for (let k = 0; k <= j; k++) a[rowJ + k] -= qj * u[k] + uj * p[k];
    }
  }
  for (let i = 0; i < n; i++) diagonal[i] = a[i * n + i];
  return { diagonal, offDiagonal };
}
