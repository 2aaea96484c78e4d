import { checkSample } from './check-sample.js';
import { sum } from './sum.js';

/**
 * Arithmetic mean x̄ = (1/n) Σ xᵢ (compensated sum). Needs n ≥ 1.
 *
 * @example mean([1, 2, 3, 4]) // 2.5
 */
export function mean(values: ArrayLike<number>): number {
  checkSample(values, 1, 'values');
  return sum(values) / values.length;
}
