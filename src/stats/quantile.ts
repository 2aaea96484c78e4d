import { checkSample } from './check-sample.js';

/**
 * Sample quantile of type 7 (Hyndman & Fan 1996; the default of R and numpy): with the sorted sample
 * x₍₁₎ ≤ … ≤ x₍ₙ₎ and h = (n − 1)p, Q(p) = x₍⌊h⌋+1₎ + (h − ⌊h⌋)(x₍⌊h⌋+2₎ − x₍⌊h⌋+1₎). p ∈ [0, 1], n ≥ 1.
 *
 * @example quantile([1, 2, 3, 4], 0.25) // 1.75
 */
export function quantile(values: ArrayLike<number>, p: number): number {
  checkSample(values, 1, 'values');
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new RangeError(`quantile p must be in [0, 1], got ${p}`);
  const sorted = Float64Array.from(values).sort();
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
