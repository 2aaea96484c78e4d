import { logGamma } from './log-gamma.js';

const HALF_LOG_TWO_PI = 0.9189385332046728;

/** Stirling remainder δ(x) = ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π] for x ≥ 10 (abs. error < 2e-14). */
function stirlingRemainder(x: number): number {
  const r = 1 / x;
  const r2 = r * r;
  return r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 / 1188))));
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0, without the cancellation of the naive sum
 * when a parameter is large (e.g. the t distribution with ν = 10⁶ needs ln B(½, 5·10⁵)). With Stirling's
 * series ln Γ(x) = (x − ½) ln x − x + ½ ln 2π + δ(x) the large terms are combined analytically:
 *   a < 10 ≤ b:  ln B = ln Γ(a) − (b − ½) log1p(a/b) − a ln(a + b) + a + δ(b) − δ(a + b);
 *   a, b ≥ 10:   ln B = ½ ln 2π − ½ ln(a+b) + (a − ½) ln(a/(a+b)) + (b − ½) ln(b/(a+b)) + δ(a) + δ(b) − δ(a+b).
 *
 * @example logBeta(2, 3) // ln(1/12)
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0 && b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`logBeta: a and b must be positive and finite, got a=${a}, b=${b}`);
  }
  if (a > b) [a, b] = [b, a];
  if (b < 10) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const s = a + b;
  const tail = stirlingRemainder(b) - stirlingRemainder(s);
  if (a < 10) return logGamma(a) - (b - 0.5) * Math.log1p(a / b) - a * Math.log(s) + a + tail;
  return (
    HALF_LOG_TWO_PI -
    0.5 * Math.log(s) +
    (a - 0.5) * Math.log(a / s) +
    (b - 0.5) * Math.log(b / s) +
    stirlingRemainder(a) +
    tail
  );
}
