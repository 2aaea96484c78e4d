/**
 * Dense vector primitives over Float64Array. Lengths must match; the loops run over the first argument's
 * length. Summation is plain left-to-right, so results are deterministic bit for bit.
 */

function checkSameLength(a: ArrayLike<number>, b: ArrayLike<number>, what: string): void {
  if (a.length !== b.length) throw new RangeError(`${what}: length mismatch (${a.length} vs ${b.length})`);
}

/** Σ aᵢbᵢ. */
export function dot(a: Float64Array, b: Float64Array): number {
  checkSameLength(a, b, 'dot');
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * Euclidean norm ‖a‖₂ = √(a·a), summed left to right like {@link dot} (so bit for bit the same as √dot(a, a)).
 * No rescaling: entries beyond about 1e154 overflow. The project's vectors have |w|² = N or are gradients of
 * order √N, far from that.
 */
export function norm(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s);
}

/** y ← y + αx (in place). */
export function axpy(alpha: number, x: Float64Array, y: Float64Array): void {
  checkSameLength(x, y, 'axpy');
  for (let i = 0; i < x.length; i++) y[i] += alpha * x[i];
}

/** x ← αx (in place). */
export function scale(alpha: number, x: Float64Array): void {
  for (let i = 0; i < x.length; i++) x[i] *= alpha;
}
