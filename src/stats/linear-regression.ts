import { type LinearFit, weightedLinearRegression } from './weighted-linear-regression.js';

/**
 * Ordinary least squares fit of y = intercept + slope·x (minimises Σ(yᵢ − a − b xᵢ)²), with the classical
 * normal-errors inference: s² = SSE/(n − 2), se(b) = s/√Sxx, se(a) = s·√(1/n + x̄²/Sxx), and t-based
 * intervals b ± t_{n−2}((1 + c)/2)·se(b). This is {@link weightedLinearRegression} with unit weights.
 * Needs n ≥ 3 and x not constant.
 *
 * @example linearRegression([0, 1, 2, 3], [1, 3, 5, 7.5]).slope // 2.15
 */
export function linearRegression(x: ArrayLike<number>, y: ArrayLike<number>): LinearFit {
  return weightedLinearRegression(x, y, new Float64Array(x.length).fill(1));
}
