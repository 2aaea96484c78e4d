import { checkSample } from './check-sample.js';

/**
 * Sum Σ xᵢ with Neumaier's compensated summation (Kahan's algorithm, improved so that a summand larger
 * than the running sum does not lose the compensation). The error is O(ε) independent of n for
 * well-conditioned sums. The empty sum is 0.
 *
 * @example sum([1e100, 1, -1e100]) // 1 (naive summation gives 0)
 */
export function sum(values: ArrayLike<number>): number {
  checkSample(values, 0, 'values');
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const t = s + v;
    if (Math.abs(s) >= Math.abs(v)) c += s - t + v;
    else c += v - t + s;
    s = t;
  }
  return s + c;
}
