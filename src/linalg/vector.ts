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
 * Euclidean norm ‖a‖₂. Computed with a running scale (LAPACK dnrm2 style) so it neither overflows for
 * entries near 1e200 nor underflows to 0 for entries near 1e-200.
 */
export function norm(a: Float64Array): number {
  let scale = 0;
  let ssq = 1;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (x !== 0) {
      const ax = Math.abs(x);
      if (scale < ax) {
        const r = scale / ax;
        ssq = 1 + ssq * r * r;
        scale = ax;
      } else {
        const r = ax / scale;
        ssq += r * r;
      }
    }
  }
  return scale * Math.sqrt(ssq);
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
