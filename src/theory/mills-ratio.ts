import { normalCdf } from '../stats/normal-cdf.js';

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * Mills' ratio R(x) = (1 − Φ(x))/φ(x) = e^{x²/2} ∫_x^∞ e^{−t²/2} dt for x ≥ 0, with φ the standard normal
 * density: the upper normal tail with its Gaussian factor taken out, so that it neither underflows nor loses
 * digits for large x (R(x) ≈ 1/x). Used by the Hermite-function integrals of goe-density.ts, where
 * ∫_{−∞}^{y} e^{−t²/2} dt = e^{−y²/2}·R(−y) must stay finite at y = −40 and beyond.
 *
 * - x < 3: R(x) = √(2π)·e^{x²/2}·Φ(−x) (normalCdf has small relative error there).
 * - x ≥ 3: Laplace's continued fraction R(x) = 1/(x + 1/(x + 2/(x + 3/(x + …)))), modified Lentz.
 *
 * @example millsRatio(0) // √(π/2) ≈ 1.2533141373155
 */
export function millsRatio(x: number): number {
  if (!(x >= 0) || !Number.isFinite(x)) throw new RangeError(`millsRatio needs a finite x ≥ 0, got ${x}`);
  if (x < 3) return SQRT_2PI * Math.exp((x * x) / 2) * normalCdf(-x);
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 1000; k++) {
    d = x + k * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + k / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 / f;
}
