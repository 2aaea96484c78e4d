/**
 * Claim `scaling` — the mean loss at the minima found scales simply with the size (Choromanska et al. 2015,
 * section 5.1 and Fig. 10): for the spin glass the mean energy at minima is linear in N (the energy per spin
 * H/N tends to a constant); for networks the mean test loss follows exp(α·n1^β), falling with width.
 * (d ln loss / d n1 = α·β·n1^(β−1), so the law falls with width exactly when α·β < 0: β < 0 for losses above 1,
 * where α = ln loss > 0, and β > 0 for losses below 1.)
 *
 * Experiments: the shared ladders (src/claims/ladders.ts), the same runs as `band` (spin glass: L landscapes per
 * N, the starts spread over them).
 *
 * Spin-glass part (a test at α), with the LANDSCAPE as the unit: "linear in N" is read as "the mean over landscapes
 * of the energy per spin H/N is the same at every N up to a fraction f" (ours, default f = 0.15; an energy growing
 * like N^{3/2} or N^{1/2} would change H/N by 58 % over N = 20…50). Each landscape is summarised by the mean H/N of
 * its starts; the mean at N is the mean of these L_N landscape means, with a Student-t interval over landscapes
 * (L_N − 1 degrees of freedom, the sd of the landscape means: between-landscape and start-to-start variation
 * together) at level 1 − α/m (Bonferroni over the m sizes). Statistic: the relative range R = (max − min of the
 * per-size means) / |mean of the means|, with simultaneous bounds: upper bound (max upper − min lower)/|·|, lower
 * bound max(0, max lower − min upper)/|·|. 'holds' if the upper bound ≤ f, 'fails' if the lower bound > f
 * (false-alarm rate ≤ α over the landscape distribution), else 'inconclusive' (also with fewer than 2 landscapes at
 * a size: no interval). Reported beside it: the OLS fit of the per-size mean H on N (slope, 95 % interval, R²).
 * Network part (descriptive, no α): powerLawExpFit of the per-width mean test loss. 'holds' if the fit converged
 * with R² ≥ r2Min (ours, default 0.9) and α·β < 0; 'fails' if it converged with R² ≥ r2Min and α·β > 0 (a good fit of
 * losses that GROW with width); else 'inconclusive'.
 * Verdict: 'fails' if a part fails, 'holds' if both hold, else 'inconclusive'.
 *
 * Defaults: α = 0.05, f = 0.15, r2Min = 0.9; ladders per scale from src/claims/ladders.ts.
 */
import { z } from 'zod';
import type { RunRecord } from '../experiments/run-record.js';
import { linearRegression } from '../stats/linear-regression.js';
import { mean } from '../stats/mean.js';
import { powerLawExpFit } from '../stats/power-law-exp-fit.js';
import { standardDeviation } from '../stats/standard-deviation.js';
import { studentTQuantile } from '../stats/student-t-quantile.js';
import type { Claim } from './claim.js';
import type { ClaimResult, EvidenceRow, Verdict } from './claim-result.js';
import { ladderClaim } from './ladder-claim.js';
import { networkLadder, networkLadderSchema, spinGlassLadder, spinGlassLadderSchema } from './ladders.js';
import {
  divergedRuns,
  landscapeCount,
  landscapeGroups,
  landscapeMeanBounds,
  landscapeSummaries,
} from './landscape-groups.js';
import type { Scale } from './scale.js';
import { lossesOf, roundTo, scaledEnergyOf, sizeGroups } from './size-groups.js';

export const scalingConfigSchema = z.strictObject({
  spinGlass: spinGlassLadderSchema,
  network: networkLadderSchema,
  alpha: z.number().gt(0).lt(0.5),
  /** Largest allowed relative range of the per-size mean H/N. */
  fraction: z.number().gt(0).max(10),
  /** Smallest R² (log scale) of the network mean law that counts as a fit. */
  r2Min: z.number().min(0).max(1),
});
export type ScalingConfig = z.infer<typeof scalingConfigSchema>;

export function scalingConfigFor(scale: Scale): ScalingConfig {
  return { spinGlass: spinGlassLadder(scale), network: networkLadder(scale), alpha: 0.05, fraction: 0.15, r2Min: 0.9 };
}

interface MeanRow {
  size: number;
  n: number;
  /** Landscapes (spin glass): the units of the interval; undefined for networks. */
  landscapes?: number;
  diverged: number;
  mean: number;
  sd: number;
  lower: number;
  upper: number;
}

function meanRows(groups: { size: number; values: number[]; diverged: number }[], confidence: number): MeanRow[] {
  return groups
    .filter((g) => g.values.length >= 2)
    .map((g) => {
      const m = mean(g.values);
      const sd = standardDeviation(g.values);
      const half = (studentTQuantile((1 + confidence) / 2, g.values.length - 1) * sd) / Math.sqrt(g.values.length);
      return { size: g.size, n: g.values.length, diverged: g.diverged, mean: m, sd, lower: m - half, upper: m + half };
    });
}

export function judgeScaling(
  config: ScalingConfig,
  spinRecords: RunRecord[],
  networkRecords: RunRecord[],
): ClaimResult {
  const sgGroups = landscapeGroups(spinRecords, config.spinGlass.sizes, scaledEnergyOf);
  const m = sgGroups.length;
  // Two-sided 1 − α/m intervals: one-sided bounds at 1 − α/(2m).
  const sg: MeanRow[] = sgGroups
    .map((g) => {
      const b = landscapeMeanBounds(landscapeSummaries(g, mean), 1 - config.alpha / (2 * m));
      return {
        size: g.size,
        n: g.landscapes.reduce((s, l) => s + l.values.length, 0),
        landscapes: landscapeCount(g),
        diverged: divergedRuns(g),
        ...b,
      };
    })
    .filter((r) => Number.isFinite(r.lower));
  const sgInterval = sg.length === m;
  let sgVerdict: Verdict = 'inconclusive';
  let range = Number.NaN;
  let rangeLower = Number.NaN;
  let rangeUpper = Number.NaN;
  if (sgInterval && sg.length >= 2) {
    const centre = Math.abs(mean(sg.map((r) => r.mean)));
    const means = sg.map((r) => r.mean);
    range = (Math.max(...means) - Math.min(...means)) / centre;
    rangeUpper = (Math.max(...sg.map((r) => r.upper)) - Math.min(...sg.map((r) => r.lower))) / centre;
    rangeLower = Math.max(0, Math.max(...sg.map((r) => r.lower)) - Math.min(...sg.map((r) => r.upper))) / centre;
    sgVerdict = rangeUpper <= config.fraction ? 'holds' : rangeLower > config.fraction ? 'fails' : 'inconclusive';
  }
  const hFit =
    sg.length >= 3
      ? linearRegression(
          sg.map((r) => r.size),
          sg.map((r) => r.size * r.mean),
        )
      : null;
  const hSlope = hFit ? hFit.slopeInterval(0.95) : null;

  const netGroups = sizeGroups(networkRecords, config.network.widths, (r) => lossesOf(r).test);
  const net = meanRows(netGroups, 0.95);
  const law =
    net.length >= 3 && net.every((r) => r.mean > 0)
      ? powerLawExpFit(
          net.map((r) => r.size),
          net.map((r) => r.mean),
        )
      : null;
  let netVerdict: Verdict = 'inconclusive';
  if (law?.converged && law.rSquared >= config.r2Min)
    netVerdict = law.alpha * law.beta < 0 ? 'holds' : law.alpha * law.beta > 0 ? 'fails' : 'inconclusive';

  const verdict: Verdict =
    sgVerdict === 'fails' || netVerdict === 'fails'
      ? 'fails'
      : sgVerdict === 'holds' && netVerdict === 'holds'
        ? 'holds'
        : 'inconclusive';
  const lawText = law
    ? `network: α = ${roundTo(law.alpha, 4)}, β = ${roundTo(law.beta, 4)}, R² = ${roundTo(law.rSquared, 4)}${law.converged ? '' : ' (β at the end of its search range: not converged)'} → ${netVerdict}`
    : 'network: fewer than 3 widths with data → inconclusive';
  const reason = `spin glass: relative range of mean H/N = ${roundTo(range, 3)} (simultaneous bounds ${roundTo(rangeLower, 3)}–${roundTo(rangeUpper, 3)}, f = ${config.fraction}) → ${sgVerdict}; ${lawText}.`;

  const evidence: EvidenceRow[] = [
    ...sg.map((r) => ({
      part: 'spin glass',
      size: r.size,
      n: r.n,
      landscapes: r.landscapes ?? null,
      diverged: r.diverged,
      meanScaled: roundTo(r.mean),
      sdOfLandscapeMeans: roundTo(r.sd, 3),
      lower: roundTo(r.lower),
      upper: roundTo(r.upper),
      meanH: roundTo(r.size * r.mean),
    })),
    ...net.map((r) => ({
      part: 'network',
      size: r.size,
      n: r.n,
      diverged: r.diverged,
      meanTestLoss: roundTo(r.mean),
      sd: roundTo(r.sd, 3),
      lower: roundTo(r.lower),
      upper: roundTo(r.upper),
      fitted: law?.converged ? roundTo(Math.exp(law.alpha * r.size ** law.beta)) : null,
    })),
    {
      part: 'fit',
      size: null,
      name: 'mean H = c + s·N (OLS over sizes)',
      slope: hFit ? roundTo(hFit.slope, 6) : null,
      intercept: hFit ? roundTo(hFit.intercept, 6) : null,
      slopeLower: hSlope ? roundTo(hSlope.lower) : null,
      slopeUpper: hSlope ? roundTo(hSlope.upper) : null,
      rSquared: hFit ? roundTo(hFit.rSquared, 5) : null,
    },
    {
      part: 'fit',
      size: null,
      name: 'mean test loss = exp(α n1^β)',
      alpha: law ? roundTo(law.alpha) : null,
      beta: law ? roundTo(law.beta) : null,
      rSquared: law ? roundTo(law.rSquared) : null,
      converged: law?.converged ?? false,
    },
  ];
  return {
    id: 'scaling',
    title: scalingClaim.title,
    paperReference: scalingClaim.paperReference,
    verdict,
    statistic: {
      name: 'upper simultaneous bound of the relative range of mean H/N over the ladder',
      value: roundTo(rangeUpper, 4),
    },
    threshold: {
      description: `fraction f (and, for networks, R² ≥ ${config.r2Min} with α·β < 0: the law falls with width)`,
      value: config.fraction,
    },
    alpha: config.alpha,
    rule: 'Spin glass, landscape as the unit: per-size t-intervals (over landscapes, L − 1 df) for the mean of the per-landscape mean H/N at 1 − α/m (Bonferroni); holds if (max upper − min lower)/|mean| ≤ f, fails if (max lower − min upper)/|mean| > f. Networks: exp(α n1^β) fitted to the per-width mean test loss; holds if converged, R² ≥ r2Min and α·β < 0 (the fitted law falls with width); fails if converged, R² ≥ r2Min and α·β > 0. Both hold → holds; one fails → fails; else inconclusive.',
    reason,
    evidence,
    ourDefinitions: [
      `"linear in N" = mean H/N constant over the ladder up to a fraction f = ${config.fraction}`,
      `the landscape is the unit: ${sgGroups.map(landscapeCount).join(', ')} landscapes at N = ${config.spinGlass.sizes.join(', ')}, each summarised by the mean H/N of its starts`,
      `a network law fit counts when R² (log scale) ≥ ${config.r2Min}`,
    ],
  };
}

export const scalingClaim: Claim<ScalingConfig> = ladderClaim({
  id: 'scaling',
  title: 'Mean spin-glass energy at minima is linear in N; mean network test loss follows exp(α n1^β)',
  paperReference: 'section 5.1, Fig. 10',
  configFor: scalingConfigFor,
  schema: scalingConfigSchema,
  judge: judgeScaling,
});
