/**
 * Solve f(x) = 0 for an increasing function f on the bracket [lo, hi] (f(lo) ≤ 0 ≤ f(hi); an infinite
 * end is allowed and is replaced by searching outward from `start`). Safeguarded Newton: a Newton step
 * with the derivative `df` is taken when it lands strictly inside the current bracket, otherwise the
 * bracket is bisected. Stops when the step is below `relTol`·|x| (or 1e-300) or f(x) = 0.
 * Internal helper of the quantile functions.
 *
 * @example findRoot((x) => x * x - 2, (x) => 2 * x, 0, 2, 1) // √2
 */
export function findRoot(
  f: (x: number) => number,
  df: (x: number) => number,
  lo: number,
  hi: number,
  start: number,
  relTol = 1e-15,
): number {
  let x = Math.min(Math.max(start, lo), hi);
  if (!Number.isFinite(x)) x = 0;
  // Replace an infinite end by a finite bracket end.
  if (hi === Number.POSITIVE_INFINITY) {
    let step = Math.max(1, Math.abs(x));
    let h = x + step;
    while (f(h) < 0) {
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
    while (f(l) > 0) {
      hi = l;
      step *= 2;
      l = x - step;
      if (!Number.isFinite(l)) throw new RangeError('findRoot: no sign change found');
    }
    lo = l;
  }
  x = Math.min(Math.max(x, lo), hi);
  for (let iter = 0; iter < 2000; iter++) {
    const fx = f(x);
    if (fx === 0) return x;
    if (fx < 0) lo = x;
    else hi = x;
    let next = x - fx / df(x);
    if (!(next > lo && next < hi)) next = lo > 0 && hi / lo > 1e3 ? Math.sqrt(lo * hi) : lo + (hi - lo) / 2;
    const tol = Math.max(relTol * Math.abs(next), 1e-300);
    if (Math.abs(next - x) <= tol || hi - lo <= tol) return next;
    x = next;
  }
  return x;
}
