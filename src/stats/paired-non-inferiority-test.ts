import { checkLevel } from './check-level.js';
import { checkSample } from './check-sample.js';
import { mean } from './mean.js';
import { studentTCdf } from './student-t-cdf.js';
import { studentTQuantile } from './student-t-quantile.js';
import { variance } from './variance.js';

/**
 * Paired non-inferiority test (one-sample t on the differences) of H0: μ_d ≥ margin against H1: μ_d < margin,
 * where d_i = x_i − y_i are the differences of paired observations (e.g. SGD and annealing from the same start on
 * the same landscape):
 *   d̄ = mean(d), se = s_d/√n, ν = n − 1, t = (d̄ − margin)/se, pValue = P(T_ν ≤ t),
 *   upperConfidenceBound = d̄ + t_ν(confidence)·se   (one-sided bound for μ_d).
 * Rejecting H0 at level α = 1 − confidence ⇔ pValue < α ⇔ upperConfidenceBound < margin. Needs n ≥ 2 pairs
 * (x and y of equal length) whose differences are not all equal.
 *
 * @example pairedNonInferiorityTest([1, 2, 3, 5], [1.5, 2.1, 3.9, 5.2], 0).pValue // 0.049472 (t = −2.36507, ν = 3; scipy ttest_rel alternative="less")
 */
export function pairedNonInferiorityTest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  margin: number,
  confidence = 0.95,
): {
  n: number;
  estimate: number;
  sd: number;
  standardError: number;
  df: number;
  t: number;
  upperConfidenceBound: number;
  pValue: number;
} {
  if (typeof margin !== 'number' || !Number.isFinite(margin))
    throw new RangeError(`pairedNonInferiorityTest: bad margin ${margin}`);
  checkLevel(confidence);
  checkSample(x, 2, 'x');
  checkSample(y, 2, 'y');
  if (x.length !== y.length)
    throw new RangeError(`pairedNonInferiorityTest: ${x.length} x values, ${y.length} y values`);
  const d = Array.from(x, (v, i) => v - y[i]);
  const n = d.length;
  const sd = Math.sqrt(variance(d));
  if (sd === 0)
    throw new RangeError('pairedNonInferiorityTest: the differences are constant, the t statistic is undefined');
  const estimate = mean(d);
  const standardError = sd / Math.sqrt(n);
  const df = n - 1;
  const t = (estimate - margin) / standardError;
  return {
    n,
    estimate,
    sd,
    standardError,
    df,
    t,
    upperConfidenceBound: estimate + studentTQuantile(confidence, df) * standardError,
    pValue: studentTCdf(t, df),
  };
}
