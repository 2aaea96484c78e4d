import { checkSample } from './check-sample.js';
import { chiSquareCdf } from './chi-square-cdf.js';
import { powerLawExpFit } from './power-law-exp-fit.js';

/** The paper's mean-loss law against its simpler rivals, weighted by the precision of each mean. */
export interface ExpLawComparison {
  /** exp(α·n^β): the weighted least-squares fit on the log scale; converged false when β sits at a range end. */
  alpha: number;
  beta: number;
  converged: boolean;
  /** Weighted residual sums of squares (χ² statistics): exp law (2 parameters), constant (1), power law c·n^γ (2). */
  chiSquareExpLaw: number;
  chiSquareConstant: number;
  chiSquarePowerLaw: number;
  /** Power-law exponent γ of the rival ln mean = ln c + γ ln n. */
  powerLawGamma: number;
  /** Likelihood-ratio test of the exp law against the constant (nested at β = 0): χ²_const − χ²_exp on 1 df. */
  pVersusConstant: number;
  /** Lack of fit of the exp law against one mean per size: χ²_exp on m − 2 df (p = 1 when m = 2). */
  lackOfFitP: number;
  lackOfFitDf: number;
  /** AIC(exp law) − AIC(power law) = χ²_exp − χ²_pow (equal parameter counts): positive when the power law fits better. */
  deltaAicPowerLaw: number;
}

/**
 * Model comparison for "the mean test loss follows exp(α·n^β)" (Choromanska et al. 2015, section 5.1, Fig. 10).
 * The data are per-size means mᵢ with standard errors seᵢ (sd/√runs); on the log scale, yᵢ = ln mᵢ has variance
 * ≈ (seᵢ/mᵢ)² (delta method), so each size is weighted by wᵢ = (mᵢ/seᵢ)² and the residual sums of squares are χ²
 * statistics under normal errors with known variances (the per-size runs are many: 30–1,000):
 *   exp law   yᵢ = α·nᵢ^β        (2 parameters; variable projection over β ∈ [−4, 4], grid + golden section)
 *   constant  yᵢ = c             (1 parameter; the exp law at β = 0, so the comparison is nested: LR on 1 df)
 *   power law yᵢ = c + γ·ln nᵢ   (2 parameters; not nested, compared by AIC — the exp law approaches it as β → 0
 *                                 with α·β fixed, so a power law that fits is not evidence against the exp law)
 * Lack of fit: χ²_exp against χ²_{m−2}. A rule built on this (src/claims/scaling.ts) should hold only when the
 * exp law beats the constant AND shows no lack of fit, instead of reading R², which a two-parameter curve through
 * four falling means nearly always makes ≥ 0.9. Needs ≥ 3 sizes, positive means and standard errors, ≥ 2
 * distinct n.
 */
export function expLawComparison(
  n: readonly number[],
  means: readonly number[],
  standardErrors: readonly number[],
): ExpLawComparison {
  checkSample(n, 3, 'n');
  const m = n.length;
  if (means.length !== m || standardErrors.length !== m) throw new RangeError('expLawComparison: lengths differ');
  for (let i = 0; i < m; i++) {
    if (!(n[i] > 0) || !(means[i] > 0) || !(standardErrors[i] > 0)) {
      throw new RangeError(`expLawComparison: n, mean and standard error must be positive (index ${i})`);
    }
  }
  const nMax = Math.max(...n);
  if (!(nMax > Math.min(...n))) throw new RangeError('expLawComparison: needs at least two distinct n');
  const y = means.map(Math.log);
  const w = means.map((mu, i) => (mu / standardErrors[i]) ** 2);
  // The exp law: the weighted variable-projection fit (grid over β ∈ [−4, 4], golden section), weights wᵢ.
  const fit = powerLawExpFit(n, means, { weights: w });
  const { beta, converged } = fit;
  // Constant: the weighted mean.
  const sw = w.reduce((s, v) => s + v, 0);
  const yBar = w.reduce((s, v, i) => s + v * y[i], 0) / sw;
  const chiConst = w.reduce((s, v, i) => s + v * (y[i] - yBar) ** 2, 0);
  // Power law: weighted linear regression of y on ln n.
  const x = n.map(Math.log);
  const xBar = w.reduce((s, v, i) => s + v * x[i], 0) / sw;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < m; i++) {
    sxx += w[i] * (x[i] - xBar) ** 2;
    sxy += w[i] * (x[i] - xBar) * (y[i] - yBar);
  }
  const gamma = sxy / sxx;
  const chiPow = w.reduce((s, v, i) => s + v * (y[i] - yBar - gamma * (x[i] - xBar)) ** 2, 0);
  const chiExp = Math.min(fit.rss, chiConst);
  const df = m - 2;
  return {
    alpha: fit.alpha,
    beta,
    converged,
    chiSquareExpLaw: chiExp,
    chiSquareConstant: chiConst,
    chiSquarePowerLaw: chiPow,
    powerLawGamma: gamma,
    pVersusConstant: 1 - chiSquareCdf(Math.max(0, chiConst - chiExp), 1),
    lackOfFitP: df > 0 ? 1 - chiSquareCdf(chiExp, df) : 1,
    lackOfFitDf: df,
    deltaAicPowerLaw: chiExp - chiPow,
  };
}
