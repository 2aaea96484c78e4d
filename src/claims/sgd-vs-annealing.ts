/**
 * Claim `sgd-vs-annealing` — SGD and simulated annealing, each run to its own plateau, end at nearly the same loss,
 * SGD no worse (Choromanska et al. 2015, section 5.1 / 6, supplement Fig. 6: annealing ends 0.01–0.05 nats of test
 * NLL above SGD at every width). The abstract's second statement, "both land in the band of low critical points",
 * is its own claim, `sgd-vs-annealing-band` (sgd-vs-annealing-band.ts): a compound claim needs two verdicts (issue
 * 11), and the band statement is about the spin glass only, so it is a claim beside `band` (which judges the
 * descent endpoints of its own ladder) rather than inside it; it reads this claim's spin-glass runs (same specs,
 * computed once by the store).
 *
 * Paired design (engine paired seeding, src/experiments/spec-hash.ts): the SGD and annealing specs share the seed
 * and the landscape, so their 'disorder', 'split' and 'init' streams coincide; run r of either method starts from
 * the same point on the same problem. Only the optimizer's own streams differ. Statistics are per-run differences
 * SGD − SA.
 *
 * Parts and experiments:
 *  (n) networks: one hidden ReLU layer of width n1 on MNIST 10×10 (the SAME stratified split for both methods),
 *      SGD with the paper-matched schedule (200 epochs, the paper's sum of step sizes; src/network/sgd-schedule.ts)
 *      against coordinate annealing (src/network/coordinate-annealing.ts, incremental single-parameter proposals,
 *      T0 → T_end then held) of the mean NLL of the whole training set, budget `annealingBudget` loss
 *      evaluations. Statistic per width: final TEST NLL (nats), paired SGD − SA.
 *  (s) spin glass p = 3, FIXED disorder (one coupling sample per N shared by both methods): SGD over P sub-samples
 *      then a GD polish (ends at a critical point by its tolerance), against annealing at convergenceMultiple × SGD's
 *      cost (20×, its plateau budget). Statistic per N: final H/N, paired SGD − SA; inference is over starts on that
 *      sample.
 *
 * Each method to its plateau (issue 10): every annealing run and every network SGD run records its loss after each
 * tenth of its budget (src/stats/loss-plateau.ts). A size is judged only when at least PLATEAU_SHARE = 90 % of
 * the annealing runs there lowered their loss by < 2 % over the last fifth of the budget; otherwise the size is
 * 'inconclusive' with the reason "not at its plateau". SGD's end is the paper's optimisation state by construction
 * (the paper-matched schedule; on the spin glass a GD polish to its tolerance); its share is reported only. A comparison against an optimizer that has not converged
 * says nothing about the paper, so it can neither hold nor fail (a 'fails' from an unconverged optimizer would be a
 * harness bug, not a finding).
 *
 * Equal cost (the second, reported statistic, not in the verdict): spin-glass annealing at SGD's cap (epochs +
 * polish cap + 1 evaluations, a sub-sample pass counting 1/P), paired SGD − SA mean and interval per N; the network
 * evaluation counts of both methods are reported.
 *
 * Rule (family-wise α, split α/2 per direction): per width and N, paired t on d_r = SGD_r − SA_r, H0: mean(d) ≥ τ
 * (non-inferiority: SGD no worse by τ or more), p = P(T_{n−1} ≤ (d̄ − τ)/(s_d/√n)); Holm over all judged sizes at
 * α/2. Reverse H0': mean(d) ≤ τ, p' = 1 − p, Holm at α/2. 'fails' if Holm rejects any H0' at a size at its plateau;
 * 'holds' if every size is at its plateau and Holm rejects every H0; otherwise 'inconclusive'.
 *
 * Ours: τ_net = 0.05 nats (the top of the paper's 0.01–0.05 gap), τ_sg = 0.01 (H/N), convergenceMultiple = 20,
 * P = 10. Defaults: ci widths {2, 5, 10} × 6 on 500/1,000 digits, annealing 10,000 evaluations, N ∈ {20, 30} × 20;
 * quick widths {2, 5, 10} × 4 on 2,000/2,000 digits, annealing 50,000 evaluations, N ∈ {25, 50, 75} × 30; paper
 * the six widths of Fig. 6 × 1,000 on 8,000/2,000, annealing 100,000 evaluations (on the whole training set),
 * N ∈ {25, 50, 100, 250, 500} × 1,000.
 */
import fc from 'fast-check';
import { z } from 'zod';
import type { RunRecord } from '../experiments/run-record.js';
import type { ExperimentSpec } from '../experiments/spec.js';

import { NETWORK_ANNEALING } from '../network/network-annealing.js';
import { DEFAULT_ANNEALING_OPTIONS } from '../optim/simulated-annealing.js';
import { holmBonferroni } from '../stats/holm-bonferroni.js';
import { PLATEAU_TOLERANCE } from '../stats/loss-plateau.js';
import { mean } from '../stats/mean.js';
import { pairedNonInferiorityTest } from '../stats/paired-non-inferiority-test.js';
import { studentTQuantile } from '../stats/student-t-quantile.js';
import type { Claim } from './claim.js';
import type { ClaimResult, EvidenceRow, Verdict } from './claim-result.js';
import { networkTrainingSpec } from './claim-specs.js';
import { parseClaimConfig } from './parse-claim-config.js';
import type { Profile, Scale } from './scale.js';
import { lossesOf, roundTo, scaledEnergyOf } from './size-groups.js';

const P = 3;
const ascending = (s: number[]) => s.every((v, i) => i === 0 || v > s[i - 1]);
const seed = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const sgdVsAnnealingConfigSchema = z.strictObject({
  networks: z.strictObject({
    widths: z.array(z.number().int().min(2).max(500)).min(1).max(12).refine(ascending, 'must be strictly ascending'),
    runsPerSize: z.number().int().min(2).max(100_000),
    seed,
    trainSize: z.number().int().min(50).max(8000),
    testSize: z.number().int().min(50).max(2000),
    /** SGD epochs (paper-matched schedule: epochs × trainSize ≥ 42,427 samples). */
    epochs: z.number().int().min(1).max(1000),
    /** Coordinate-annealing budget (loss evaluations on the whole training set). */
    annealingBudget: z.number().int().min(1).max(100_000_000),
    /** τ_net, nats of test NLL. */
    tau: z.number().min(0).max(10),
  }),
  spinGlass: z.strictObject({
    sizes: z.array(z.number().int().min(5).max(500)).min(1).max(12).refine(ascending, 'must be strictly ascending'),
    runsPerSize: z.number().int().min(2).max(100_000),
    seed,
    subsamples: z.number().int().min(1).max(1000),
    epochs: z.number().int().min(1).max(100_000),
    learningRate: z.number().positive().max(10),
    polishMaxIterations: z.number().int().min(1).max(1_000_000),
    /** Annealing to its plateau gets this multiple of SGD's cap. */
    convergenceMultiple: z.number().int().min(1).max(1000),
    /** τ_sg, in scaled energy H/N. */
    tau: z.number().min(0).max(10),
    bandTolerance: z.number().min(0).max(10),
    bandDelta: z.number().min(0).max(10),
  }),
  alpha: z.number().gt(0).lt(0.5),
});
export type SgdVsAnnealingConfig = z.infer<typeof sgdVsAnnealingConfigSchema>;

export function sgdVsAnnealingConfigFor(scale: Scale): SgdVsAnnealingConfig {
  const networks = {
    ci: { widths: [2, 5, 10], runsPerSize: 6, trainSize: 500, testSize: 1000, epochs: 200, annealingBudget: 10_000 },
    quick: {
      widths: [2, 5, 10],
      // 4 pairs a width (was 10): network annealing at 50,000 evaluations costs 7.6–8.7 s CPU a run (measured in
      // the quick store) and does not reach its plateau at these widths (drops 2.8–12.9 % over the last fifth,
      // docs/networks.md), so the widths are reported, not judged; with the drawn configuration and a failing
      // claim's confirmation it is computed three times, the largest cost of `npm run verify` after the ladder.
      runsPerSize: 4,
      trainSize: 2000,
      testSize: 2000,
      epochs: 200,
      annealingBudget: 50_000,
    },
    paper: {
      widths: [2, 3, 5, 10, 15, 25],
      runsPerSize: 1000,
      trainSize: 8000,
      testSize: 2000,
      epochs: 200,
      annealingBudget: 100_000,
    },
  }[scale];
  const spin = {
    // The 20×-budget annealing sets the sizes: ≈ 0.13 s a run at N ≤ 30, 0.4–0.7 s at N = 50, 2.2 s at N = 75 and
    // 3–5 s at N = 100 (21,020 evaluations), so ci stays at N ≤ 30 (~5 s) and quick at N ≤ 75.
    ci: { sizes: [20, 30], runsPerSize: 20 },
    quick: { sizes: [25, 50, 75], runsPerSize: 30 },
    paper: { sizes: [25, 50, 100, 250, 500], runsPerSize: 1000 },
  }[scale];
  return {
    networks: { ...networks, seed: 1, tau: 0.05 },
    spinGlass: {
      ...spin,
      seed: 1,
      subsamples: 10,
      epochs: 50,
      learningRate: 0.1,
      polishMaxIterations: 1000,
      convergenceMultiple: 20,
      tau: 0.01,
      bandTolerance: 0.05,
      bandDelta: 0.2,
    },
    alpha: 0.05,
  };
}

/** Network SGD: the shared training spec (paper-matched schedule) with this claim's settings. */
function networkSgdSpec(c: SgdVsAnnealingConfig['networks']): ExperimentSpec {
  const { widths, runsPerSize, seed, trainSize, testSize, epochs } = c;
  return networkTrainingSpec({ widths, runsPerSize, seed, trainSize, testSize, epochs });
}

/** The same landscape and seed as SGD (so the same split and initial weights), coordinate annealing as optimizer. */
function networkSaSpec(c: SgdVsAnnealingConfig['networks']): ExperimentSpec {
  const sgd = networkSgdSpec(c);
  return {
    ...sgd,
    name: 'network coordinate annealing (to its plateau)',
    optimizer: { kind: 'sa', budget: c.annealingBudget, ...NETWORK_ANNEALING, adaptProposal: true },
  };
}

/** Share of a size's runs that must be on their plateau before the size is judged. */
export const PLATEAU_SHARE = 0.9;

/** SGD's largest possible count of evaluations on the spin glass: epochs + polish iterations + 1. */
export function spinGlassAnnealingBudget(c: SgdVsAnnealingConfig['spinGlass']): number {
  return c.epochs + c.polishMaxIterations + 1;
}

/** The annealing budget to its plateau: convergenceMultiple × SGD's cap. */
export function spinGlassConvergenceBudget(c: SgdVsAnnealingConfig['spinGlass']): number {
  return c.convergenceMultiple * spinGlassAnnealingBudget(c);
}

/** Fixed disorder: one coupling sample per N, shared by every run and (paired seeding) by every method. */
function spinLandscape(c: SgdVsAnnealingConfig['spinGlass']): ExperimentSpec['landscape'] {
  return { kind: 'spinglass', p: P, ensemble: 'gaussian', disorder: 'fixed', subsamples: c.subsamples };
}

export function spinSgdSpec(c: SgdVsAnnealingConfig['spinGlass']): ExperimentSpec {
  return {
    name: 'spin glass SGD + polish',
    landscape: spinLandscape(c),
    optimizer: {
      kind: 'sgd',
      learningRate: c.learningRate,
      decay: 0,
      epochs: c.epochs,
      polish: { learningRate: c.learningRate, decay: 0, tolerance: 1e-4, maxIterations: c.polishMaxIterations },
    },
    sizes: [...c.sizes],
    runsPerSize: c.runsPerSize,
    seed: c.seed,
    measure: { index: false },
  };
}

export function spinSaSpec(c: SgdVsAnnealingConfig['spinGlass'], budget: number, name: string): ExperimentSpec {
  const { initialTemperature, finalTemperature, proposalScale } = DEFAULT_ANNEALING_OPTIONS;
  return {
    ...spinSgdSpec(c),
    name,
    optimizer: { kind: 'sa', budget, initialTemperature, finalTemperature, proposalScale, adaptProposal: true },
  };
}

export interface SgdVsAnnealingRecords {
  networkSgd: RunRecord[];
  networkSa: RunRecord[];
  spinSgd: RunRecord[];
  /** Annealing at SGD's cost (the equal-cost statistic, reported). */
  spinSa: RunRecord[];
  /** Annealing at the convergence budget (its plateau; the comparison). */
  spinSaConverged: RunRecord[];
}

/** Runs of one size paired by run index: the values where both runs are ok, and how many runs of each diverged. */
interface Paired {
  size: number;
  x: number[];
  y: number[];
  divergedX: number;
  divergedY: number;
}

function pairBySize(
  xs: readonly RunRecord[],
  ys: readonly RunRecord[],
  sizes: readonly number[],
  metric: (r: RunRecord) => number,
): Paired[] {
  const ok = (r: RunRecord) => r.status === 'ok' && r.metrics !== null;
  return sizes.map((size) => {
    const ownX = xs.filter((r) => r.size === size);
    const ownY = ys.filter((r) => r.size === size);
    const yByRun = new Map(ownY.filter(ok).map((r) => [r.run, r]));
    const x: number[] = [];
    const y: number[] = [];
    for (const r of [...ownX].sort((a, b) => a.run - b.run)) {
      const partner = yByRun.get(r.run);
      if (ok(r) && partner) {
        x.push(metric(r));
        y.push(metric(partner));
      }
    }
    return {
      size,
      x,
      y,
      divergedX: ownX.filter((r) => !ok(r)).length,
      divergedY: ownY.filter((r) => !ok(r)).length,
    };
  });
}

type PairedTest = ReturnType<typeof pairedNonInferiorityTest>;

/** The paired test, or null when it is undefined (fewer than 2 pairs, or constant differences). */
function pairedTest(p: Paired, tau: number, conf: number): PairedTest | null {
  if (p.x.length < 2) return null;
  try {
    return pairedNonInferiorityTest(p.x, p.y, tau, conf);
  } catch {
    return null;
  }
}

interface Comparison {
  part: 'network' | 'spin glass';
  pairs: Paired;
  tau: number;
  test: PairedTest | null;
}

const evaluationsOf = (r: RunRecord) => r.metrics as { energyEvaluations?: number; evaluations?: number } | null;

/** Share of a size's ok runs whose plateauDrop is < 2 % (null when no ok run records a curve). */
export function plateauShare(records: readonly RunRecord[], size: number): { share: number | null; runs: number } {
  const drops = records
    .filter((r) => r.size === size && r.status === 'ok' && r.metrics !== null)
    .map((r) => (r.metrics as { plateauDrop?: number }).plateauDrop);
  const known = drops.filter((d): d is number => typeof d === 'number' && Number.isFinite(d));
  if (known.length === 0) return { share: null, runs: drops.length };
  return { share: known.filter((d) => d < PLATEAU_TOLERANCE).length / drops.length, runs: drops.length };
}

interface Judged extends Comparison {
  /** Plateau shares of SGD and SA at this size (null: the method records no curve, e.g. spin-glass SGD + polish). */
  plateauSgd: number | null;
  plateauSa: number | null;
  atPlateau: boolean;
}

/** The decision rule (pure). */
export function judgeSgdVsAnnealing(config: SgdVsAnnealingConfig, records: SgdVsAnnealingRecords): ClaimResult {
  const half = config.alpha / 2;
  const conf = 1 - half;
  const net = config.networks;
  const sg = config.spinGlass;
  const testLoss = (r: RunRecord) => lossesOf(r).test;
  const onPlateau = (share: number | null) => share === null || share >= PLATEAU_SHARE;
  const compare = (
    part: Comparison['part'],
    pairs: Paired[],
    tau: number,
    sgdRecords: RunRecord[],
    saRecords: RunRecord[],
  ) =>
    pairs.map((p): Judged => {
      const plateauSgd = plateauShare(sgdRecords, p.size).share;
      const plateauSa = plateauShare(saRecords, p.size).share;
      return {
        part,
        pairs: p,
        tau,
        test: pairedTest(p, tau, conf),
        plateauSgd,
        plateauSa,
        // Annealing must record its curve and be on its plateau. SGD's end is the paper's optimisation state by
        // construction (paper-matched schedule on networks; GD polish to its tolerance on the spin glass), so its
        // plateau share is reported, not required: measured, paper-matched SGD at n1 = 25 still lowers its training
        // loss by 3.5–3.8 % over the last fifth of its 200 epochs, as the paper's own decaying schedule does.
        atPlateau: plateauSa !== null && onPlateau(plateauSa),
      };
    });
  const all = [
    ...compare(
      'network',
      pairBySize(records.networkSgd, records.networkSa, net.widths, testLoss),
      net.tau,
      records.networkSgd,
      records.networkSa,
    ),
    ...compare(
      'spin glass',
      pairBySize(records.spinSgd, records.spinSaConverged, sg.sizes, scaledEnergyOf),
      sg.tau,
      records.spinSgd,
      records.spinSaConverged,
    ),
  ];
  const judged = all.filter((c) => c.atPlateau);
  const p = judged.map((c) => (c.test ? c.test.pValue : 1));
  const pReverse = judged.map((c) => (c.test ? 1 - c.test.pValue : 1));
  // No size at its plateau: nothing to test (the verdict is then inconclusive, 'not at its plateau').
  const none = { adjusted: [] as number[], reject: [] as boolean[] };
  const holm = judged.length > 0 ? holmBonferroni(p, half) : none;
  const holmReverse = judged.length > 0 ? holmBonferroni(pReverse, half) : none;
  const adjusted = new Map(judged.map((c, i) => [c, { p: holm.adjusted[i], reverse: holmReverse.adjusted[i] }]));

  const label = (c: Comparison) => `${c.part} ${c.part === 'network' ? 'n1' : 'N'} = ${c.pairs.size}`;
  const failing = judged.filter((_, i) => holmReverse.reject[i]);
  const notAtPlateau = all.filter((c) => !c.atPlateau);
  const allHold = notAtPlateau.length === 0 && judged.every((c, i) => c.test !== null && holm.reject[i]);
  const pct = (v: number | null) => (v === null ? '—' : `${Math.round(100 * v)} %`);
  let verdict: Verdict;
  let reason: string;
  if (failing.length > 0) {
    verdict = 'fails';
    reason = `${failing.map((c) => `SGD worse than annealing by more than τ = ${c.tau} at ${label(c)}`).join('; ')} (both methods at their plateau).`;
  } else if (allHold) {
    verdict = 'holds';
    reason = `each method at its plateau, SGD is non-inferior at every width and N (paired, largest Holm-adjusted p ${roundTo(Math.max(...holm.adjusted), 3)} ≤ ${half}).`;
  } else {
    verdict = 'inconclusive';
    const open = [
      ...notAtPlateau.map(
        (c) =>
          `${label(c)} not at its plateau (annealing runs with < 2 % drop over the last fifth: ${pct(c.plateauSa)}, need ${Math.round(100 * PLATEAU_SHARE)} %; SGD ${pct(c.plateauSgd)})`,
      ),
      ...judged.filter((c, i) => c.test === null || !holm.reject[i]).map((c) => `non-inferiority at ${label(c)}`),
    ];
    reason = `not decided: ${open.join('; ')}.`;
  }

  const meanOr = (v: number[]) => (v.length > 0 ? roundTo(mean(v)) : null);
  const evidence: EvidenceRow[] = all.map((c): EvidenceRow => {
    const t = c.test;
    const lower = t ? t.estimate - studentTQuantile(conf, t.df) * t.standardError : Number.NaN;
    const adj = adjusted.get(c);
    return {
      part: c.part,
      size: c.pairs.size,
      pairs: c.pairs.x.length,
      divergedSgd: c.pairs.divergedX,
      divergedSa: c.pairs.divergedY,
      meanSgd: meanOr(c.pairs.x),
      meanSa: meanOr(c.pairs.y),
      meanDifference: t ? roundTo(t.estimate) : null,
      sdDifference: t ? roundTo(t.sd) : null,
      lowerBound: roundTo(lower),
      upperBound: t ? roundTo(t.upperConfidenceBound) : null,
      tau: c.tau,
      plateauSgd: c.plateauSgd === null ? null : roundTo(c.plateauSgd, 3),
      plateauSa: c.plateauSa === null ? null : roundTo(c.plateauSa, 3),
      p: t ? roundTo(t.pValue, 3) : null,
      holmP: adj ? roundTo(adj.p, 3) : null,
      holmPWorse: adj ? roundTo(adj.reverse, 3) : null,
    };
  });
  // Equal cost (reported, not in the verdict): spin-glass SGD against annealing at SGD's cap, paired, two-sided
  // (1 − α/2) t interval; and how much the plateau budget gained over the equal-cost annealing.
  const interval = (pairs: Paired) => {
    if (pairs.x.length < 2) return { mean: null, lower: null, upper: null };
    const d = pairs.x.map((v, i) => v - pairs.y[i]);
    const m = mean(d);
    const sd = Math.sqrt(d.reduce((s, v) => s + (v - m) ** 2, 0) / (d.length - 1));
    const h = studentTQuantile(1 - half / 2, d.length - 1) * (sd / Math.sqrt(d.length));
    return { mean: roundTo(m), lower: roundTo(m - h), upper: roundTo(m + h) };
  };
  const equalCost = pairBySize(records.spinSgd, records.spinSa, sg.sizes, scaledEnergyOf);
  const gain = pairBySize(records.spinSaConverged, records.spinSa, sg.sizes, scaledEnergyOf);
  sg.sizes.forEach((size, i) => {
    const e = interval(equalCost[i]);
    const g = interval(gain[i]);
    evidence.push({
      part: 'equal cost',
      size,
      pairs: equalCost[i].x.length,
      meanSaEqualCost: meanOr(equalCost[i].y),
      plateauSaEqualCost: ((s) => (s === null ? null : roundTo(s, 3)))(plateauShare(records.spinSa, size).share),
      sgdMinusEqualCostMean: e.mean,
      sgdMinusEqualCostLower: e.lower,
      sgdMinusEqualCostUpper: e.upper,
      plateauGainMean: g.mean,
      plateauGainLower: g.lower,
      plateauGainUpper: g.upper,
    });
  });
  const costRows = [
    { part: 'network', method: 'SGD', recs: records.networkSgd },
    { part: 'network', method: 'SA', recs: records.networkSa },
    { part: 'spin glass', method: 'SGD', recs: records.spinSgd },
    { part: 'spin glass', method: 'SA (equal cost)', recs: records.spinSa },
    { part: 'spin glass', method: 'SA (plateau)', recs: records.spinSaConverged },
  ].flatMap(({ part, method, recs }) => {
    const ev = recs
      .map((r) => {
        const m = evaluationsOf(r);
        return m?.energyEvaluations ?? m?.evaluations;
      })
      .filter((v): v is number => typeof v === 'number');
    return ev.length > 0
      ? [{ part: 'cost', method: `${part} ${method}`, size: null, meanEvaluations: roundTo(mean(ev)) }]
      : [];
  });
  evidence.push(...costRows);
  const maxHolm = judged.length > 0 ? Math.max(...holm.adjusted) : 1;
  const gaps = all
    .filter((c) => c.part === 'network' && c.pairs.x.length > 0)
    .map((c) => mean(c.pairs.y) - mean(c.pairs.x));
  const gapRange = {
    low: gaps.length > 0 ? roundTo(Math.min(...gaps)) : null,
    high: gaps.length > 0 ? roundTo(Math.max(...gaps)) : null,
  };

  return {
    id: 'sgd-vs-annealing',
    title: sgdVsAnnealingClaim.title,
    paperReference: sgdVsAnnealingClaim.paperReference,
    verdict,
    statistic: {
      name: 'largest Holm-adjusted p of the paired non-inferiority tests H0: mean(SGD − SA) ≥ τ (sizes at their plateau)',
      value: roundTo(maxHolm, 4),
    },
    threshold: { description: 'α/2 (Holm over widths and sizes), every size at its plateau', value: half },
    alpha: config.alpha,
    rule:
      'Paired design: SGD and annealing share the landscape, the data split / coupling sample and the starts run for run. ' +
      'Each method runs to its plateau (network SGD: paper-matched schedule, 200 epochs; annealing: a budget whose last ' +
      `fifth lowers the loss by < 2 %; a size is judged only when ≥ ${Math.round(100 * PLATEAU_SHARE)} % of its annealing runs are on their plateau). ` +
      'Per width (test NLL) and per N (H/N): paired t non-inferiority on d = SGD − SA, H0: mean(d) ≥ τ; Holm at α/2. ' +
      'Holds if every size is at its plateau and Holm rejects every H0; fails if Holm at α/2 rejects "mean(d) ≤ τ" at a ' +
      'size at its plateau; else inconclusive. Equal-cost annealing is reported beside it, not judged.',
    reason,
    evidence,
    paperComparison: [
      { quantity: 'widths compared (Fig. 6)', ours: net.widths.length, paper: 6 },
      { quantity: 'SA − SGD test NLL, smallest over widths (Fig. 6: 0.01)', ours: gapRange.low, paper: 0.01 },
      { quantity: 'SA − SGD test NLL, largest over widths (Fig. 6: 0.05)', ours: gapRange.high, paper: 0.05 },
    ],
    ourDefinitions: [
      `network SGD: paper-matched schedule (γ0 0.075, the paper's step sum ≈ 3,182), ${net.epochs} epochs on ${net.trainSize} digits`,
      `network annealing: coordinate annealing (incremental single-parameter proposals), ${net.annealingBudget} loss evaluations on the whole training set`,
      `spin glass: annealing to its plateau gets ${sg.convergenceMultiple} × SGD's cap = ${spinGlassConvergenceBudget(sg)} evaluations; equal cost ${spinGlassAnnealingBudget(sg)} (a sub-sample pass counts 1/P, P = ${sg.subsamples})`,
      `plateau: loss drop over the last fifth of the budget < 2 %, in ≥ ${Math.round(100 * PLATEAU_SHARE)} % of a size's runs`,
      `τ = ${net.tau} nats (network test NLL), ${sg.tau} (spin-glass H/N)`,
      'paired seeding: one coupling sample per N (fixed disorder) and one data split, shared by both methods, as are the starts of run r',
    ],
  };
}

function specsOf(c: SgdVsAnnealingConfig): ExperimentSpec[] {
  return [
    networkSgdSpec(c.networks),
    networkSaSpec(c.networks),
    spinSgdSpec(c.spinGlass),
    spinSaSpec(c.spinGlass, spinGlassAnnealingBudget(c.spinGlass), 'spin glass annealing (equal budget)'),
    spinSaSpec(c.spinGlass, spinGlassConvergenceBudget(c.spinGlass), 'spin glass annealing (convergence budget)'),
  ];
}

export const sgdVsAnnealingClaim: Claim<SgdVsAnnealingConfig> = {
  id: 'sgd-vs-annealing',
  title: 'Each run to its plateau, SGD ends no worse than simulated annealing',
  paperReference: 'section 5.1 / 6, supplement Fig. 6',
  configFor: sgdVsAnnealingConfigFor,
  arbitrary(scale: Scale, profile: Profile): fc.Arbitrary<SgdVsAnnealingConfig> {
    const base = sgdVsAnnealingConfigFor(scale);
    const seedArb = fc.integer({ min: 0, max: 1_000_000 });
    if (profile === 'ci') {
      return fc
        .record({
          netSeed: seedArb,
          sgSeed: seedArb,
          netRuns: fc.integer({ min: Math.ceil(0.75 * base.networks.runsPerSize), max: base.networks.runsPerSize }),
          sgRuns: fc.integer({ min: Math.ceil(0.75 * base.spinGlass.runsPerSize), max: base.spinGlass.runsPerSize }),
        })
        .map((d) => ({
          ...base,
          networks: { ...base.networks, seed: d.netSeed, runsPerSize: d.netRuns },
          spinGlass: { ...base.spinGlass, seed: d.sgSeed, runsPerSize: d.sgRuns },
        }));
    }
    return fc
      .record({
        widths: fc.subarray([2, 3, 5, 10, 15, 25], { minLength: 1 }),
        netRuns: fc.integer({ min: 3, max: base.networks.runsPerSize }),
        netSeed: seedArb,
        sizes: fc.subarray([10, 15, 25, 50], { minLength: 1 }),
        sgRuns: fc.integer({ min: 5, max: base.spinGlass.runsPerSize }),
        sgSeed: seedArb,
        sgEpochs: fc.integer({ min: 5, max: base.spinGlass.epochs }),
      })
      .map((d) => ({
        ...base,
        networks: { ...base.networks, widths: d.widths, runsPerSize: d.netRuns, seed: d.netSeed },
        spinGlass: { ...base.spinGlass, sizes: d.sizes, runsPerSize: d.sgRuns, seed: d.sgSeed, epochs: d.sgEpochs },
      }));
  },
  parseConfig: (input) => parseClaimConfig('sgd-vs-annealing', sgdVsAnnealingConfigSchema, input),
  specs: specsOf,
  async evaluate(config, context) {
    const [a, b, c, d, e] = specsOf(config);
    const records: SgdVsAnnealingRecords = {
      networkSgd: await context.run(a),
      networkSa: await context.run(b),
      spinSgd: await context.run(c),
      spinSa: await context.run(d),
      spinSaConverged: await context.run(e),
    };
    const result = judgeSgdVsAnnealing(config, records);
    return { result, figureInput: { config, records: { ...records } } };
  },
};
