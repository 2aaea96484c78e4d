/**
 * Claim `reduction` — under the paper's assumptions (variable independence, redundancy, uniformity) the loss of an
 * H-layer network is the Hamiltonian of the H-spin spherical glass (Choromanska et al. 2015, section 3, Thm 3.1):
 * in particular its covariance is that of the spin glass, E[L(w)L(w')] ∝ R^H with R = w·w'/Λ.
 *
 * Experiment (direct Monte Carlo, no engine spec; reduction-model.ts): the decoupled model
 * Y(w) = Σ_paths X·A·Π w (Λ unique weights, every H-tuple `multiplicity` times, X ~ N(0,1), A ~ Bernoulli(ρ)) is
 * sampled `samples` times at each overlap R of a pair (w, w') with exact overlap, independently per overlap; r_R is
 * the empirical correlation of Y(w) and Y(w'). Beside it, the same statistic for a real bias-free ReLU network over
 * Gaussian inputs at layer-wise overlap R — reported, not judged (its correlations are not a power of R).
 *
 * Statistic: the slope b of log r_R on log R, weighted least squares with the delta-method variances
 * Var(log r) ≈ (1 − r²)²/(r²(S − 3)) (Fisher z: Var z ≈ 1/(S − 3)); se(b) = 1/√(Σ w_i (x_i − x̄_w)²) (known
 * variances, normal interval); only overlaps with r > 0 enter. CI = b ± z_{1−α/2}·se.
 * Decision rule: 'fails' if H ∉ CI (a two-sided test of slope = H at level α); 'holds' if the CI lies inside
 * [H − margin, H + margin] (equivalence: the data identify the exponent as H rather than H ± 1 with margin 0.5);
 * otherwise 'inconclusive' (also with fewer than 3 usable overlaps). α = 0.01, one test, no correction.
 *
 * Defaults: H = 3, Λ = 8, multiplicity 2, ρ = 0.5, R ∈ {0.5, 0.6, 0.7, 0.8, 0.9}; samples 3000 (ci), 30000
 * (quick), 200000 (paper); network: 20 inputs, width 20, same samples.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { normalQuantile } from '../stats/normal-quantile.js';
import type { Claim } from './claim.js';
import type { ClaimResult, EvidenceRow, Verdict } from './claim-result.js';
import { parseClaimConfig } from './parse-claim-config.js';
import { decoupledModelCorrelations, networkCorrelations, type OverlapCorrelation } from './reduction-model.js';
import type { Profile, Scale } from './scale.js';

export const reductionConfigSchema = z
  .object({
    depth: z.number().int().min(1).max(6),
    uniqueWeights: z.number().int().min(2).max(64),
    multiplicity: z.number().int().min(1).max(100),
    activeProbability: z.number().gt(0).max(1),
    samples: z.number().int().min(10).max(10_000_000),
    overlaps: z.array(z.number().gt(0).lt(1)).min(3).max(20),
    seed: z.number().int().min(0),
    alpha: z.number().gt(0).lt(0.5),
    equivalenceMargin: z.number().positive().max(10),
    network: z
      .object({ inputDimension: z.number().int().min(1).max(1000), width: z.number().int().min(1).max(1000) })
      .strict(),
  })
  .strict()
  .refine((c) => c.uniqueWeights ** c.depth * c.multiplicity <= 2_000_000, {
    message: 'too many paths (uniqueWeights^depth · multiplicity must be ≤ 2,000,000)',
    path: ['uniqueWeights'],
  });

export type ReductionConfig = z.infer<typeof reductionConfigSchema>;

export interface LogLogSlope {
  slope: number;
  standardError: number;
  lower: number;
  upper: number;
  /** Overlaps with r > 0 that entered the fit. */
  used: number;
}

/**
 * Weighted slope of log r on log R with delta-method weights (see the header), and its normal (1 − α) interval;
 * null with fewer than 3 usable (r > 0, |r| < 1) overlaps.
 */
export function logLogSlope(points: readonly OverlapCorrelation[], alpha: number): LogLogSlope | null {
  const usable = points.filter((p) => p.correlation > 0 && p.correlation < 1 && p.overlap > 0 && p.samples > 3);
  if (usable.length < 3) return null;
  const x = usable.map((p) => Math.log(p.overlap));
  const y = usable.map((p) => Math.log(p.correlation));
  const w = usable.map((p) => (p.correlation ** 2 * (p.samples - 3)) / (1 - p.correlation ** 2) ** 2);
  const sw = w.reduce((a, b) => a + b, 0);
  const mx = x.reduce((a, xi, i) => a + w[i] * xi, 0) / sw;
  const my = y.reduce((a, yi, i) => a + w[i] * yi, 0) / sw;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    sxx += w[i] * (x[i] - mx) ** 2;
    sxy += w[i] * (x[i] - mx) * (y[i] - my);
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  const standardError = 1 / Math.sqrt(sxx);
  const z = normalQuantile(1 - alpha / 2);
  return {
    slope,
    standardError,
    lower: slope - z * standardError,
    upper: slope + z * standardError,
    used: usable.length,
  };
}

const ID = 'reduction';
const TITLE = 'The decoupled network model has the covariance of the H-spin glass: Corr(L(w), L(w′)) = R^H';
const PAPER_REFERENCE = 'section 3 (assumptions A1p, A1u, A2u, A3u, A4, A5u, A6u; Theorem 3.1)';

const round = (v: number | null | undefined, d = 4): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Number(v.toFixed(d));

/** The decision rule (pure): `model` the decoupled model's correlations, `network` the ReLU network's (reported). */
export function judgeReduction(
  config: ReductionConfig,
  model: readonly OverlapCorrelation[],
  network: readonly OverlapCorrelation[],
): ClaimResult {
  const h = config.depth;
  const fit = logLogSlope(model, config.alpha);
  const networkFit = logLogSlope(network, config.alpha);
  const evidence: EvidenceRow[] = model.map((m, i) => ({
    overlap: m.overlap,
    samples: m.samples,
    theoryRH: round(m.overlap ** h),
    modelCorrelation: round(m.correlation),
    networkCorrelation: round(network[i]?.correlation),
  }));
  evidence.push({
    overlap: 'fit',
    samples: null,
    theoryRH: h,
    modelCorrelation: fit ? `slope ${fit.slope.toFixed(3)} [${fit.lower.toFixed(3)}, ${fit.upper.toFixed(3)}]` : 'n/a',
    networkCorrelation: networkFit
      ? `slope ${networkFit.slope.toFixed(3)} [${networkFit.lower.toFixed(3)}, ${networkFit.upper.toFixed(3)}]`
      : 'n/a',
  });
  let verdict: Verdict;
  let reason: string;
  const confidence = `${(100 * (1 - config.alpha)).toFixed(0)} %`;
  if (fit === null) {
    verdict = 'inconclusive';
    reason = 'fewer than 3 overlaps with a positive correlation: no slope.';
  } else if (h < fit.lower || h > fit.upper) {
    verdict = 'fails';
    reason = `the ${confidence} interval of the slope [${fit.lower.toFixed(3)}, ${fit.upper.toFixed(3)}] excludes H = ${h}.`;
  } else if (fit.lower >= h - config.equivalenceMargin && fit.upper <= h + config.equivalenceMargin) {
    verdict = 'holds';
    reason = `slope ${fit.slope.toFixed(3)}, ${confidence} interval [${fit.lower.toFixed(3)}, ${fit.upper.toFixed(3)}] ⊂ H ± ${config.equivalenceMargin}.`;
  } else {
    verdict = 'inconclusive';
    reason = `the ${confidence} interval [${fit.lower.toFixed(3)}, ${fit.upper.toFixed(3)}] contains H = ${h} but is wider than H ± ${config.equivalenceMargin}.`;
  }
  if (networkFit) {
    reason += ` ReLU network (reported, not judged): slope ${networkFit.slope.toFixed(3)}.`;
  }
  return {
    id: ID,
    title: TITLE,
    paperReference: PAPER_REFERENCE,
    verdict,
    statistic: { name: 'slope of log Corr(Y(w), Y(w′)) on log R (decoupled model)', value: fit ? fit.slope : null },
    threshold: { description: `H (CI must contain it; holds when the CI ⊂ H ± ${config.equivalenceMargin})`, value: h },
    alpha: config.alpha,
    rule:
      'fails: H outside the (1 − α) normal interval of the weighted log–log slope; holds: interval inside ' +
      'H ± equivalenceMargin; else inconclusive.',
    reason,
    evidence,
    ourDefinitions: [
      `Our reading of section 3: Y(w) = Σ_paths X·A·Π_{k≤H} w_{i_k}, one path per H-tuple of the Λ = ${config.uniqueWeights} unique weights, repeated ${config.multiplicity}× (uniform redundancy), X ~ N(0, 1) i.i.d., A ~ Bernoulli(${config.activeProbability}) i.i.d. and independent of X; the normalisation q cancels.`,
      "The paper's losses are affine in Y after its assumptions, so the correlation of Y is measured.",
      `Equivalence margin ${config.equivalenceMargin}: the slope is identified as H rather than H ± 1.`,
      `ReLU network beside it: bias-free, ${config.network.inputDimension} Gaussian inputs, ${h - 1} hidden layers of width ${config.network.width}, weights N(0, 1/fanIn), each layer at overlap R; no verdict.`,
    ],
  };
}

export function reductionConfigFor(scale: Scale): ReductionConfig {
  const samples = scale === 'ci' ? 3000 : scale === 'quick' ? 30_000 : 200_000;
  return {
    depth: 3,
    uniqueWeights: 8,
    multiplicity: 2,
    activeProbability: 0.5,
    samples,
    overlaps: [0.5, 0.6, 0.7, 0.8, 0.9],
    seed: 1,
    alpha: 0.01,
    equivalenceMargin: 0.5,
    network: { inputDimension: 20, width: 20 },
  };
}

function reductionArbitrary(scale: Scale, profile: Profile): fc.Arbitrary<ReductionConfig> {
  const base = reductionConfigFor(scale);
  if (profile === 'ci') {
    return fc.record({
      depth: fc.constantFrom(3, 2),
      uniqueWeights: fc.constantFrom(8, 6),
      multiplicity: fc.constant(base.multiplicity),
      activeProbability: fc.constantFrom(0.5, 0.8),
      samples: fc.constant(base.samples),
      overlaps: fc.constant(base.overlaps),
      seed: fc.integer({ min: 0, max: 10_000 }),
      alpha: fc.constant(base.alpha),
      equivalenceMargin: fc.constant(base.equivalenceMargin),
      network: fc.constant(base.network),
    });
  }
  return fc.record({
    depth: fc.integer({ min: 1, max: 4 }),
    uniqueWeights: fc.integer({ min: 2, max: 8 }),
    multiplicity: fc.integer({ min: 1, max: 3 }),
    activeProbability: fc.constantFrom(0.1, 0.5, 1),
    samples: fc.integer({ min: 50, max: base.samples }),
    overlaps: fc.constant(base.overlaps),
    seed: fc.integer({ min: 0, max: 10_000 }),
    alpha: fc.constant(base.alpha),
    equivalenceMargin: fc.constant(base.equivalenceMargin),
    network: fc.constant(base.network),
  });
}

export const reductionClaim: Claim<ReductionConfig> = {
  id: ID,
  title: TITLE,
  paperReference: PAPER_REFERENCE,
  configFor: reductionConfigFor,
  arbitrary: reductionArbitrary,
  parseConfig: (input) => parseClaimConfig(ID, reductionConfigSchema, input),
  specs: () => [],
  async evaluate(config) {
    const model = decoupledModelCorrelations({
      depth: config.depth,
      uniqueWeights: config.uniqueWeights,
      multiplicity: config.multiplicity,
      activeProbability: config.activeProbability,
      samples: config.samples,
      overlaps: config.overlaps,
      seed: config.seed,
    });
    const network = networkCorrelations({
      depth: config.depth,
      inputDimension: config.network.inputDimension,
      width: config.network.width,
      samples: config.samples,
      overlaps: config.overlaps,
      seed: config.seed,
    });
    return {
      result: judgeReduction(config, model, network),
      figureInput: { config, records: {}, series: { model, network } },
    };
  },
};
