import { checkSample } from './check-sample.js';
import { mean } from './mean.js';
import { studentTCdf } from './student-t-cdf.js';
import { variance } from './variance.js';

/**
 * Welch's two-sample t-test of H0: μx = μy (normal populations, variances not assumed equal):
 *   t = (x̄ − ȳ)/√(s²x/nx + s²y/ny),  ν = (s²x/nx + s²y/ny)² / ((s²x/nx)²/(nx−1) + (s²y/ny)²/(ny−1)),
 * t ~ approx. Student t with ν degrees of freedom. pValueLess is for H1: μx < μy, pValueGreater for
 * H1: μx > μy. Needs nx, ny ≥ 2 and not both samples constant.
 *
 * @example welchTTest([1, 2, 3, 4], [3, 4, 5, 6, 7]).t // −2.6112 (scipy ttest_ind equal_var=False)
 */
export function welchTTest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): {
  t: number;
  df: number;
  estimate: number;
  standardError: number;
  pValueTwoSided: number;
  pValueLess: number;
  pValueGreater: number;
} {
  checkSample(x, 2, 'x');
  checkSample(y, 2, 'y');
  const vx = variance(x) / x.length;
  const vy = variance(y) / y.length;
  const se2 = vx + vy;
  if (se2 === 0) throw new RangeError('welchTTest: both samples are constant, the t statistic is undefined');
  const estimate = mean(x) - mean(y);
  const standardError = Math.sqrt(se2);
  const t = estimate / standardError;
  const df = (se2 * se2) / ((vx * vx) / (x.length - 1) + (vy * vy) / (y.length - 1));
  const pValueLess = studentTCdf(t, df);
  const pValueGreater = studentTCdf(-t, df);
  return {
    t,
    df,
    estimate,
    standardError,
    pValueTwoSided: Math.min(1, 2 * Math.min(pValueLess, pValueGreater)),
    pValueLess,
    pValueGreater,
  };
}
