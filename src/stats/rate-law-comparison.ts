import { binomialRateRegression } from './binomial-rate-regression.js';
import { chiSquareCdf } from './chi-square-cdf.js';
import { fCdf } from './f-cdf.js';

/** The exponential rate law against its rivals, on per-size pooled counts. */
export interface RateLawComparison {
  /** Residual deviance of logit p = a − b·size (the exponential tail) and of logit p = a − γ·ln size (power law). */
  devianceExponential: number;
  devianceRival: number;
  /** Lack-of-fit test of the exponential law against the saturated per-size model: statistic, df and p-value. */
  lackOfFitStatistic: number;
  lackOfFitDf: number;
  lackOfFitP: number;
  /** AIC(exponential) − AIC(power law) on the quasi scale, (D_exp − D_pow)/φ (both have 2 parameters). */
  deltaAic: number;
}

/**
 * Is a falling share exponential in size? Fits, to per-size pooled counts (successes of trials at each size),
 * the binomial rate law logit p = a − b·size (for small p: p ∝ e^{−b·size}, the "exponentially rare" of
 * Choromanska et al. 2015) and the power-law rival logit p = a − γ·ln size (p ∝ size^{−γ}), both by maximum
 * likelihood (binomialRateRegression). Returns
 *  - the lack-of-fit test of the exponential law against the saturated model (one share per size): the residual
 *    deviance D_exp on m − 2 df, divided by the dispersion φ and referred to F(m − 2, ν) (quasi-binomial, ν the df
 *    of φ's estimate) or to χ²_{m−2} when φ = 1 by construction (ν = Infinity); p = 1 with m ≤ 2 sizes;
 *  - ΔAIC = (D_exp − D_pow)/φ: positive when the power law fits better (equal parameter counts, so the penalty
 *    cancels). Burnham & Anderson's rule of thumb: ΔAIC > 10 is "essentially no support" for the worse model.
 * Under separation the deviances are their limits (binomialRateRegression). Needs ≥ 2 distinct positive sizes.
 *
 * @example rateLawComparison([20, 30, 40, 50], [40, 18, 8, 3], [60, 60, 60, 60], 1, Infinity).lackOfFitP // ≈ 0.69
 */
export function rateLawComparison(
  sizes: readonly number[],
  successes: readonly number[],
  trials: readonly number[],
  dispersion: number,
  dispersionDf: number,
): RateLawComparison {
  if (!(dispersion >= 1)) throw new RangeError(`rateLawComparison: dispersion must be ≥ 1, got ${dispersion}`);
  if (sizes.some((s) => !(s > 0))) throw new RangeError('rateLawComparison: sizes must be positive');
  const exponential = binomialRateRegression(sizes, successes, trials);
  const rival = binomialRateRegression(
    sizes.map((s) => Math.log(s)),
    successes,
    trials,
  );
  const m = sizes.length;
  const df = m - 2;
  const dExp = Math.max(0, exponential.deviance);
  const dPow = Math.max(0, rival.deviance);
  let p = 1;
  let statistic = 0;
  if (df > 0 && exponential.status !== 'no-variation') {
    statistic = dExp / dispersion;
    p =
      dispersionDf === Number.POSITIVE_INFINITY
        ? 1 - chiSquareCdf(statistic, df)
        : 1 - fCdf(statistic / df, df, Math.max(1, dispersionDf));
  }
  return {
    devianceExponential: dExp,
    devianceRival: dPow,
    lackOfFitStatistic: statistic,
    lackOfFitDf: Math.max(0, df),
    lackOfFitP: p,
    deltaAic: (dExp - dPow) / dispersion,
  };
}
