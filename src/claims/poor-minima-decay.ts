/**
 * Claim `poor-minima-decay` — the probability of ending in a poor minimum falls exponentially with the size
 * (Choromanska et al. 2015, abstract and section 4: "the probability of recovering a poor (high-value) local
 * minimum … decreases quickly with network size").
 *
 * Experiments: the shared ladders (src/claims/ladders.ts), the same runs as `band`.
 *
 * Definitions (ours, parameters): a spin-glass run ends in a poor minimum when its scaled energy H/N is above
 * −E_∞ + δ (default δ = 0.15, about 9 % of E_∞(3) = 1.633, six band widths E_0 − E_∞ above the band's top); a
 * network is poor when its test loss is above the MEDIAN test loss of the smallest width of the ladder (so about
 * half the smallest networks are poor by construction and the question is how fast the share falls with n1).
 *
 * Statistic and rule: per part, the binomial rate regression logit p = a − b·size (size = N, resp. n1) fitted to
 * the poor counts, with the one-sided likelihood-ratio p-value for H1: b > 0 (valid under separation, e.g. no
 * poor minima at the larger sizes; the profile-likelihood interval at 1 − 2α is reported). Holm over the two parts
 * at α. Verdict: 'fails' if Holm rejects either part in the opposite direction (b < 0: poor minima become MORE
 * frequent); 'holds' if Holm rejects b ≤ 0 in both parts; 'inconclusive' otherwise, in particular when a part has
 * no poor run anywhere (or only poor runs): b is not identified. Overdispersion from the one landscape per size is
 * not modelled: the error rate is conditional on the landscapes.
 *
 * Defaults: α = 0.05, δ = 0.15; ladders per scale from src/claims/ladders.ts.
 */
import { z } from 'zod';
import type { RunRecord } from '../experiments/run-record.js';
import { lineWithBands } from '../report/line-with-bands.js';
import { binomialRateRegression } from '../stats/binomial-rate-regression.js';
import { holmBonferroni } from '../stats/holm-bonferroni.js';
import { median } from '../stats/median.js';
import { wilsonInterval } from '../stats/wilson-interval.js';
import { eInfinity } from '../theory/e-infinity.js';
import type { Claim, NamedFigure } from './claim.js';
import type { ClaimResult, EvidenceRow } from './claim-result.js';
import { evidenceBands } from './evidence-bands.js';
import { ladderClaim } from './ladder-claim.js';
import { networkLadder, networkLadderSchema, spinGlassLadder, spinGlassLadderSchema } from './ladders.js';
import type { Scale } from './scale.js';
import { lossesOf, roundTo, type SizeGroup, scaledEnergyOf, sizeGroups } from './size-groups.js';

const P = 3;

export const poorMinimaDecayConfigSchema = z.strictObject({
  spinGlass: spinGlassLadderSchema,
  network: networkLadderSchema,
  alpha: z.number().gt(0).lt(0.5),
  /** Poor spin-glass minimum: H/N > −E_∞ + delta. */
  delta: z.number().min(0).max(2),
});
export type PoorMinimaDecayConfig = z.infer<typeof poorMinimaDecayConfigSchema>;

export function poorMinimaDecayConfigFor(scale: Scale): PoorMinimaDecayConfig {
  return { spinGlass: spinGlassLadder(scale), network: networkLadder(scale), alpha: 0.05, delta: 0.15 };
}

export interface RateTrend {
  sizes: number[];
  poor: number[];
  trials: number[];
  status: string;
  b: number | null;
  /** One-sided LR p-values for b > 0 and for b < 0 (1 when b is not identified). */
  pDecay: number;
  pGrowth: number;
  profile: { lower: number; upper: number } | null;
}

/** Binomial rate regression of poor counts on size, one-sided in both directions (pure). */
export function rateTrend(groups: SizeGroup[], isPoor: (v: number) => boolean, alpha: number): RateTrend {
  const used = groups.filter((g) => g.values.length > 0);
  const sizes = used.map((g) => g.size);
  const poor = used.map((g) => g.values.filter(isPoor).length);
  const trials = used.map((g) => g.values.length);
  if (used.length < 2)
    return { sizes, poor, trials, status: 'too-few-sizes', b: null, pDecay: 1, pGrowth: 1, profile: null };
  const fit = binomialRateRegression(sizes, poor, trials);
  if (fit.status === 'no-variation') {
    return { sizes, poor, trials, status: fit.status, b: null, pDecay: 1, pGrowth: 1, profile: null };
  }
  const pDecay = fit.pValueBPositiveLR;
  const profile = fit.profileInterval(1 - 2 * alpha);
  return {
    sizes,
    poor,
    trials,
    status: fit.status,
    b: Number.isFinite(fit.b) ? fit.b : fit.b > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY,
    pDecay,
    pGrowth: fit.lrStatistic === 0 ? 1 : 1 - pDecay,
    profile,
  };
}

export function judgePoorMinimaDecay(
  config: PoorMinimaDecayConfig,
  spinRecords: RunRecord[],
  networkRecords: RunRecord[],
): ClaimResult {
  const level = -eInfinity(P) + config.delta;
  const sg = sizeGroups(spinRecords, config.spinGlass.sizes, scaledEnergyOf);
  const net = sizeGroups(networkRecords, config.network.widths, (r) => lossesOf(r).test);
  const netLevel = net[0].values.length > 0 ? median(net[0].values) : Number.NaN;
  const sgTrend = rateTrend(sg, (v) => v > level, config.alpha);
  const netTrend = rateTrend(net, (v) => v > netLevel, config.alpha);
  const forward = holmBonferroni([sgTrend.pDecay, netTrend.pDecay], config.alpha);
  const backward = holmBonferroni([sgTrend.pGrowth, netTrend.pGrowth], config.alpha);
  const parts = ['spin glass', 'network'];
  let verdict: ClaimResult['verdict'];
  let reason: string;
  if (backward.reject.some(Boolean)) {
    verdict = 'fails';
    reason = `poor share significantly GROWS with size: ${parts.filter((_, i) => backward.reject[i]).join(', ')} (Holm-adjusted p ${backward.adjusted.map((p) => roundTo(p, 3)).join(', ')}).`;
  } else if (forward.reject.every(Boolean)) {
    verdict = 'holds';
    reason = `b > 0 in both parts at family-wise α = ${config.alpha} (Holm-adjusted LR p ${forward.adjusted.map((p) => roundTo(p, 3)).join(', ')}).`;
  } else {
    verdict = 'inconclusive';
    const why = [sgTrend, netTrend].map((t, i) =>
      forward.reject[i]
        ? null
        : `${parts[i]}: ${t.status === 'no-variation' ? 'no variation (no poor run, or only poor runs)' : `b = ${roundTo(t.b ?? Number.NaN, 3)}, LR p = ${roundTo(t.pDecay, 3)}`}`,
    );
    reason = `decay not shown at Holm-adjusted α — ${why.filter(Boolean).join('; ')}.`;
  }
  const rows = (part: string, groups: SizeGroup[], trend: RateTrend): EvidenceRow[] =>
    groups.map((g) => {
      const i = trend.sizes.indexOf(g.size);
      const poor = i >= 0 ? trend.poor[i] : 0;
      const n = g.values.length;
      const w = n > 0 ? wilsonInterval(poor, n, 0.95) : { lower: Number.NaN, upper: Number.NaN };
      return {
        part,
        size: g.size,
        n,
        diverged: g.diverged,
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
    pDecayLR: roundTo(t.pDecay, 4),
    holmP: roundTo(forward.adjusted[i], 4),
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
    rule: 'Per part, logit p = a − b·size fitted to the poor counts (binomial rate regression); one-sided likelihood-ratio test of b > 0; Holm over the two parts. Holds if both reject; fails if Holm rejects b < 0 in a part; else inconclusive (also when a part has no poor run anywhere).',
    reason,
    evidence: [
      ...rows('spin glass', sg, sgTrend),
      fitRow('spin glass', sgTrend, 0),
      ...rows('network', net, netTrend),
      fitRow('network', netTrend, 1),
    ],
    ourDefinitions: [
      `poor spin-glass minimum: H/N > −E_∞ + δ = ${roundTo(level, 5)} (δ = ${config.delta})`,
      `poor network: test loss above the median test loss of the smallest width (${roundTo(netLevel, 5)} at n1 = ${config.network.widths[0]})`,
      'exponential decay modelled as logit p = a − b·size (N, resp. n1)',
    ],
  };
}

export const poorMinimaDecayClaim: Claim<PoorMinimaDecayConfig> = ladderClaim({
  id: 'poor-minima-decay',
  title: 'The probability of ending in a poor minimum falls exponentially with the size',
  paperReference: 'abstract, section 4',
  configFor: poorMinimaDecayConfigFor,
  schema: poorMinimaDecayConfigSchema,
  judge: judgePoorMinimaDecay,
  figures: poorMinimaDecayFigures,
});

/** The poor share against size with its Wilson band, for each part. */
function poorMinimaDecayFigures(config: PoorMinimaDecayConfig, result: ClaimResult): NamedFigure[] {
  const bandRows = (part: string) =>
    evidenceBands(
      result.evidence,
      part,
      { y: 'share', lower: 'wilsonLower', upper: 'wilsonUpper' },
      'poor share (95 % Wilson)',
    );
  return [
    {
      file: 'poor-fraction.svg',
      spec: lineWithBands(bandRows('spin glass'), {
        title: `Share of GD endpoints with H/N > −E_∞ + ${config.delta} (p = 3)`,
        xLabel: 'N',
        yLabel: 'poor share',
      }),
    },
    {
      file: 'poor-networks.svg',
      spec: lineWithBands(bandRows('network'), {
        title: 'Share of networks with test loss above the smallest width’s median',
        xLabel: 'hidden width n1',
        yLabel: 'poor share',
      }),
    },
  ];
}
