/**
 * Claim `poor-minima-decay` — the probability of ending in a poor minimum falls exponentially with the size
 * (Choromanska et al. 2015, abstract and section 4: "the probability of recovering a poor (high-value) local
 * minimum … decreases quickly with network size").
 *
 * Experiments: the shared ladders (src/claims/ladders.ts), the same runs as `band`: spin glass on L coupling samples
 * (landscapes) per N, the starts spread over them (run r on landscape r mod L).
 *
 * Definitions (ours, parameters): a spin-glass run ends in a poor minimum when its scaled energy H/N is above
 * −E_∞ + δ (default δ = 0.15, about 9 % of E_∞(3) = 1.633, six band widths E_0 − E_∞ above the band's top: the
 * theory's band is the same reference at every N, since H/N is normalised); a network is poor when its test loss
 * is an OUTLIER ABOVE ITS OWN WIDTH'S DISTRIBUTION: above median_n1 + c·1.4826·MAD_n1 (robustUpperCut, default
 * c = 3: three robust standard deviations above the bulk, the textbook outlier cut; for a normal bulk 0.13 % of
 * the networks lie above it at EVERY width). So a falling network share means the high-loss tail thins with
 * width (the paper's "poor local minima" at small sizes), not that the mean loss falls or the bulk narrows —
 * until 2026-12-02 the cut was the median of the smallest width, which only tested that the mean loss falls.
 *
 * Statistic and rule: per part, the binomial rate regression logit p = a − b·size (size = N, resp. n1) fitted to
 * the poor counts, one-sided in b (H1: b > 0; valid under separation, e.g. no poor minima at the larger sizes).
 * For small p this is p ∝ e^{−b·size}: "exponentially rare" is the log-share linear in size. Effect size: b, the
 * decay rate per unit of size, with its profile interval.
 *  Spin glass — the LANDSCAPE is the unit (quasi-binomial model with a landscape effect): the model is fitted to the
 *  per-landscape counts (k_l poor of n_l starts on landscape l) and its likelihood-ratio statistic Λ is divided by
 *  the landscape dispersion φ = max(1, X²/ν), X² = Σ_sizes Σ_l (k_l − n_l p̄_N)² / (n_l p̄_N (1 − p̄_N)) the
 *  between-landscape Pearson statistic within sizes (p̄_N: the pooled share at N), ν = Σ (L_N − 1) over the sizes
 *  with 0 < p̄_N < 1. The one-sided p-value is that of the signed root sign(b̂)·√(Λ/φ) under Student's t with ν
 *  degrees of freedom. Starts on one landscape that share their luck inflate X², hence φ, and the test is then in
 *  effect over landscapes; with ν = 0 (one landscape per size, or no size with both poor and good landscapes) φ
 *  cannot be estimated and the part is inconclusive. One start per landscape (per-run disorder, as in
 *  `ground-state-hardness`) has φ = 1 (Bernoulli counts carry no overdispersion) and the normal reference.
 *  Networks (unit: the network; one data split, independent initialisations): the plain LR test, normal reference.
 * Exponential, not just falling (rateLawComparison): per part, on the per-size pooled counts, the LACK-OF-FIT test
 * of the logit-linear law against the saturated model (one share per size; residual deviance/φ on m − 2 df, F or
 * χ² reference), and the power-law rival logit p = a − γ·ln size compared by ΔAIC = (D_exp − D_pow)/φ (equal
 * parameter counts). Threshold ΔAIC > 10 (Burnham & Anderson: "essentially no support" for the exponential law);
 * on a ladder spanning a factor 2.5–4 in size the two laws are hard to tell apart, so this rarely decides, and the
 * evidence reports ΔAIC either way.
 * Verdict: 'fails' if Holm at α over the four fail-tests (b < 0 in either part: poor minima become MORE frequent;
 * lack of fit of the exponential law in either part) rejects one, or the power law is decisively better
 * (ΔAIC > 10) in a part; 'holds' if Holm at α over the two parts rejects b ≤ 0 in both and nothing fails;
 * 'inconclusive' otherwise, in particular when a part has no poor run anywhere (or only poor runs): b is not
 * identified. P('fails' | the claim's boundary: b = 0, logit-linear) ≤ α from the Holm family (plus the ΔAIC
 * rule's rate, below 1 % in the tests' simulations). The Wilson band per size is the pooled share's with the
 * effective sample size n/φ (Kish's design effect).
 *
 * Defaults: α = 0.05, δ = 0.15, c = 3; ladders per scale from src/claims/ladders.ts.
 */
import { z } from 'zod';
import type { RunRecord } from '../experiments/run-record.js';
import { binomialRateRegression } from '../stats/binomial-rate-regression.js';
import { holmBonferroni } from '../stats/holm-bonferroni.js';
import { normalCdf } from '../stats/normal-cdf.js';
import { type RateLawComparison, rateLawComparison } from '../stats/rate-law-comparison.js';
import { robustUpperCut } from '../stats/robust-upper-cut.js';
import { studentTCdf } from '../stats/student-t-cdf.js';
import { studentTQuantile } from '../stats/student-t-quantile.js';
import { wilsonInterval } from '../stats/wilson-interval.js';
import { eInfinity } from '../theory/e-infinity.js';
import type { Claim } from './claim.js';
import type { ClaimResult, EvidenceRow } from './claim-result.js';
import { ladderClaim } from './ladder-claim.js';
import { networkLadder, networkLadderSchema, spinGlassLadder, spinGlassLadderSchema } from './ladders.js';
import {
  divergedRuns,
  landscapeCount,
  landscapeGroups,
  pooledValues,
  type SizeLandscapes,
  usableLandscapes,
} from './landscape-groups.js';
import type { Scale } from './scale.js';
import { lossesOf, roundTo, type SizeGroup, scaledEnergyOf, sizeGroups } from './size-groups.js';

const P = 3;

export const poorMinimaDecayConfigSchema = z.strictObject({
  spinGlass: spinGlassLadderSchema,
  network: networkLadderSchema,
  alpha: z.number().gt(0).lt(0.5),
  /** Poor spin-glass minimum: H/N > −E_∞ + delta. */
  delta: z.number().min(0).max(2),
  /** Poor network: test loss above its width's median + outlierFactor robust standard deviations. */
  outlierFactor: z.number().gt(0).max(20),
});
export type PoorMinimaDecayConfig = z.infer<typeof poorMinimaDecayConfigSchema>;

export function poorMinimaDecayConfigFor(scale: Scale): PoorMinimaDecayConfig {
  return {
    spinGlass: spinGlassLadder(scale),
    network: networkLadder(scale),
    alpha: 0.05,
    delta: 0.15,
    outlierFactor: 3,
  };
}

export interface RateTrend {
  sizes: number[];
  /** Pooled poor counts, runs and landscapes per size (sizes with at least one ok run). */
  poor: number[];
  trials: number[];
  landscapes: number[];
  status: string;
  b: number | null;
  /** One-sided p-values for b > 0 and for b < 0 (1 when b is not identified or φ cannot be estimated). */
  pDecay: number;
  pGrowth: number;
  /** Landscape dispersion φ ≥ 1 and its degrees of freedom ν (Infinity: φ = 1 by construction); null if unknown. */
  dispersion: number | null;
  df: number | null;
  /** Profile-likelihood interval of b at 1 − 2α, widened by φ (quasi-likelihood). */
  profile: { lower: number; upper: number } | null;
  /** The exponential law against the saturated model and the power-law rival (null when b is not identified). */
  law: RateLawComparison | null;
}

/** Landscape dispersion of per-landscape counts: φ = max(1, X²/ν) and ν (see the header); ν = 0 → φ unknown. */
export function landscapeDispersion(rows: { size: number; poor: number; trials: number }[]): {
  dispersion: number | null;
  df: number;
} {
  if (rows.every((r) => r.trials === 1)) return { dispersion: 1, df: Number.POSITIVE_INFINITY };
  const bySize = new Map<number, { poor: number; trials: number }[]>();
  for (const r of rows) bySize.set(r.size, [...(bySize.get(r.size) ?? []), r]);
  let x2 = 0;
  let df = 0;
  for (const group of bySize.values()) {
    const k = group.reduce((s, r) => s + r.poor, 0);
    const n = group.reduce((s, r) => s + r.trials, 0);
    const share = k / n;
    if (!(share > 0 && share < 1) || group.length < 2) continue;
    df += group.length - 1;
    for (const r of group) x2 += (r.poor - r.trials * share) ** 2 / (r.trials * share * (1 - share));
  }
  return df > 0 ? { dispersion: Math.max(1, x2 / df), df } : { dispersion: null, df: 0 };
}

/**
 * Binomial rate regression of poor counts on size with the landscape as the unit (pure): per-landscape counts,
 * quasi-binomial test of b (see the header), one-sided in both directions.
 */
export function rateTrend(
  groups: SizeLandscapes[],
  isPoor: (v: number, size: number) => boolean,
  alpha: number,
): RateTrend {
  const used = groups.filter((g) => pooledValues(g).length > 0);
  const sizes = used.map((g) => g.size);
  const poor = used.map((g) => pooledValues(g).filter((v) => isPoor(v, g.size)).length);
  const trials = used.map((g) => pooledValues(g).length);
  const landscapes = used.map(landscapeCount);
  const rows = used.flatMap((g) =>
    usableLandscapes(g).map((l) => ({
      size: g.size,
      poor: l.values.filter((v) => isPoor(v, g.size)).length,
      trials: l.values.length,
    })),
  );
  const base = { sizes, poor, trials, landscapes };
  const none = { b: null, pDecay: 1, pGrowth: 1, profile: null, law: null };
  if (used.length < 2) return { ...base, ...none, status: 'too-few-sizes', dispersion: null, df: null };
  const { dispersion, df } = landscapeDispersion(rows);
  const fit = binomialRateRegression(
    rows.map((r) => r.size),
    rows.map((r) => r.poor),
    rows.map((r) => r.trials),
  );
  if (fit.status === 'no-variation') return { ...base, ...none, status: fit.status, dispersion, df };
  const b = Number.isFinite(fit.b) ? fit.b : fit.b > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (dispersion === null) {
    return { ...base, ...none, b, status: 'landscape-dispersion-unknown', dispersion, df };
  }
  const root = Math.sign(fit.b) * Math.sqrt(fit.lrStatistic / dispersion);
  const pDecay = df === Number.POSITIVE_INFINITY ? normalCdf(-root) : 1 - studentTCdf(root, df);
  // The profile interval at the confidence whose χ²₁ quantile is φ·t²_ν: the quasi-likelihood interval.
  const t = df === Number.POSITIVE_INFINITY ? null : studentTQuantile(1 - alpha, df);
  const z = t === null ? null : Math.sqrt(dispersion) * t;
  const confidence = z === null ? 1 - 2 * alpha : Math.min(1 - 1e-12, 2 * normalCdf(z) - 1);
  return {
    ...base,
    status: fit.status,
    b,
    pDecay,
    pGrowth: fit.lrStatistic === 0 ? 1 : 1 - pDecay,
    dispersion,
    df,
    profile: fit.profileInterval(confidence),
    law: rateLawComparison(sizes, poor, trials, dispersion, df),
  };
}

/** ΔAIC above which the power-law rival is decisively better than the exponential law (Burnham & Anderson). */
const POWER_LAW_AIC = 10;

export function judgePoorMinimaDecay(
  config: PoorMinimaDecayConfig,
  spinRecords: RunRecord[],
  networkRecords: RunRecord[],
): ClaimResult {
  const level = -eInfinity(P) + config.delta;
  const sg = landscapeGroups(spinRecords, config.spinGlass.sizes, scaledEnergyOf);
  const netGroups = sizeGroups(networkRecords, config.network.widths, (r) => lossesOf(r).test);
  // Networks: each network is its own unit (one landscape per run: Bernoulli rows, φ = 1).
  const net = networkUnits(netGroups);
  // Each width judged against its own distribution: the robust outlier cut of that width's test losses.
  const netCuts = new Map(
    netGroups.map((g) => [g.size, g.values.length > 0 ? robustUpperCut(g.values, config.outlierFactor) : Number.NaN]),
  );
  const sgTrend = rateTrend(sg, (v) => v > level, config.alpha);
  const netTrend = rateTrend(net, (v, size) => v > (netCuts.get(size) ?? Number.NaN), config.alpha);
  const forward = holmBonferroni([sgTrend.pDecay, netTrend.pDecay], config.alpha);
  // The fail family: growth in either part, lack of fit of the exponential law in either part (Holm at α).
  const lackOfFit = [sgTrend, netTrend].map((t) => t.law?.lackOfFitP ?? 1);
  const backward = holmBonferroni([sgTrend.pGrowth, netTrend.pGrowth, ...lackOfFit], config.alpha);
  const powerLawWins = [sgTrend, netTrend].map((t) => (t.law?.deltaAic ?? 0) > POWER_LAW_AIC);
  const parts = ['spin glass', 'network'];
  const failTests = [
    'spin glass: poor share GROWS with N',
    'network: poor share GROWS with n1',
    'spin glass: the share is not logit-linear in N (lack of fit)',
    'network: the share is not logit-linear in n1 (lack of fit)',
  ];
  let verdict: ClaimResult['verdict'];
  let reason: string;
  if (backward.reject.some(Boolean) || powerLawWins.some(Boolean)) {
    verdict = 'fails';
    const what = [
      ...failTests.filter((_, i) => backward.reject[i]),
      ...parts
        .filter((_, i) => powerLawWins[i])
        .map(
          (part) =>
            `${part}: the power law fits decisively better (ΔAIC ${roundTo((part === 'network' ? netTrend : sgTrend).law?.deltaAic ?? Number.NaN, 2)} > ${POWER_LAW_AIC})`,
        ),
    ];
    reason = `${what.join('; ')} (Holm-adjusted p of the fail family ${backward.adjusted.map((p) => roundTo(p, 3)).join(', ')}).`;
  } else if (forward.reject.every(Boolean)) {
    verdict = 'holds';
    reason = `b > 0 in both parts at family-wise α = ${config.alpha} (Holm-adjusted LR p ${forward.adjusted.map((p) => roundTo(p, 3)).join(', ')}; b = ${roundTo(sgTrend.b ?? Number.NaN, 4)} per N, ${roundTo(netTrend.b ?? Number.NaN, 4)} per n1), no lack of fit of the exponential law (p ${lackOfFit.map((p) => roundTo(p, 3)).join(', ')}), power-law rival ΔAIC ${[sgTrend, netTrend].map((t) => roundTo(t.law?.deltaAic ?? Number.NaN, 2)).join(', ')}.`;
  } else {
    verdict = 'inconclusive';
    const why = [sgTrend, netTrend].map((t, i) =>
      forward.reject[i]
        ? null
        : `${parts[i]}: ${
            t.status === 'no-variation'
              ? 'no variation (no poor run, or only poor runs)'
              : t.status === 'landscape-dispersion-unknown'
                ? 'the landscape dispersion cannot be estimated (no size with two landscapes and both poor and good runs)'
                : `b = ${roundTo(t.b ?? Number.NaN, 3)}, p = ${roundTo(t.pDecay, 3)}${t.dispersion !== null && t.dispersion > 1 ? ` (landscape dispersion φ = ${roundTo(t.dispersion, 3)})` : ''}`
          }`,
    );
    reason = `decay not shown at Holm-adjusted α — ${why.filter(Boolean).join('; ')}.`;
  }
  // Landscape columns (spin glass only): how many landscapes, and the range of their poor shares.
  const landscapeColumns = (g: SizeLandscapes) => {
    const shares = usableLandscapes(g).map((l) => l.values.filter((v) => v > level).length / l.values.length);
    return {
      landscapes: landscapeCount(g),
      minLandscapeShare: shares.length > 0 ? roundTo(Math.min(...shares), 3) : null,
      maxLandscapeShare: shares.length > 0 ? roundTo(Math.max(...shares), 3) : null,
    };
  };
  const rows = (part: string, groups: SizeLandscapes[], trend: RateTrend, withLandscapes: boolean): EvidenceRow[] =>
    groups.map((g) => {
      const i = trend.sizes.indexOf(g.size);
      const poor = i >= 0 ? trend.poor[i] : 0;
      const n = pooledValues(g).length;
      const w =
        n > 0 ? designEffectWilson(poor, n, trend, landscapeCount(g)) : { lower: Number.NaN, upper: Number.NaN };
      return {
        part,
        size: g.size,
        n,
        ...(withLandscapes ? landscapeColumns(g) : { poorCut: roundTo(netCuts.get(g.size) ?? Number.NaN, 5) }),
        diverged: divergedRuns(g),
        poor,
        share: n > 0 ? roundTo(poor / n, 3) : null,
        wilsonLower: roundTo(w.lower, 3),
        wilsonUpper: roundTo(w.upper, 3),
      };
    });
  const fitRow = (part: string, t: RateTrend, i: number): EvidenceRow => ({
    part: `${part} fit`,
    size: null,
    status: t.status,
    b: t.b === null ? null : Number.isFinite(t.b) ? roundTo(t.b, 4) : String(t.b),
    profileLower: t.profile
      ? Number.isFinite(t.profile.lower)
        ? roundTo(t.profile.lower, 4)
        : String(t.profile.lower)
      : null,
    profileUpper: t.profile
      ? Number.isFinite(t.profile.upper)
        ? roundTo(t.profile.upper, 4)
        : String(t.profile.upper)
      : null,
    dispersion: t.dispersion === null ? null : roundTo(t.dispersion, 4),
    df: t.df === null ? null : Number.isFinite(t.df) ? t.df : 'normal',
    pDecay: roundTo(t.pDecay, 4),
    holmP: roundTo(forward.adjusted[i], 4),
    lackOfFitP: t.law ? roundTo(t.law.lackOfFitP, 4) : null,
    lackOfFitDf: t.law ? t.law.lackOfFitDf : null,
    devianceExponential: t.law ? roundTo(t.law.devianceExponential, 3) : null,
    deviancePowerLaw: t.law ? roundTo(t.law.devianceRival, 3) : null,
    deltaAicExpMinusPower: t.law ? roundTo(t.law.deltaAic, 3) : null,
  });
  return {
    id: 'poor-minima-decay',
    title: poorMinimaDecayClaim.title,
    paperReference: poorMinimaDecayClaim.paperReference,
    verdict,
    statistic: {
      name: 'largest Holm-adjusted one-sided LR p-value for b > 0 (spin glass, network)',
      value: roundTo(Math.max(...forward.adjusted), 4),
    },
    threshold: { description: 'family-wise α (both parts must be ≤ α)', value: config.alpha },
    alpha: config.alpha,
    rule: "Per part, logit p = a − b·size fitted to the poor counts (binomial rate regression), one-sided test of b > 0 by the signed root of the likelihood ratio; spin glass with the landscape as the unit: per-landscape counts, the LR divided by the landscape dispersion φ (between-landscape Pearson X² within sizes over its ν degrees of freedom, at least 1) and referred to Student t with ν df (inconclusive when φ cannot be estimated); networks (poor = above its own width's median + c robust sd): normal reference. Exponential form: lack-of-fit of the logit-linear law against one share per size (deviance/φ, F or χ² on m − 2 df) and the power-law rival logit p = a − γ ln size by ΔAIC. Holds if Holm over the two parts rejects b ≤ 0 in both and nothing fails; fails if Holm at α over {b < 0 per part, lack of fit per part} rejects one, or ΔAIC(exp − power) > 10 in a part; else inconclusive (also when a part has no poor run anywhere).",
    reason,
    evidence: [
      ...rows('spin glass', sg, sgTrend, true),
      fitRow('spin glass', sgTrend, 0),
      ...rows('network', net, netTrend, false),
      fitRow('network', netTrend, 1),
    ],
    ourDefinitions: [
      `poor spin-glass minimum: H/N > −E_∞ + δ = ${roundTo(level, 5)} (δ = ${config.delta})`,
      `poor network: test loss above its own width's median + ${config.outlierFactor}·1.4826·MAD (cuts ${[...netCuts.values()].map((c) => roundTo(c, 4)).join(', ')} at n1 = ${config.network.widths.join(', ')}): an outlier above the bulk of its size`,
      'exponential decay modelled as logit p = a − b·size (N, resp. n1), checked for lack of fit against one share per size and against the power law logit p = a − γ·ln size (ΔAIC > 10 decides)',
      `the landscape is the unit of the spin-glass part: ${sgTrend.landscapes.join(', ')} landscapes at N = ${sgTrend.sizes.join(', ')}; starts on one landscape enter through its count, their shared luck through the dispersion φ`,
    ],
  };
}

/** Each network as its own unit: one group per run (as a per-run landscape), for the shared rate regression. */
export function networkUnits(groups: SizeGroup[]): SizeLandscapes[] {
  return groups.map((g) => ({
    size: g.size,
    landscapes: [
      ...g.values.map((v, i) => ({ landscape: `network ${i}`, values: [v], diverged: 0 })),
      ...(g.diverged > 0 ? [{ landscape: 'diverged', values: [], diverged: g.diverged }] : []),
    ],
  }));
}

/** The 95 % Wilson interval of a pooled share with the effective sample size n/φ (Kish), at least the landscapes. */
function designEffectWilson(poor: number, n: number, trend: RateTrend, landscapes: number) {
  const phi = trend.dispersion ?? n / Math.max(1, landscapes);
  const nEff = Math.max(1, n / phi);
  // wilsonInterval needs integer counts: scale the count, round to the nearest integer of nEff trials.
  const trials = Math.max(1, Math.round(nEff));
  const successes = Math.min(trials, Math.max(0, Math.round((poor / n) * trials)));
  return wilsonInterval(successes, trials, 0.95);
}

export const poorMinimaDecayClaim: Claim<PoorMinimaDecayConfig> = ladderClaim({
  id: 'poor-minima-decay',
  title: 'The probability of ending in a poor minimum falls exponentially with the size',
  paperReference: 'abstract, section 4',
  configFor: poorMinimaDecayConfigFor,
  schema: poorMinimaDecayConfigSchema,
  judge: judgePoorMinimaDecay,
  // Asymptotic: the explore profile maps from which smallest ladder size N on the decay holds.
  finiteSize: (config) => Math.min(...config.spinGlass.sizes),
});
