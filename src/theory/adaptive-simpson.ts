/**
 * Adaptive Simpson quadrature of a smooth function on [a, b]: split an interval while the two-halves Simpson
 * estimate differs from the whole-interval one by more than 15·tolerance, then add Richardson's correction
 * (S₂ − S₁)/15. For an integrand with a fourth derivative the error of each accepted panel is O(h⁵).
 *
 * @example adaptiveSimpson(Math.sin, 0, Math.PI) // ≈ 2
 */
export function adaptiveSimpson(
  f: (x: number) => number,
  a: number,
  b: number,
  options: { tolerance?: number; maxDepth?: number } = {},
): number {
  const tolerance = options.tolerance ?? 1e-13;
  const maxDepth = options.maxDepth ?? 40;
  if (!(Number.isFinite(a) && Number.isFinite(b))) throw new RangeError('integration limits must be finite');
  if (a === b) return 0;
  const fa = f(a);
  const fb = f(b);
  const m = (a + b) / 2;
  const fm = f(m);
  const whole = ((b - a) / 6) * (fa + 4 * fm + fb);
  return refine(f, a, b, fa, fm, fb, whole, tolerance, maxDepth);
}

function refine(
  f: (x: number) => number,
  a: number,
  b: number,
  fa: number,
  fm: number,
  fb: number,
  whole: number,
  tolerance: number,
  depth: number,
): number {
  const m = (a + b) / 2;
  const lm = (a + m) / 2;
  const rm = (m + b) / 2;
  const flm = f(lm);
  const frm = f(rm);
  const left = ((m - a) / 6) * (fa + 4 * flm + fm);
  const right = ((b - m) / 6) * (fm + 4 * frm + fb);
  const delta = left + right - whole;
  if (depth <= 0 || Math.abs(delta) <= 15 * tolerance) return left + right + delta / 15;
  return (
    refine(f, a, m, fa, flm, fm, left, tolerance / 2, depth - 1) +
    refine(f, m, b, fm, frm, fb, right, tolerance / 2, depth - 1)
  );
}
