import { variance } from './variance.js';

/**
 * Sample standard deviation s = √(Σ (xᵢ − x̄)² / (n − 1)). Needs n ≥ 2.
 *
 * @example standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) // 2.138089935299395
 */
export function standardDeviation(values: ArrayLike<number>): number {
  return Math.sqrt(variance(values));
}
