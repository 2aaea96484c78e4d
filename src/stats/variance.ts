import { checkSample } from './check-sample.js';
import { mean } from './mean.js';

/**
 * Sample variance s² = Σ (xᵢ − x̄)² / (n − 1) (unbiased; two-pass with the correction term
 * Σ(xᵢ − x̄) to cancel the rounding error of x̄). Needs n ≥ 2.
 *
 * @example variance([1, 2, 3, 4]) // 1.6666666666666667
 */
export function variance(values: ArrayLike<number>): number {
  checkSample(values, 2, 'values');
  const m = mean(values);
  let ss = 0;
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - m;
    ss += d * d;
    s += d;
  }
  const n = values.length;
  return Math.max(0, (ss - (s * s) / n) / (n - 1));
}
