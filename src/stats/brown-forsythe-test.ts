import { checkSample } from './check-sample.js';
import { mean } from './mean.js';
import { median } from './median.js';
import { welchTTest } from './welch-t-test.js';

/**
 * Brown–Forsythe test for equal spreads of two groups (Levene's test with medians), in its one-sided
 * two-group form: zᵢ = |xᵢ − median(x)|, wⱼ = |yⱼ − median(y)|, then a Welch t-test on z versus w.
 * pValueGreater is for H1: x is more spread out than y (mean |x − med x| > mean |y − med y|).
 * Robust to non-normality (unlike varianceRatioTest); approximate, its false-alarm rate is close to
 * nominal for moderate n (≥ 10 per group). Needs n ≥ 2 in each group and some spread in one of them.
 *
 * @example brownForsytheTest(wide, narrow).pValueGreater
 */
export function brownForsytheTest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): {
  t: number;
  df: number;
  spreadX: number;
  spreadY: number;
  pValueGreater: number;
  pValueLess: number;
  pValueTwoSided: number;
} {
  checkSample(x, 2, 'x');
  checkSample(y, 2, 'y');
  const mx = median(x);
  const my = median(y);
  const z = Float64Array.from(x, (v) => Math.abs(v - mx));
  const w = Float64Array.from(y, (v) => Math.abs(v - my));
  const r = welchTTest(z, w);
  return {
    t: r.t,
    df: r.df,
    spreadX: mean(z),
    spreadY: mean(w),
    pValueGreater: r.pValueGreater,
    pValueLess: r.pValueLess,
    pValueTwoSided: r.pValueTwoSided,
  };
}
