import type { Rng } from '../random/rng.js';

/**
 * The distribution of the couplings J: each is mean 0, variance 1.
 * - `gaussian`: N(0, 1);
 * - `rademacher`: ±1 with probability ½ each;
 * - `uniform`: uniform on (−√3, √3).
 */
export type Ensemble = 'gaussian' | 'rademacher' | 'uniform';

export const ENSEMBLES: readonly Ensemble[] = ['gaussian', 'rademacher', 'uniform'];

const SQRT3 = Math.sqrt(3);

/**
 * Multiply every entry in place by an independent draw ξ_i of the ensemble (mean 0, variance 1), in index
 * order, so a seeded stream maps to the entries deterministically: `values[i] ← values[i] · ξ_i`.
 * In place so that sampling a 168 MB coupling vector needs no second buffer of scales.
 */
export function multiplyByEnsemble(ensemble: Ensemble, rng: Rng, values: Float64Array): Float64Array {
  const length = values.length;
  if (ensemble === 'gaussian') {
    // Marsaglia's polar method on the stream's uniforms: a pair of N(0, 1) per accepted point of the unit
    // disc, without trigonometric calls (about 2.5× faster than Box–Muller here; 21M normals at N=500, p=3).
    for (let i = 0; i < length; i += 2) {
      let u: number;
      let v: number;
      let s: number;
      do {
        u = 2 * rng.uniform() - 1;
        v = 2 * rng.uniform() - 1;
        s = u * u + v * v;
      } while (s >= 1 || s === 0);
      const f = Math.sqrt((-2 * Math.log(s)) / s);
      values[i] *= u * f;
      if (i + 1 < length) values[i + 1] *= v * f;
    }
  } else if (ensemble === 'rademacher') {
    for (let i = 0; i < length; i++) if (rng.uniform() < 0.5) values[i] = -values[i];
  } else if (ensemble === 'uniform') {
    for (let i = 0; i < length; i++) {
      // u ∈ (0, 1): reject the single value 0 so the interval is open at both ends.
      let u = rng.uniform();
      while (u === 0) u = rng.uniform();
      values[i] *= SQRT3 * (2 * u - 1);
    }
  } else {
    throw new RangeError(`unknown ensemble ${String(ensemble)}`);
  }
  return values;
}
