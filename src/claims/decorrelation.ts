/**
 * Claim `decorrelation` — train and test loss decorrelate as the networks grow (Choromanska et al. 2015,
 * section 5.3 / 6, Table 1 and Fig. 7): across networks of one hidden width trained by SGD from different random
 * initial weights, the Pearson correlation ρ between final train and test loss falls as the width n1 grows.
 *
 * Experiment: the shared network ladder (src/claims/ladders.ts, `networkTrainingSpec`), so the runs are those
 * of the band and hardness claims.
 * Statistic: Pearson r(train, test) per width (ok runs only), with a Fisher-z interval at 1 − α per width; the
 * decision compares the smallest width's r with the largest's by Fisher's z (compareCorrelations, independent
 * samples: the networks of two widths share the data split but not their weights).
 * Rule (one test in each direction at α each; at most one can reject): 'holds' if the one-sided test of
 * H1: ρ(smallest) > ρ(largest) has p < α; 'fails' if the one-sided test of H1: ρ(largest) > ρ(smallest) has p < α
 * (reversed and significant); otherwise 'inconclusive' (also with ≤ 3 ok runs at either end or a constant loss).
 * Ours: only the two ends of the ladder are tested (the intermediate widths are evidence); α = 0.05.
 * Defaults: the ladder of each scale (ci n1 ∈ {10, 25, 50} × 30 networks on 1,000/1,000 digits, 6 epochs; quick
 * n1 ∈ {10, 25, 50, 100} × 50 on 8,000/2,000, 20 epochs; paper the paper's n1 ∈ {25, …, 500} × 1,000, 200 epochs).
 */
import type fc from 'fast-check';
import { z } from 'zod';
import type { RunRecord } from '../experiments/run-record.js';
import { loadPaperFixture, paperTrainTestCorrelation } from '../report/paper-fixture.js';
import { scatter } from '../report/scatter-by-group.js';
import { compareCorrelations } from '../stats/compare-correlations.js';
import { fisherZInterval } from '../stats/fisher-z-interval.js';
import { mean } from '../stats/mean.js';
import { pearson } from '../stats/pearson.js';
import type { Claim } from './claim.js';
import type { ClaimResult, EvidenceRow, Verdict } from './claim-result.js';
import { networkTrainingSpec } from './experiments.js';
import { laddersArbitrary, networkLadder, networkLadderSchema } from './ladders.js';
import { parseClaimConfig } from './parse-claim-config.js';
import type { Profile, Scale } from './scale.js';
import { lossesOf, roundTo } from './size-groups.js';

export const decorrelationConfigSchema = z.strictObject({
  network: networkLadderSchema,
  alpha: z.number().gt(0).lt(0.5),
});
export type DecorrelationConfig = z.infer<typeof decorrelationConfigSchema>;

export function decorrelationConfigFor(scale: Scale): DecorrelationConfig {
  return { network: networkLadder(scale), alpha: 0.05 };
}

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
  const first = rows[0];
  const last = rows[rows.length - 1];
  let fixture: ReturnType<typeof loadPaperFixture> | null = null;
  try {
    fixture = loadPaperFixture();
  } catch {
    fixture = null;
  }

  let verdict: Verdict = 'inconclusive';
  let reason: string;
  let z: number | null = null;
  let pDown: number | null = null;
  let pUp: number | null = null;
  if (first.r === null || last.r === null) {
    reason = `correlation undefined at n1 = ${first.r === null ? first.width : last.width} (≤ 3 ok runs or a constant loss).`;
  } else {
    const down = compareCorrelations(clampR(first.r), first.n, clampR(last.r), last.n);
    z = down.z;
    pDown = down.pValueOneSided;
    pUp = compareCorrelations(clampR(last.r), last.n, clampR(first.r), first.n).pValueOneSided;
    const text = `r = ${roundTo(first.r, 3)} at n1 = ${first.width} vs ${roundTo(last.r, 3)} at n1 = ${last.width} (Fisher z = ${roundTo(z, 3)})`;
    if (pDown < alpha) {
      verdict = 'holds';
      reason = `${text}: the correlation falls, one-sided p = ${roundTo(pDown, 3)} < ${alpha}.`;
    } else if (pUp < alpha) {
      verdict = 'fails';
      reason = `${text}: the correlation RISES significantly, one-sided p = ${roundTo(pUp, 3)} < ${alpha}.`;
    } else {
      reason = `${text}: no significant change at α = ${alpha} (p falls ${roundTo(pDown, 3)}, p rises ${roundTo(pUp, 3)}).`;
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
    test: 'Fisher z, smallest vs largest width',
    z: z === null ? null : roundTo(z, 4),
    pFalls: pDown === null ? null : roundTo(pDown, 4),
    pRises: pUp === null ? null : roundTo(pUp, 4),
  });

  return {
    id: 'decorrelation',
    title: decorrelationClaim.title,
    paperReference: decorrelationClaim.paperReference,
    verdict,
    statistic: {
      name: `one-sided p of Fisher's z test ρ(n1 = ${first.width}) > ρ(n1 = ${last.width})`,
      value: pDown === null ? null : roundTo(pDown, 4),
    },
    threshold: { description: 'α (and α for the reversed direction → fails)', value: alpha },
    alpha,
    rule:
      "Pearson r(train loss, test loss) per width with Fisher-z intervals at 1 − α; Fisher's z comparison of the " +
      'smallest and largest widths: holds if the one-sided p for "smallest > largest" is < α, fails if the one-sided ' +
      'p for "largest > smallest" is < α, else inconclusive.',
    reason,
    evidence,
    paperComparison: rows.map((row) => ({
      quantity: `Pearson r(train, test) at n1 = ${row.width} (Table 1)`,
      ours: row.r === null ? null : roundTo(row.r, 4),
      paper: fixture ? paperTrainTestCorrelation(fixture, row.width) : null,
    })),
    ourDefinitions: [
      'only the two ends of the width ladder are tested; intermediate widths are evidence',
      'networks of different widths are treated as independent samples (they share the data split and sample order)',
      `training budget of the ladder: ${config.network.trainSize} train / ${config.network.testSize} test digits, ${config.network.epochs} epochs (the paper: 60,000 / 10,000, 200 epochs)`,
    ],
  };
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
    const result = judgeDecorrelation(config, records);
    const points = records
      .filter((r) => r.status === 'ok' && r.metrics !== null)
      .map((r) => ({ x: lossesOf(r).train, y: lossesOf(r).test, group: r.size }));
    return {
      result,
      figures: [
        {
          file: 'train-test.svg',
          spec: scatter(points, {
            title: 'Test loss against train loss, one panel per hidden width (Fig. 7)',
            xLabel: 'train NLL',
            yLabel: 'test NLL',
          }),
        },
      ],
    };
  },
};
