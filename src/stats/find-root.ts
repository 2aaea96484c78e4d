/** Options of {@link findRoot}. */
export interface FindRootOptions {
  /** f′: with it, safeguarded Newton steps; without it, plain bisection. */
  derivative?: (x: number) => number;
  /** First point, clamped into the bracket (default: the bracket's midpoint, or 0 when an end is infinite). */
  start?: number;
  /**
   * Stop when a step is at most relTol·|x| (or 1e-300) or the bracket is that narrow. Default 1e-15 with a
   * derivative; 0 without, i.e. bisect until the bracket's ends are adjacent doubles (about 60 halvings).
   */
  relTol?: number;
}

/**
 * A root of a continuous function f on a bracket [lo, hi] over which f changes sign. Each step shrinks the bracket
 * to the side where the sign changes, and the next point is the Newton step x − f(x)/f′(x) when a derivative is
 * given and the step lands strictly inside the bracket, otherwise the bracket's midpoint (its geometric mean when
 * 0 < lo and hi/lo > 1e3). Bisection cannot fail on a valid bracket; Newton makes it fast near a simple root.
 *
 * - Bisection (no derivative) on finite ends: the ends may come in either order and f may decrease; an end where
 *   f is exactly 0 is returned; ends without a sign change (or a NaN there) are a RangeError.
 * - With a derivative, f must increase (f(lo) ≤ 0 ≤ f(hi)) and finite ends are not evaluated: where rounding
 *   leaves f a hair on the wrong side at an end, the iteration converges to that end (the quantile functions
 *   rely on this near p = I(½)).
 * - An infinite end (f increasing) is replaced by searching outward from `start` in doubling steps; a RangeError
 *   if no sign change is found.
 *
 * Used by the quantile functions (Newton on the CDF with the density) and by the critical levels E_k (bisection).
 *
 * @example findRoot((x) => x * x - 2, 0, 2) // 1.4142135623730951 (bisection)
 * @example findRoot((x) => x * x - 2, 0, 2, { derivative: (x) => 2 * x, start: 1 }) // ≈ 1.4142135623730951 (Newton)
 */
export function findRoot(f: (x: number) => number, lo: number, hi: number, options: FindRootOptions = {}): number {
  const { derivative } = options;
  const relTol = options.relTol ?? (derivative ? 1e-15 : 0);
  if (Number.isNaN(lo) || Number.isNaN(hi)) throw new RangeError(`findRoot: bracket [${lo}, ${hi}] has a NaN end`);
  if (lo > hi) [lo, hi] = [hi, lo];
  // g increases through its root on the bracket: f itself, or −f (negation is exact, so steps are unchanged).
  let g = f;
  if (!derivative && Number.isFinite(lo) && Number.isFinite(hi)) {
    const fLo = f(lo);
    const fHi = f(hi);
    if (fLo === 0) return lo;
    if (fHi === 0) return hi;
    if (fLo > 0 && fHi < 0) {
      g = (x) => -f(x);
    } else if (!(fLo < 0 && fHi > 0)) {
      throw new RangeError(`findRoot needs a sign change on [${lo}, ${hi}], got f = ${fLo} and ${fHi} at its ends`);
    }
  }
  let x = options.start ?? (Number.isFinite(lo) && Number.isFinite(hi) ? lo + (hi - lo) / 2 : 0);
  x = Math.min(Math.max(x, lo), hi);
  if (!Number.isFinite(x)) x = 0;
  // Replace an infinite end by a finite bracket end.
  if (hi === Number.POSITIVE_INFINITY) {
    let step = Math.max(1, Math.abs(x));
    let h = x + step;
    while (g(h) < 0) {
      lo = h;
      step *= 2;
      h = x + step;
      if (!Number.isFinite(h)) throw new RangeError('findRoot: no sign change found');
    }
    hi = h;
  }
  if (lo === Number.NEGATIVE_INFINITY) {
    let step = Math.max(1, Math.abs(x));
    let l = Math.min(x, hi) - step;
    while (g(l) > 0) {
      hi = l;
      step *= 2;
      l = x - step;
      if (!Number.isFinite(l)) throw new RangeError('findRoot: no sign change found');
    }
    lo = l;
  }
  x = Math.min(Math.max(x, lo), hi);
  for (let iter = 0; iter < 2000; iter++) {
    const gx = g(x);
    if (gx === 0) return x;
    if (gx < 0) lo = x;
    else hi = x;
    let next = derivative ? x - gx / derivative(x) : Number.NaN;
    if (!(next > lo && next < hi)) next = lo > 0 && hi / lo > 1e3 ? Math.sqrt(lo * hi) : lo + (hi - lo) / 2;
    const tol = Math.max(relTol * Math.abs(next), 1e-300);
    if (Math.abs(next - x) <= tol || hi - lo <= tol) return next;
    x = next;
  }
  return x;
}
