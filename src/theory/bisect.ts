/**
 * A root of a continuous function on a bracket [a, b] where f(a) and f(b) have opposite signs, by bisection
 * until the bracket is no wider than `tolerance` or its ends are adjacent doubles. Returns the midpoint of the
 * final bracket (or an exact zero if one is hit).
 *
 * Bisection is slower than Brent's method but cannot fail on a valid bracket; about 60 halvings reach full
 * double precision.
 *
 * @example bisect((x) => x * x - 2, 0, 2) // ≈ 1.4142135623730951
 */
export function bisect(f: (x: number) => number, a: number, b: number, tolerance = 0): number {
  let fa = f(a);
  const fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (!(Number.isFinite(a) && Number.isFinite(b)) || !(fa * fb < 0)) {
    throw new RangeError(`bisect needs finite ends and a sign change on [${a}, ${b}], got f(a) = ${fa}, f(b) = ${fb}`);
  }
  let lo = a;
  let hi = b;
  for (;;) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi || Math.abs(hi - lo) <= tolerance) return mid;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (fm * fa > 0) {
      lo = mid;
      fa = fm;
    } else {
      hi = mid;
    }
  }
}
