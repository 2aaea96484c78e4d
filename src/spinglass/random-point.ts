import type { Rng } from '../random/rng.js';

/**
 * A point uniform on the sphere |w|² = N: a standard normal vector (rotation invariant) rescaled to norm √N.
 */
export function randomSpherePoint(n: number, rng: Rng): Float64Array {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const w = new Float64Array(n);
  let s = 0;
  do {
    rng.fillNormal(w);
    s = 0;
    for (let i = 0; i < n; i++) s += w[i] * w[i];
  } while (s === 0);
  const scale = Math.sqrt(n / s);
  for (let i = 0; i < n; i++) w[i] *= scale;
  return w;
}
