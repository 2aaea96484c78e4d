/**
 * Claim `layers` — the low critical values of the spherical p-spin glass are layered by index (Choromanska et al.
 * 2015, section 4, after Auffinger–Ben Arous–Černý 2013; Fig. 1–2): critical points of higher index sit higher in
 * energy, and critical points of index ≥ k are (exponentially) absent below −E_k·N, E_0 > E_1 > … > E_∞.
 *
 * Experiment (through the engine: stored, resumable, sharded, parallel): one spec {@link layersSpec}, optimizer
 * `{ kind: 'critical-point-search', descentSteps, ladderLength: starts, tolerance, maxIterations }` on L gaussian
 * coupling samples (landscapes) of size n (disorder 'landscapes': run r on landscape r mod L; `runsPerSize` = starts,
 * `measure.index: true`). Run r starts from its uniform 'init' point moved by 0…descentSteps steps of gradient
 * descent (geometric ladder over the starts, so each landscape gets starts from the whole ladder), then damped
 * Newton on grad_R H = 0 with the exact Riemannian Hessian (src/optim/critical-point-search.ts), which converges to
 * critical points of any index; the record holds scaledEnergy, gradNorm, converged and the exact index
 * (hessianIndex, |λ| < 1e-3 is zero). The judge counts only runs with ‖grad_R H‖/√N < tolerance (converged) and
 * each distinct point of a landscape once: the same index and H/N within 1e-9 (distinctCriticalPoints in
 * src/optim/critical-point-census.ts; records do not store the final point).
 * Unit of inference: the LANDSCAPE. The points of one landscape are not independent draws from the ensemble, so
 * the rank correlation is computed per landscape and tested across landscapes.
 * Statistic and decision rule (two parts):
 *  (a) per landscape with ≥ 4 distinct converged points of ≥ 2 distinct indices, Spearman's ρ_l between scaled
 *      energy H/N and index; the statistic is the mean ρ̄ over these L' landscapes, tested by a one-sided
 *      one-sample Student t-test (L' − 1 df) of mean ρ > 0 at level α: "higher index, higher energy" on the
 *      typical landscape. Fewer than 2 such landscapes: no test.
 *  (b) for k = 1…kmax, c_k = #{found points with index ≥ k and H/N < cut_k} over all landscapes, with the cut
 *      cut_k = −E_k − τ_k, τ_k = energyToleranceFactor·(E_{k−1} − E_k) (default factor 0.5: midway between the
 *      layer of index k and the one below it; τ_1 = 0.0021 … τ_5 = 0.00055 for p = 3, a tenth or less of the band
 *      width E_0 − E_∞ = 0.024 — until 2026-12-02 the cut was −E_k − 1/N, below −E_0 for every k at N ≤ 240, so
 *      (b) only forbade saddles below the ground state and could not fail inside the band). A STATISTICAL cut on
 *      the count: the mean number of critical points of index ≥ k below cut_k per landscape is, to leading order,
 *      μ_k = Σ_{j=k}^{k+40} exp(N·Θ_{j,p}(cut_k)) (ABČ; src/theory/theta.ts), which is NOT small at these sizes
 *      (μ_1 = 11.0 per landscape at N = 30, 6.7 at N = 50, 0.20 at N = 1000 — near −E_∞ the terms of index
 *      j > k are almost as large as the j = k term: the layers are an asymptotic statement, and the band is less
 *      than one unit of H wide at N = 30; Poisson bounds for 4 landscapes: 67 at N = 30, 12 at N = 300, 5 at 1000); (b) fails when c_k exceeds the Poisson upper quantile q_k of mean
 *      L·μ_k at level α/(4·kmax) (Bonferroni over k and the two triggers), or countBound if larger; or when a single point of
 *      index ≥ k lies below the single-point cut u*_k where L·μ_k(u*) = α/(4·kmax) (Markov: P(any point below u*) ≤
 *      L·μ_k(u*) when the mean count is at most its leading order; u*_1 = −1.856 at N = 30, −1.664 at N = 1000). The search finds a subset of the
 *      critical points, and the leading order omits the prefactor (N^{−1/2}·c < 1 for minima below −E_∞), so the
 *      Poisson reference over-states the count the null allows: conservative, up to the over-dispersion of counts
 *      across landscapes, which the Poisson model ignores (stated, not corrected). Effect size: the margin
 *      min over found points of index ≥ k of (H/N − cut_k) per k (negative: a violation and its depth).
 *  Verdict: 'fails' if (a) is significantly NEGATIVE (one-sided p against mean ρ < 0 below α/2) or some c_k > its
 *  bound; 'holds' if (a) is significantly positive (p < α/2) and every c_k ≤ its bound; otherwise 'inconclusive'
 *  (fewer than 2 landscapes with a defined ρ, or mean ρ not significant either way: e.g. a strong trend on one
 *  landscape and none on the others). α is split in halves between (a) and (b) (Bonferroni), so the rule's type-I
 *  error of 'fails' is ≤ α over the landscape distribution when energy and index are unrelated and the counts are
 *  at most Poisson at their leading-order mean.
 *
 * Defaults: ci N = 30, 48 starts on 4 landscapes (≈ 2 s); quick N = 50, 150 starts on 10 landscapes; paper N = 100,
 * 1,000 starts on 20 landscapes (each landscape needs ≥ 4 distinct points of ≥ 2 indices for its ρ: about 12 starts
 * give 6–9 distinct converged points at N = 30). p = 3, kmax = 5, α = 0.01, tolerance 1e-9, τ_k factor 0.5. The figure shows the points
 * of landscape 0 (one sample, as the paper's Fig. 1–2 picture one landscape).
 */
import fc from 'fast-check';
import { z } from 'zod';
import type { RunRecord, SpinGlassMetrics } from '../experiments/run-record.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import {
  type CriticalPointCensus,
  distinctCriticalPoints,
  type FoundCriticalPoint,
} from '../optim/critical-point-census.js';
import { mean } from '../stats/mean.js';
import { poissonUpperQuantile } from '../stats/poisson-upper-quantile.js';
import { spearmanTest } from '../stats/spearman-test.js';
import { standardDeviation } from '../stats/standard-deviation.js';
import { studentTCdf } from '../stats/student-t-cdf.js';
import { criticalLevels } from '../theory/critical-levels.js';
import { indexCountCut, leadingOrderCountAtLeastK } from '../theory/index-count-cut.js';
import type { Claim } from './claim.js';
import type { ClaimResult, EvidenceRow, Verdict } from './claim-result.js';
import { landscapeKey } from './landscape-groups.js';
import { parseClaimConfig } from './parse-claim-config.js';
import type { Profile, Scale } from './scale.js';

export const layersConfigSchema = z
  .object({
    p: z.number().int().min(3).max(6),
    n: z.number().int().min(8).max(300),
    starts: z.number().int().min(2).max(10_000),
    /** L coupling samples the starts are spread over (run r on landscape r mod L); at most `starts`. */
    landscapes: z.number().int().min(1).max(1000),
    seed: z.number().int().min(0),
    descentSteps: z.number().int().min(0).max(100_000),
    tolerance: z.number().positive().max(1e-3),
    maxIterations: z.number().int().min(1).max(100_000),
    kmax: z.number().int().min(1).max(100),
    alpha: z.number().gt(0).lt(0.5),
    energyToleranceFactor: z.number().min(0).max(100),
    countBound: z.number().int().min(0),
  })
  .strict()
  .refine((c) => c.landscapes <= c.starts, {
    message: 'landscapes must be ≤ starts (every landscape needs a start)',
    path: ['landscapes'],
  });

export type LayersConfig = z.infer<typeof layersConfigSchema>;

const ID = 'layers';
const TITLE = 'Critical points of higher index sit higher in energy; index ≥ k is absent below −E_k';
const PAPER_REFERENCE = 'section 4 (layered structure of the low critical values), Fig. 1–2; ABČ 2013 Thm 2.8';

const BASE: Omit<LayersConfig, 'n' | 'starts' | 'descentSteps' | 'landscapes'> = {
  p: 3,
  seed: 1,
  tolerance: 1e-9,
  maxIterations: 300,
  kmax: 5,
  alpha: 0.01,
  energyToleranceFactor: 0.5,
  countBound: 0,
};

export function layersConfigFor(scale: Scale): LayersConfig {
  if (scale === 'ci') return { ...BASE, n: 30, starts: 48, landscapes: 4, descentSteps: 80 };
  if (scale === 'quick') return { ...BASE, n: 50, starts: 150, landscapes: 10, descentSteps: 120 };
  return { ...BASE, n: 100, starts: 1000, landscapes: 20, descentSteps: 200 };
}

function layersArbitrary(scale: Scale, profile: Profile): fc.Arbitrary<LayersConfig> {
  const base = layersConfigFor(scale);
  if (profile === 'ci') {
    return fc.record({
      ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, fc.constant(v)])),
      seed: fc.integer({ min: 0, max: 10_000 }),
      n: fc.constantFrom(base.n, base.n - 5),
      starts: fc.integer({ min: Math.max(30, base.starts - 10), max: base.starts + 10 }),
    }) as fc.Arbitrary<LayersConfig>;
  }
  return fc
    .record({
      ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, fc.constant(v)])),
      seed: fc.integer({ min: 0, max: 10_000 }),
      p: fc.constantFrom(3, 4),
      n: fc.integer({ min: 8, max: base.n + 10 }),
      starts: fc.integer({ min: 4, max: base.starts }),
      descentSteps: fc.integer({ min: 0, max: 2 * base.descentSteps }),
      landscapes: fc.integer({ min: 1, max: base.landscapes }),
    })
    .map((c) => ({ ...c, landscapes: Math.min(c.landscapes, c.starts) })) as fc.Arbitrary<LayersConfig>;
}

const round = (x: number, digits = 4): number => Number(x.toFixed(digits));

/** The engine spec of a configuration (one to one: n, p, starts, landscapes, seed, descentSteps, tolerance, …). */
export function layersSpec(config: LayersConfig): ExperimentSpec {
  return {
    name: 'layers-critical-points',
    landscape: {
      kind: 'spinglass',
      p: config.p,
      ensemble: 'gaussian',
      disorder: 'landscapes',
      landscapes: config.landscapes,
    },
    optimizer: {
      kind: 'critical-point-search',
      descentSteps: config.descentSteps,
      ladderLength: config.starts,
      tolerance: config.tolerance,
      maxIterations: config.maxIterations,
    },
    sizes: [config.n],
    runsPerSize: config.starts,
    seed: config.seed,
    measure: { index: true },
  };
}

/** The census of each landscape among the records (landscape order), each with its landscape key. */
export function landscapeCensuses(
  config: LayersConfig,
  records: readonly RunRecord[],
): (CriticalPointCensus & { diverged: number; landscape: string })[] {
  const byLandscape = new Map<string, RunRecord[]>();
  for (const r of [...records].sort((a, b) => (a.landscape ?? 0) - (b.landscape ?? 0) || a.run - b.run)) {
    const key = landscapeKey(r);
    byLandscape.set(key, [...(byLandscape.get(key) ?? []), r]);
  }
  return [...byLandscape].map(([landscape, own]) => ({ landscape, ...censusOfRecords(config, own) }));
}

/** The distinct converged critical points among the records of ONE landscape (pure), with what was left out. */
export function censusOfRecords(
  config: LayersConfig,
  records: readonly RunRecord[],
): CriticalPointCensus & { diverged: number } {
  const converged: FoundCriticalPoint[] = [];
  let unconverged = 0;
  let diverged = 0;
  for (const record of [...records].sort((a, b) => a.run - b.run)) {
    if (record.status !== 'ok' || record.metrics === null) {
      diverged++;
      continue;
    }
    const m = record.metrics as SpinGlassMetrics;
    if (m.index === undefined || m.normalizedIndex === undefined) throw new Error('layers: records without an index');
    if (!m.converged) {
      unconverged++;
      continue;
    }
    converged.push({
      start: record.run,
      scaledEnergy: m.scaledEnergy,
      index: m.index,
      normalizedIndex: m.normalizedIndex,
      scaledGradNorm: m.gradNorm / Math.sqrt(config.n),
      zero: 0,
    });
  }
  const { distinct: points, duplicates } = distinctCriticalPoints(converged);
  const maxScaledGradNorm = points.reduce((m, x) => Math.max(m, x.scaledGradNorm), 0);
  return { points, unconverged, duplicates, diverged, maxScaledGradNorm };
}

/** The decision rule (pure): see the header. `records` are the runs of {@link layersSpec}. */
export function judgeLayers(config: LayersConfig, records: readonly RunRecord[]): ClaimResult {
  const censuses = landscapeCensuses(config, records);
  const levels = criticalLevels(config.p, config.kmax);
  const points = censuses.flatMap((c) => c.points);
  const census = {
    unconverged: censuses.reduce((s, c) => s + c.unconverged, 0),
    diverged: censuses.reduce((s, c) => s + c.diverged, 0),
    duplicates: censuses.reduce((s, c) => s + c.duplicates, 0),
    maxScaledGradNorm: censuses.reduce((m, c) => Math.max(m, c.maxScaledGradNorm), 0),
  };
  // (b) the cut of index ≥ k midway (by default) into the layer below, and its leading-order Poisson bound.
  const landscapesSearched = Math.max(1, censuses.length);
  const cuts = levels.map((e, k) => (k === 0 ? Number.NaN : -e - config.energyToleranceFactor * (levels[k - 1] - e)));
  const meanCount = (k: number) => leadingOrderCountAtLeastK(config.n, config.p, k, cuts[k]);
  const evidence: EvidenceRow[] = [];
  let worstExcess = 0;
  let worstK = 0;
  let countFails = false;
  let smallestMargin = Number.POSITIVE_INFINITY;
  let deepK: number | null = null;
  // α/2 for (b), split over k and over its two triggers (the count below the cut, the single lowest point).
  const countLevel = config.alpha / (4 * config.kmax);
  for (let k = 0; k <= config.kmax; k++) {
    const ofIndex = points.filter((x) => x.index === k).map((x) => x.scaledEnergy);
    const atLeastK = points.filter((x) => x.index >= k).map((x) => x.scaledEnergy);
    const below = k === 0 ? null : atLeastK.filter((e) => e < cuts[k]).length;
    const mu = k === 0 ? null : landscapesSearched * meanCount(k);
    const bound = mu === null ? null : Math.max(config.countBound, poissonUpperQuantile(mu, countLevel));
    const margin = k === 0 || atLeastK.length === 0 ? null : Math.min(...atLeastK) - cuts[k];
    if (margin !== null) smallestMargin = Math.min(smallestMargin, margin);
    // A single point so deep that L × the leading-order mean count below it is < the level (Markov).
    const pointCut = k === 0 ? null : indexCountCut(config.n, config.p, k, landscapesSearched, countLevel);
    const deepPoint = pointCut !== null && atLeastK.some((e) => e < pointCut);
    if (deepPoint) {
      countFails = true;
      deepK = deepK ?? k;
    }
    if (below !== null && bound !== null && below > bound) {
      countFails = true;
      if (below - bound > worstExcess) {
        worstExcess = below - bound;
        worstK = k;
      }
    }
    evidence.push({
      k,
      minusEk: round(-levels[k], 6),
      cut: k === 0 ? null : round(cuts[k], 6),
      pointsOfIndexK: ofIndex.length,
      meanEnergyOfIndexK: ofIndex.length ? round(ofIndex.reduce((a, b) => a + b, 0) / ofIndex.length) : null,
      lowestEnergyOfIndexK: ofIndex.length ? round(Math.min(...ofIndex)) : null,
      indexAtLeastKBelowLevel: below,
      leadingOrderMeanBelowCut: mu === null ? null : Number(mu.toPrecision(3)),
      countBound: bound,
      marginOfLowestIndexAtLeastK: margin === null ? null : round(margin, 5),
      singlePointCut: pointCut === null ? null : round(pointCut, 5),
    });
  }
  const higher = points.filter((x) => x.index > config.kmax);
  evidence.push({
    k: `> ${config.kmax}`,
    minusEk: null,
    pointsOfIndexK: higher.length,
    meanEnergyOfIndexK: higher.length ? round(higher.reduce((a, b) => a + b.scaledEnergy, 0) / higher.length) : null,
    lowestEnergyOfIndexK: higher.length ? round(Math.min(...higher.map((x) => x.scaledEnergy))) : null,
    indexAtLeastKBelowLevel: null,
  });

  const distinctIndices = new Set(points.map((x) => x.index)).size;
  // (a) per landscape: Spearman ρ_l over its distinct points (≥ 4 points, ≥ 2 indices); then a t-test across them.
  const perLandscape = censuses.map((c) => {
    const indices = new Set(c.points.map((x) => x.index)).size;
    const rhoL =
      c.points.length >= 4 && indices >= 2
        ? spearmanTest(
            c.points.map((x) => x.scaledEnergy),
            c.points.map((x) => x.index),
          ).rho
        : null;
    return { landscape: c.landscape, points: c.points.length, indices, rho: rhoL };
  });
  const rhos = perLandscape.map((l) => l.rho).filter((r): r is number => r !== null && Number.isFinite(r));
  let rho: number | null = null;
  let pGreater: number | null = null;
  let pLess: number | null = null;
  let tStatistic: number | null = null;
  if (rhos.length >= 2) {
    rho = mean(rhos);
    const sd = standardDeviation(rhos);
    if (sd > 0) {
      tStatistic = rho / (sd / Math.sqrt(rhos.length));
      pGreater = 1 - studentTCdf(tStatistic, rhos.length - 1);
      pLess = studentTCdf(tStatistic, rhos.length - 1);
    } else {
      // Identical ρ_l on every landscape: no spread for the t-test; the exact sign test (all L' of one sign has
      // probability 2^−L' under a symmetric null) takes its place.
      const sign = 2 ** -rhos.length;
      pGreater = rho > 0 ? sign : 1;
      pLess = rho < 0 ? sign : 1;
    }
  }
  for (const l of perLandscape) {
    evidence.push({
      k: l.landscape,
      points: l.points,
      distinctIndices: l.indices,
      spearmanRho: l.rho === null ? null : round(l.rho),
    });
  }
  evidence.push({
    k: 'all',
    landscapes: censuses.length,
    landscapesWithRho: rhos.length,
    points: points.length,
    unconvergedSearches: census.unconverged,
    divergedRuns: census.diverged,
    duplicateSearches: census.duplicates,
    distinctIndices,
    spearmanRho: rho === null ? null : round(rho),
    sdOfLandscapeRho: rhos.length >= 2 ? round(standardDeviation(rhos)) : null,
    tStatistic: tStatistic === null ? null : round(tStatistic, 3),
    oneSidedP: pGreater === null ? null : Number(pGreater.toPrecision(3)),
    maxScaledGradNorm: Number(census.maxScaledGradNorm.toPrecision(3)),
    cutFactor: config.energyToleranceFactor,
  });

  const rankLevel = config.alpha / 2;
  const rankFails = pLess !== null && pLess < rankLevel;
  const rankHolds = pGreater !== null && pGreater < rankLevel;
  let verdict: Verdict;
  let reason: string;
  const rhoText =
    rho === null
      ? `Spearman ρ defined on ${rhos.length} of ${censuses.length} landscape(s) (≥ 4 distinct points of ≥ 2 indices needed; 2 landscapes needed for the test; ${points.length} distinct points in all)`
      : `mean Spearman ρ = ${rho.toFixed(3)} over ${rhos.length} landscapes (${points.length} points; one-sided t-test p = ${pGreater!.toPrecision(3)})`;
  const countRows = evidence.filter((row) => typeof row.k === 'number' && row.k > 0);
  const countText = countFails
    ? worstK === 0
      ? `a point of index ≥ ${deepK} below the single-point cut ${countRows[(deepK ?? 1) - 1].singlePointCut} (L × leading-order mean count below it < ${countLevel})`
      : `k = ${worstK}: ${countRows[worstK - 1].indexAtLeastKBelowLevel} points of index ≥ ${worstK} below the cut ${round(cuts[worstK], 5)}, above the Poisson bound ${countRows[worstK - 1].countBound} (leading-order mean ${countRows[worstK - 1].leadingOrderMeanBelowCut} over ${landscapesSearched} landscapes, level ${countLevel})`
    : `no count of index ≥ k below −E_k − τ_k above its Poisson bound (counts ${countRows.map((r) => r.indexAtLeastKBelowLevel).join(', ')}; bounds ${countRows.map((r) => r.countBound).join(', ')}; smallest margin ${Number.isFinite(smallestMargin) ? round(smallestMargin, 4) : 'n/a'})`;
  if (countFails || rankFails) {
    verdict = 'fails';
    reason = `${countFails ? 'critical points of high index found below their level' : 'energy decreases with index'}: ${rhoText}; ${countText}.`;
  } else if (rankHolds) {
    verdict = 'holds';
    reason = `${rhoText} < α/2 = ${rankLevel}; ${countText}.`;
  } else {
    verdict = 'inconclusive';
    reason = `${rhoText}, not significant at α/2 = ${rankLevel}; ${countText}.`;
  }
  return {
    id: ID,
    title: TITLE,
    paperReference: PAPER_REFERENCE,
    verdict,
    statistic: {
      name: 'mean over landscapes of Spearman ρ(scaled energy, index) over distinct critical points',
      value: rho === null ? null : round(rho),
    },
    threshold: {
      description: `one-sided t-test p < α/2 (positive mean ρ over landscapes), and for each k #(index ≥ k with H/N < −E_k − ${config.energyToleranceFactor}·(E_{k−1} − E_k)) ≤ its Poisson bound at α/(4·kmax), and no point below the single-point cut (L × leading-order count = α/(4·kmax))`,
      value: config.alpha,
    },
    alpha: config.alpha,
    rule:
      'landscape as the unit: Spearman ρ_l of H/N on index per landscape (≥ 4 distinct points, ≥ 2 indices); holds: ' +
      'mean ρ over landscapes positive by a one-sided one-sample t-test (L − 1 df) at α/2 and, for k = 1..kmax, the ' +
      'count of found points of index ≥ k below the cut −E_k − τ_k (τ_k = factor·(E_{k−1} − E_k)) at most the Poisson ' +
      'upper quantile at α/(4·kmax) of L times the leading-order mean count exp(N·Θ_{k,p}) (or countBound if larger), ' +
      'and no point of index ≥ k below the level where L times that count is α/(4·kmax) (Markov); ' +
      'fails: mean ρ significantly negative at α/2, a count above its bound or a point below its single-point cut; else inconclusive.',
    reason,
    evidence,
    ourDefinitions: [
      'Critical points are found by damped Newton (Levenberg–Marquardt) on grad_R H = 0 from starts moved by 0..descentSteps gradient-descent steps; the sample of critical points is therefore search-biased, not uniform.',
      `Converged: ‖grad_R H‖/√N < ${config.tolerance}; converged points of the same index with H/N within 1e-9 are one point (for even p this merges w and −w); index = number of Riemannian Hessian eigenvalues ≤ −1e-3.`,
      `Cut for index ≥ k: −E_k − τ_k, τ_k = ${config.energyToleranceFactor}·(E_{k−1} − E_k) (midway into the layer below at 0.5; a tenth or less of the band width E_0 − E_∞); the count it allows comes from the leading-order mean number exp(N·Θ_{k,p}(cut)) per landscape (no prefactor: an over-estimate below −E_∞), which is about 11 per landscape at N = 30 and 0.2 at N = 1000, so at small sizes (b) bites only when the search finds many such points.`,
      `Runs through the engine (optimizer critical-point-search, ${config.landscapes} gaussian coupling samples at N = ${config.n}, run r on sample r mod ${config.landscapes}, measure.index); the landscape is the unit of the rank test.`,
    ],
  };
}

export const layersClaim: Claim<LayersConfig> = {
  id: ID,
  title: TITLE,
  paperReference: PAPER_REFERENCE,
  configFor: layersConfigFor,
  arbitrary: layersArbitrary,
  parseConfig: (input) => parseClaimConfig(ID, layersConfigSchema, input),
  specs: (config) => [layersSpec(config)],
  // Asymptotic: the explore profile maps from which N on the layers are seen.
  finiteSize: (config) => config.n,
  async evaluate(config, context) {
    const records = await context.run(layersSpec(config));
    return { result: judgeLayers(config, records), figureInput: { config, records: { criticalPoints: records } } };
  },
};
