import betainc from '@stdlib/math-base-special-betainc';

/**
 * Regularized incomplete beta function I_x(a, b) = B(x; a, b)/B(a, b) = ∫₀ˣ t^{a−1}(1−t)^{b−1} dt / B(a, b),
 * for x ∈ [0, 1], a, b > 0: the distribution function of Beta(a, b). From @stdlib/math-base-special-betainc
 * (a port of Boost's ibeta); this module checks the arguments.
 *
 * @example regularizedIncompleteBeta(0.5, 2, 2) // 0.5
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`regularizedIncompleteBeta: a and b must be positive and finite, got a=${a}, b=${b}`);
  }
  if (typeof x !== 'number' || !(x >= 0 && x <= 1)) {
    throw new RangeError(`regularizedIncompleteBeta: x must be in [0, 1], got ${x}`);
  }
  return betainc(x, a, b);
}
