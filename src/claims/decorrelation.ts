/**
 * Claim `decorrelation` — train and test loss decorrelate as the networks grow (Choromanska et al. 2015,
 * section 5.3 / 6, Table 1 and Fig. 7): across networks of one hidden width trained by SGD from different random
 * initial weights, the Pearson correlation ρ between final train and test loss falls as the width n1 grows.
 *
 * Experiment: the shared network ladder (src/claims/ladders.ts, `networkTrainingSpec`), so the runs are those
 * of the band and hardness claims.
 * Effect size: the DROP in the correlation, Δ = ρ(smallest width) − ρ(largest width), on the correlation scale
 * (the paper's Table 1: 0.7616 → 0.5983 from n1 = 25 to 100, a drop of 0.163 over a 4× widening; 0.353 from 25 to
 * 500). Statistic: Zou's (2007) interval for Δ from the two widths' Pearson r (independent samples: the networks of
 * two widths share the data split but not their weights), at confidence 1 − 2α, so each bound is one-sided 1 − α.
 * Rule, with the smallest drop that counts δ (ours, default 0.05: under a third of the paper's smallest reported
 * drop over a 4× widening, 0.163; a fall of less than 0.05 across the ladder is no decorrelation to speak of —
 * r 0.999 → 0.995 is "significant" for Fisher's z test, but not a decorrelation):
 *  'holds' if the lower bound of Δ > δ (the correlation fell by more than δ, at level α);
 *  'fails' if the upper bound of Δ < δ (it fell by less than δ, or rose, at level α);
 *  otherwise 'inconclusive' (also with ≤ 3 ok runs at either end or a constant loss).
 * The two bounds come from one interval, so at most one can reject; P('fails' | Δ ≥ δ) ≤ α (Zou's interval is
 * asymptotic; its coverage at n = 40–60 is checked in src/stats/correlation-difference-interval.test.ts).
 * Which widths: the claim is the paper's about ITS widths, n1 = 25 … 500 (Table 1); below 25 it reports nothing, and
 * at our training-set sizes the small widths behave otherwise (quick scale, 2,000 digits: ρ = −0.20 at n1 = 10
 * against 0.45 at 25). So the drop is taken from the smallest ladder width ≥ `fromWidth` (default 25, Table 1's
 * smallest) to the largest; smaller widths stay in the evidence, and a ladder with fewer than two widths ≥ fromWidth
 * is 'inconclusive'.
 * Ours: only the two ends of the judged widths are tested (the others are evidence); α = 0.05, δ = 0.05.
 * Defaults: the ladder of each scale (src/claims/ladders.ts).
 */
import type fc from 'fast-check';
import { z } from 'zod';
import type { RunRecord } from '../experiments/run-record.js';
import { loadPaperFixture, paperTrainTestCorrelation } from '../paper/paper-fixture.js';
import { correlationDifferenceInterval } from '../stats/correlation-difference-interval.js';
import { fisherZInterval } from '../stats/fisher-z-interval.js';
import { mean } from '../stats/mean.js';
import { pearson } from '../stats/pearson.js';
import type { Claim } from './claim.js';
import type { ClaimResult, EvidenceRow, Verdict } from './claim-result.js';
import { networkTrainingSpec } from './claim-specs.js';
import { laddersArbitrary, networkLadder, networkLadderSchema } from './ladders.js';
import { parseClaimConfig } from './parse-claim-config.js';
import type { Profile, Scale } from './scale.js';
import { lossesOf, roundTo } from './size-groups.js';

export const decorrelationConfigSchema = z.strictObject({
  network: networkLadderSchema,
  alpha: z.number().gt(0).lt(0.5),
  /** The smallest drop ρ(smallest width) − ρ(largest width) that counts as decorrelation. */
  minDrop: z.number().gt(0).lt(1),
  /** The smallest width the drop is taken from (Table 1's smallest, 25): smaller widths are evidence only. */
  fromWidth: z.number().int().min(1).max(5000),
});
export type DecorrelationConfig = z.infer<typeof decorrelationConfigSchema>;

export function decorrelationConfigFor(scale: Scale): DecorrelationConfig {
  return { network: networkLadder(scale), alpha: 0.05, minDrop: 0.05, fromWidth: PAPER_SMALLEST_WIDTH };
}

/** The smallest width of the paper's Table 1 (ρ(train, test) = 0.7616 at n1 = 25). */
export const PAPER_SMALLEST_WIDTH = 25;

/** Pearson r of (train, test) losses at one width, or null when undefined (n ≤ 3 or a constant loss). */
function widthCorrelation(records: RunRecord[], width: number) {
  const own = records.filter((r) => r.size === width);
  const ok = own.filter((r) => r.status === 'ok' && r.metrics !== null).map(lossesOf);
  const train = ok.map((l) => l.train);
  const test = ok.map((l) => l.test);
  let r: number | null = null;
  if (ok.length > 3) {
    const value = pearson(train, test);
    r = Number.isFinite(value) ? value : null;
  }
  return { width, n: ok.length, diverged: own.length - ok.length, train, test, r };
}

/** Clamp r into (−1, 1) so Fisher's z stays finite (a sample correlation of exactly ±1 carries no more). */
const clampR = (r: number) => Math.max(-1 + 1e-12, Math.min(1 - 1e-12, r));

/** The decision rule (pure) over the ladder's network records. */
export function judgeDecorrelation(config: DecorrelationConfig, records: RunRecord[]): ClaimResult {
  const alpha = config.alpha;
  const widths = config.network.widths;
  const rows = widths.map((w) => widthCorrelation(records, w));
  const judged = rows.filter((row) => row.width >= config.fromWidth);
  const first = judged[0] ?? rows[0];
  const last = judged[judged.length - 1] ?? rows[rows.length - 1];
  let fixture: ReturnType<typeof loadPaperFixture> | null = null;
  try {
    fixture = loadPaperFixture();
  } catch {
    fixture = null;
  }

  const delta = config.minDrop;
  let verdict: Verdict = 'inconclusive';
  let reason: string;
  let drop: number | null = null;
  let bounds: { lower: number; upper: number } | null = null;
  if (judged.length < 2) {
    reason = `fewer than two ladder widths ≥ n1 = ${config.fromWidth} (the paper's smallest): nothing to compare.`;
  } else if (first.r === null || last.r === null) {
    reason = `correlation undefined at n1 = ${first.r === null ? first.width : last.width} (≤ 3 ok runs or a constant loss).`;
  } else {
    drop = first.r - last.r;
    bounds = correlationDifferenceInterval(clampR(first.r), first.n, clampR(last.r), last.n, 1 - 2 * alpha);
    const text =
      `r = ${roundTo(first.r, 3)} at n1 = ${first.width} vs ${roundTo(last.r, 3)} at n1 = ${last.width}: drop ` +
      `${roundTo(drop, 3)}, one-sided ${1 - alpha} bounds [${roundTo(bounds.lower, 3)}, ${roundTo(bounds.upper, 3)}]`;
    if (bounds.lower > delta) {
      verdict = 'holds';
      reason = `${text}: the correlation falls by more than δ = ${delta}.`;
    } else if (bounds.upper < delta) {
      verdict = 'fails';
      reason = `${text}: the correlation falls by less than δ = ${delta} (or rises).`;
    } else {
      reason = `${text}: the bounds straddle δ = ${delta}.`;
    }
  }

  const evidence: EvidenceRow[] = rows.map((row) => {
    const ci = row.r !== null ? fisherZInterval(clampR(row.r), row.n, 1 - alpha) : null;
    return {
      size: row.width,
      n: row.n,
      diverged: row.diverged,
      meanTrain: row.n > 0 ? roundTo(mean(row.train)) : null,
      meanTest: row.n > 0 ? roundTo(mean(row.test)) : null,
      pearson: row.r === null ? null : roundTo(row.r, 4),
      lower: ci ? roundTo(ci.lower, 3) : null,
      upper: ci ? roundTo(ci.upper, 3) : null,
      paper: fixture ? paperTrainTestCorrelation(fixture, row.width) : null,
    };
  });
  evidence.push({
    size: null,
    test: `drop ρ(n1 = ${first.width}) − ρ(n1 = ${last.width}), Zou's interval`,
    drop: drop === null ? null : roundTo(drop, 4),
    lower: bounds === null ? null : roundTo(bounds.lower, 4),
    upper: bounds === null ? null : roundTo(bounds.upper, 4),
    minDrop: delta,
  });

  return {
    id: 'decorrelation',
    title: decorrelationClaim.title,
    paperReference: decorrelationClaim.paperReference,
    verdict,
    statistic: {
      name: `drop of the correlation ρ(n1 = ${first.width}) − ρ(n1 = ${last.width}), lower one-sided ${1 - alpha} bound`,
      value: bounds === null ? null : roundTo(bounds.lower, 4),
    },
    threshold: { description: 'δ, the smallest drop that counts (upper bound below δ → fails)', value: delta },
    alpha,
    rule:
      "Pearson r(train loss, test loss) per width with Fisher-z intervals at 1 − α; Zou's interval for the drop " +
      `ρ(smallest width ≥ ${config.fromWidth}) − ρ(largest width) at 1 − 2α: holds if its lower bound > δ, fails if ` +
      'its upper bound < δ, else inconclusive (P(fails | drop ≥ δ) ≤ α).',
    reason,
    evidence,
    paperComparison: [
      ...rows.map((row) => ({
        quantity: `Pearson r(train, test) at n1 = ${row.width} (Table 1)`,
        ours: row.r === null ? null : roundTo(row.r, 4),
        paper: fixture ? paperTrainTestCorrelation(fixture, row.width) : null,
      })),
      {
        quantity: `drop of r from the smallest to the largest width (Table 1: n1 = 25 → 500)`,
        ours: drop === null ? null : roundTo(drop, 4),
        paper: paperDrop(fixture),
      },
      ...sharedDrop(rows, fixture),
    ],
    ourDefinitions: [
      `only widths ≥ ${config.fromWidth} (Table 1's smallest) are judged, and of them only the two ends; the others are evidence`,
      `δ = ${delta}: the smallest drop of the correlation that counts as decorrelation`,
      'networks of different widths are treated as independent samples (they share the data split and sample order)',
      `training budget of the ladder: ${config.network.trainSize} train / ${config.network.testSize} test digits, ${config.network.epochs} epochs (the paper: 60,000 / 10,000, 200 epochs)`,
    ],
  };
}

/**
 * The drop over the widths our ladder shares with Table 1 (smallest to largest shared width, when two are
 * shared): the like-for-like effect size beside the paper's (quick: n1 = 25 → 100, Table 1: 0.7616 − 0.5983 =
 * 0.1633).
 */
function sharedDrop(
  rows: { width: number; r: number | null }[],
  fixture: ReturnType<typeof loadPaperFixture> | null,
): { quantity: string; ours: number | null; paper: number | null }[] {
  if (!fixture) return [];
  const shared = rows.filter((row) => paperTrainTestCorrelation(fixture, row.width) !== null);
  if (shared.length < 2) return [];
  const a = shared[0];
  const b = shared[shared.length - 1];
  const pa = paperTrainTestCorrelation(fixture, a.width) as number;
  const pb = paperTrainTestCorrelation(fixture, b.width) as number;
  return [
    {
      quantity: `drop of r over the widths shared with Table 1 (n1 = ${a.width} → ${b.width})`,
      ours: a.r === null || b.r === null ? null : roundTo(a.r - b.r, 4),
      paper: roundTo(pa - pb, 4),
    },
  ];
}

/** The paper's drop of the train–test correlation over its ladder, Table 1: ρ(25) − ρ(500) = 0.3535. */
function paperDrop(fixture: ReturnType<typeof loadPaperFixture> | null): number | null {
  const first = fixture ? paperTrainTestCorrelation(fixture, 25) : null;
  const last = fixture ? paperTrainTestCorrelation(fixture, 500) : null;
  return first === null || last === null ? null : roundTo(first - last, 4);
}

export const decorrelationClaim: Claim<DecorrelationConfig> = {
  id: 'decorrelation',
  title: 'Train and test loss decorrelate as the networks grow',
  paperReference: 'section 5.3 / 6, Table 1 and Fig. 7',
  configFor: decorrelationConfigFor,
  arbitrary(scale: Scale, profile: Profile): fc.Arbitrary<DecorrelationConfig> {
    const base = decorrelationConfigFor(scale);
    return laddersArbitrary(scale, profile).map((l) => ({ ...base, network: l.network }));
  },
  parseConfig: (input) => parseClaimConfig('decorrelation', decorrelationConfigSchema, input),
  specs: (config) => [networkTrainingSpec(config.network)],
  async evaluate(config, context) {
    const records = await context.run(networkTrainingSpec(config.network));
    return { result: judgeDecorrelation(config, records), figureInput: { config, records: { network: records } } };
  },
};
