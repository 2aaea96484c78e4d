import { checkLevel } from './check-level.js';
import { studentTCdf } from './student-t-cdf.js';
import { studentTQuantile } from './student-t-quantile.js';
import { welchTTest } from './welch-t-test.js';

/**
 * Non-inferiority test (Welch) of H0: μx − μy ≥ margin against H1: μx − μy < margin, e.g. "the loss of
 * SGD (x) is not worse than that of annealing (y) by more than margin".
 *   d = x̄ − ȳ, se and ν as in {@link welchTTest}, t = (d − margin)/se, pValue = P(T_ν ≤ t),
 *   upperConfidenceBound = d + t_ν(confidence)·se   (one-sided bound for μx − μy).
 * Rejecting H0 at level α = 1 − confidence ⇔ pValue < α ⇔ upperConfidenceBound < margin.
 *
 * @example nonInferiorityTest(x, y, 0.1, 0.95).pValue
 */
export function nonInferiorityTest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  margin: number,
  confidence = 0.95,
): { estimate: number; standardError: number; df: number; t: number; upperConfidenceBound: number; pValue: number } {
  if (typeof margin !== 'number' || !Number.isFinite(margin))
    throw new RangeError(`nonInferiorityTest: bad margin ${margin}`);
  checkLevel(confidence);
  const w = welchTTest(x, y);
  const t = (w.estimate - margin) / w.standardError;
  return {
    estimate: w.estimate,
    standardError: w.standardError,
    df: w.df,
    t,
    upperConfidenceBound: w.estimate + studentTQuantile(confidence, w.df) * w.standardError,
    pValue: studentTCdf(t, w.df),
  };
}
