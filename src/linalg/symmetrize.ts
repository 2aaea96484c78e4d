/**
 * Make a row-major d×d matrix exactly symmetric in place: each off-diagonal pair becomes its mean,
 * a_ij = a_ji = (a_ij + a_ji)/2 (removes the rounding asymmetry of a Hessian built column by column). Returns `a`.
 *
 * @example symmetrizeInPlace(new Float64Array([1, 2, 4, 3]), 2) // [1, 3, 3, 3]
 */
export function symmetrizeInPlace(a: Float64Array, d: number): Float64Array {
  for (let i = 0; i < d; i++)
    for (let j = 0; j < i; j++) {
      const s = (a[i * d + j] + a[j * d + i]) / 2;
      a[i * d + j] = s;
      a[j * d + i] = s;
    }
  return a;
}
