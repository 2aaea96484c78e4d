import { quantile } from './quantile.js';

/**
 * Sample median: the middle order statistic for odd n, the mean of the two middle ones for even n
 * (= type-7 quantile at p = 0.5). Needs n ≥ 1.
 *
 * @example median([3, 1, 2, 10]) // 2.5
 */
export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}
