import type { Rng } from '../random/rng.js';

/**
 * A Gamma(shape, 1) variate by Marsaglia and Tsang (2000, "A simple method for generating gamma variables",
 * ACM TOMS 26): squeeze-accepted cubes of a normal, exact for shape ≥ 1; for shape < 1 the boost
 * Gamma(a) = Gamma(a + 1)·U^{1/a}. Pure function of the stream (a fixed number of draws per acceptance trial).
 */
export function gammaVariate(shape: number, rng: Rng): number {
  if (!(shape > 0) || !Number.isFinite(shape)) throw new RangeError(`gamma shape must be positive, got ${shape}`);
  if (shape < 1) {
    const g = gammaVariate(shape + 1, rng);
    const u = 1 - rng.uniform(); // (0, 1]
    return g * u ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.uniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A chi-square variate with df degrees of freedom (= 2·Gamma(df/2)). */
export function chiSquareVariate(df: number, rng: Rng): number {
  return 2 * gammaVariate(df / 2, rng);
}
