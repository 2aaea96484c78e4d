import type { Rng } from '../random/rng.js';

/**
 * A random symmetric n×n matrix (row-major) from the Gaussian orthogonal ensemble without normalisation:
 * off-diagonal entries N(0, 1), diagonal entries N(0, 2), independent up to symmetry. Entries are drawn in
 * row-major order of the lower triangle, so the result is a pure function of the generator's state.
 */
export function randomSymmetricMatrix(n: number, rng: Rng): Float64Array {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`randomSymmetricMatrix: n must be a non-negative integer`);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const x = rng.normal();
      a[i * n + j] = x;
      a[j * n + i] = x;
    }
    a[i * n + i] = Math.SQRT2 * rng.normal();
  }
  return a;
}
