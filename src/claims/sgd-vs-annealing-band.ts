/**
 * Claim `sgd-vs-annealing-band` — both SGD and simulated annealing, each run to its plateau, end in the band of low
 * critical points (Choromanska et al. 2015, abstract and section 6: "both simulated annealing and SGD converge to the
 * band of low critical points"; the spin-glass band of section 3, Fig. 3).
 *
 * Why its own claim: until issue 11 this was the second half of `sgd-vs-annealing`, a compound claim with one
 * verdict. It is a statement about where the two optimizers end on the spin glass, not about how they compare,
 * so it gets its own verdict. It stays apart from `band` (which judges the gradient-descent endpoints of the shared
 * ladder over many landscapes) because its experiments are the comparison's: the SAME specs as `sgd-vs-annealing`'s
 * spin-glass part (src/claims/sgd-vs-annealing.ts: fixed disorder, SGD over P = 10 sub-samples + GD polish, and
 * annealing at convergenceMultiple × SGD's cost, its plateau budget), so the store computes them once for both.
 *
 * Rule: per method (SGD; annealing at its plateau budget) and N, k = runs with H/N in [−E_0 − bandTolerance,
 * −E_∞ + bandDelta]; "most runs" = more than half: Clopper–Pearson one-sided bounds at level 1 − α/m (Bonferroni
 * over the m = 2·sizes cells); a cell holds if the lower bound > 1/2 and fails if the upper bound < 1/2. An
 * annealing cell whose runs are not on their plateau (fewer than PLATEAU_SHARE = 90 % with a loss drop < 2 % over
 * the last fifth of the budget) is 'inconclusive' whatever its count: an annealer that has not converged says
 * nothing about where annealing ends. Holds if every cell holds; fails if any judged cell fails; else inconclusive.
 * Inference is over starts on the one coupling sample per N (conditional on the disorder), as in the comparison.
 *
 * Ours: bandTolerance = 0.05, bandDelta = 0.2 (finite-N margin: at N ≤ 100 descent endpoints sit 0.1–0.2 above
 * −E_∞), α = 0.05. Defaults: the spin-glass part of sgd-vs-annealing at each scale (ci N ∈ {20, 30} × 20, quick
 * N ∈ {25, 50, 75} × 30, paper N ∈ {25, 50, 100, 250, 500} × 1,000).
 */
import fc from 'fast-check';
import { z } from 'zod';
import type { RunRecord } from '../experiments/run-record.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import { clopperPearsonInterval } from '../stats/clopper-pearson-interval.js';
import { criticalLevel } from '../theory/critical-levels.js';
import { eInfinity } from '../theory/e-infinity.js';
import type { Claim } from './claim.js';
import type { ClaimResult, EvidenceRow, Verdict } from './claim-result.js';
import { parseClaimConfig } from './parse-claim-config.js';
import type { Profile, Scale } from './scale.js';
import {
  PLATEAU_SHARE,
  plateauShare,
  sgdVsAnnealingConfigFor,
  sgdVsAnnealingConfigSchema,
  spinGlassConvergenceBudget,
  spinSaSpec,
  spinSgdSpec,
} from './sgd-vs-annealing.js';
import { roundTo, scaledEnergyOf, sizeGroups } from './size-groups.js';

const P = 3;

export const sgdVsAnnealingBandConfigSchema = z.strictObject({
  spinGlass: sgdVsAnnealingConfigSchema.shape.spinGlass,
  alpha: z.number().gt(0).lt(0.5),
});
export type SgdVsAnnealingBandConfig = z.infer<typeof sgdVsAnnealingBandConfigSchema>;

export function sgdVsAnnealingBandConfigFor(scale: Scale): SgdVsAnnealingBandConfig {
  const c = sgdVsAnnealingConfigFor(scale);
  return { spinGlass: c.spinGlass, alpha: c.alpha };
}

export interface SgdVsAnnealingBandRecords {
  spinSgd: RunRecord[];
  /** Annealing at its plateau budget. */
  spinSaConverged: RunRecord[];
}

function specsOf(c: SgdVsAnnealingBandConfig): ExperimentSpec[] {
  return [
    spinSgdSpec(c.spinGlass),
    spinSaSpec(c.spinGlass, spinGlassConvergenceBudget(c.spinGlass), 'spin glass annealing (convergence budget)'),
  ];
}

/** The decision rule (pure). */
export function judgeSgdVsAnnealingBand(
  config: SgdVsAnnealingBandConfig,
  records: SgdVsAnnealingBandRecords,
): ClaimResult {
  const sg = config.spinGlass;
  const low = -criticalLevel(P, 0) - sg.bandTolerance;
  const high = -eInfinity(P) + sg.bandDelta;
  const methods = [
    { method: 'SGD', recs: records.spinSgd, needsPlateau: false },
    { method: 'SA (plateau budget)', recs: records.spinSaConverged, needsPlateau: true },
  ];
  const cells = methods.flatMap(({ method, recs, needsPlateau }) =>
    sizeGroups(recs, sg.sizes, scaledEnergyOf).map((group) => ({ method, recs, needsPlateau, group })),
  );
  const confidence = 1 - (2 * config.alpha) / cells.length; // two-sided CP at this level → one-sided 1 − α/m
  const rows = cells.map(({ method, recs, needsPlateau, group }) => {
    const n = group.values.length;
    const k = group.values.filter((v) => v >= low && v <= high).length;
    const ci = n > 0 ? clopperPearsonInterval(k, n, confidence) : { lower: 0, upper: 1 };
    const plateau = plateauShare(recs, group.size).share;
    const atPlateau = !needsPlateau || (plateau !== null && plateau >= PLATEAU_SHARE);
    const counted: Verdict = ci.lower > 0.5 ? 'holds' : ci.upper < 0.5 ? 'fails' : 'inconclusive';
    const verdict: Verdict = atPlateau ? counted : 'inconclusive';
    return { method, size: group.size, n, k, diverged: group.diverged, ...ci, plateau, atPlateau, verdict };
  });
  const failing = rows.filter((r) => r.verdict === 'fails');
  let verdict: Verdict;
  let reason: string;
  if (failing.length > 0) {
    verdict = 'fails';
    reason = `${failing.map((r) => `${r.method} at N = ${r.size}: most runs outside the band (${r.k}/${r.n})`).join('; ')}.`;
  } else if (rows.length > 0 && rows.every((r) => r.verdict === 'holds')) {
    verdict = 'holds';
    reason = 'SGD and annealing at its plateau put most runs in the band at every N.';
  } else {
    verdict = 'inconclusive';
    const open = rows
      .filter((r) => r.verdict !== 'holds')
      .map((r) =>
        r.atPlateau
          ? `${r.method} at N = ${r.size} (${r.k}/${r.n} in the band)`
          : `${r.method} at N = ${r.size} not at its plateau (${r.plateau === null ? 'no curve' : `${Math.round(100 * r.plateau)} % of runs`})`,
      );
    reason = `not decided: ${open.join('; ')}.`;
  }
  const evidence: EvidenceRow[] = rows.map((r) => ({
    method: r.method,
    size: r.size,
    n: r.n,
    inBand: r.k,
    diverged: r.diverged,
    lowerBound: roundTo(r.lower, 3),
    upperBound: roundTo(r.upper, 3),
    plateau: r.plateau === null ? null : roundTo(r.plateau, 3),
    verdict: r.verdict,
  }));
  const minLower = rows.length > 0 ? Math.min(...rows.map((r) => r.lower)) : 0;
  return {
    id: 'sgd-vs-annealing-band',
    title: sgdVsAnnealingBandClaim.title,
    paperReference: sgdVsAnnealingBandClaim.paperReference,
    verdict,
    statistic: {
      name: 'smallest Clopper–Pearson lower bound of the share of runs in the band',
      value: roundTo(minLower, 4),
    },
    threshold: { description: 'share 1/2, one-sided at α/m (Bonferroni over method × N cells)', value: 0.5 },
    alpha: config.alpha,
    rule:
      'Per method (SGD + polish; annealing at its plateau budget) and N: Clopper–Pearson bounds (Bonferroni over the ' +
      'cells) on the share of runs with H/N in [−E_0 − tol, −E_∞ + δ] against 1/2; an annealing cell not on its ' +
      'plateau (≥ 90 % of runs with < 2 % drop over the last fifth) is inconclusive. Holds if every cell holds; fails ' +
      'if a judged cell fails; else inconclusive.',
    reason,
    evidence,
    ourDefinitions: [
      `band [−E_0 − ${sg.bandTolerance}, −E_∞ + ${sg.bandDelta}] = [${roundTo(low)}, ${roundTo(high)}]; "most runs" = more than half`,
      `annealing to its plateau: ${sg.convergenceMultiple} × SGD's cap = ${spinGlassConvergenceBudget(sg)} evaluations`,
      'one coupling sample per N (fixed disorder), shared by both methods, as are the starts of run r',
    ],
  };
}

export const sgdVsAnnealingBandClaim: Claim<SgdVsAnnealingBandConfig> = {
  id: 'sgd-vs-annealing-band',
  title: 'SGD and annealing, each at its plateau, land in the band of low critical points',
  paperReference: 'abstract; section 6',
  configFor: sgdVsAnnealingBandConfigFor,
  arbitrary(scale: Scale, profile: Profile): fc.Arbitrary<SgdVsAnnealingBandConfig> {
    const base = sgdVsAnnealingBandConfigFor(scale);
    const seedArb = fc.integer({ min: 0, max: 1_000_000 });
    if (profile === 'ci') {
      return fc
        .record({
          sgSeed: seedArb,
          sgRuns: fc.integer({ min: Math.ceil(0.75 * base.spinGlass.runsPerSize), max: base.spinGlass.runsPerSize }),
        })
        .map((d) => ({ ...base, spinGlass: { ...base.spinGlass, seed: d.sgSeed, runsPerSize: d.sgRuns } }));
    }
    return fc
      .record({
        sizes: fc.subarray([10, 15, 25, 50], { minLength: 1 }),
        sgRuns: fc.integer({ min: 5, max: base.spinGlass.runsPerSize }),
        sgSeed: seedArb,
      })
      .map((d) => ({
        ...base,
        spinGlass: { ...base.spinGlass, sizes: d.sizes, runsPerSize: d.sgRuns, seed: d.sgSeed },
      }));
  },
  parseConfig: (input) => parseClaimConfig('sgd-vs-annealing-band', sgdVsAnnealingBandConfigSchema, input),
  specs: specsOf,
  async evaluate(config, context) {
    const [a, b] = specsOf(config);
    const records: SgdVsAnnealingBandRecords = { spinSgd: await context.run(a), spinSaConverged: await context.run(b) };
    const result = judgeSgdVsAnnealingBand(config, records);
    return { result, figureInput: { config, records: { ...records } } };
  },
};
