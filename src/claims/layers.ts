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
 * src/spinglass/critical-point-census.ts; records do not store the final point).
 * Unit of inference: the LANDSCAPE. The points of one landscape are not independent draws from the ensemble, so
 * the rank correlation is computed per landscape and tested across landscapes.
 * Statistic and decision rule (two parts):
 *  (a) per landscape with ≥ 4 distinct converged points of ≥ 2 distinct indices, Spearman's ρ_l between scaled
 *      energy H/N and index; the statistic is the mean ρ̄ over these L' landscapes, tested by a one-sided
 *      one-sample Student t-test (L' − 1 df) of mean ρ > 0 at level α: "higher index, higher energy" on the
 *      typical landscape. Fewer than 2 such landscapes: no test.
 *  (b) for k = 1…kmax, c_k = #{found points with index ≥ k and H/N < −E_k − tol} over all landscapes,
 *      tol = energyToleranceFactor/N; the statistic is max_k c_k, compared with countBound (default 0). A count,
 *      not a test: no α (a point of index ≥ k below −E_k on any landscape is exponentially unlikely).
 *  Verdict: 'fails' if (a) is significantly NEGATIVE (one-sided p against mean ρ < 0 below α) or max_k c_k >
 *  countBound; 'holds' if (a) is significantly positive (p < α) and max_k c_k ≤ countBound; otherwise
 *  'inconclusive' (fewer than 2 landscapes with a defined ρ, or mean ρ not significant either way: e.g. a strong
 *  trend on one landscape and none on the others). α applies to (a) only (one test, no correction needed); its
 *  type-I error of 'fails' is ≤ α over the landscape distribution when energy and index are unrelated.
 *
 * Defaults: ci N = 30, 48 starts on 4 landscapes (≈ 2 s); quick N = 50, 150 starts on 10 landscapes; paper N = 100,
 * 1,000 starts on 20 landscapes (each landscape needs ≥ 4 distinct points of ≥ 2 indices for its ρ: about 12 starts
 * give 6–9 distinct converged points at N = 30). p = 3, kmax = 5, α = 0.01, tolerance 1e-9, tol = 1/N. The figure shows the points
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
} from '../spinglass/critical-point-census.js';
import { mean } from '../stats/mean.js';
import { spearmanTest } from '../stats/spearman-test.js';
import { standardDeviation } from '../stats/standard-deviation.js';
import { studentTCdf } from '../stats/student-t-cdf.js';
import { criticalLevels } from '../theory/critical-levels.js';
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
  energyToleranceFactor: 1,
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
  const tol = config.energyToleranceFactor / config.n;
  const points = censuses.flatMap((c) => c.points);
  const census = {
    unconverged: censuses.reduce((s, c) => s + c.unconverged, 0),
    diverged: censuses.reduce((s, c) => s + c.diverged, 0),
    duplicates: censuses.reduce((s, c) => s + c.duplicates, 0),
    maxScaledGradNorm: censuses.reduce((m, c) => Math.max(m, c.maxScaledGradNorm), 0),
  };
  const evidence: EvidenceRow[] = [];
  let maxCount = 0;
  let worstK = 0;
  for (let k = 0; k <= config.kmax; k++) {
    const ofIndex = points.filter((x) => x.index === k).map((x) => x.scaledEnergy);
    const below = k === 0 ? null : points.filter((x) => x.index >= k && x.scaledEnergy < -levels[k] - tol).length;
    if (below !== null && below > maxCount) {
      maxCount = below;
      worstK = k;
    }
    evidence.push({
      k,
      minusEk: round(-levels[k], 6),
      pointsOfIndexK: ofIndex.length,
      meanEnergyOfIndexK: ofIndex.length ? round(ofIndex.reduce((a, b) => a + b, 0) / ofIndex.length) : null,
      lowestEnergyOfIndexK: ofIndex.length ? round(Math.min(...ofIndex)) : null,
      indexAtLeastKBelowLevel: below,
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
    energyTolerance: round(tol, 5),
  });

  const countFails = maxCount > config.countBound;
  const rankFails = pLess !== null && pLess < config.alpha;
  const rankHolds = pGreater !== null && pGreater < config.alpha;
  let verdict: Verdict;
  let reason: string;
  const rhoText =
    rho === null
      ? `Spearman ρ defined on ${rhos.length} of ${censuses.length} landscape(s) (≥ 4 distinct points of ≥ 2 indices needed; 2 landscapes needed for the test; ${points.length} distinct points in all)`
      : `mean Spearman ρ = ${rho.toFixed(3)} over ${rhos.length} landscapes (${points.length} points; one-sided t-test p = ${pGreater!.toPrecision(3)})`;
  const countText = `max_k #(index ≥ k below −E_k − ${tol.toPrecision(3)}) = ${maxCount}${maxCount > 0 ? ` (k = ${worstK})` : ''}, bound ${config.countBound}`;
  if (countFails || rankFails) {
    verdict = 'fails';
    reason = `${countFails ? 'critical points of high index found below their level' : 'energy decreases with index'}: ${rhoText}; ${countText}.`;
  } else if (rankHolds) {
    verdict = 'holds';
    reason = `${rhoText} < α = ${config.alpha}; ${countText}.`;
  } else {
    verdict = 'inconclusive';
    reason = `${rhoText}, not significant at α = ${config.alpha}; ${countText}.`;
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
      description: `one-sided t-test p < α (positive mean ρ over landscapes), and max_k #(index ≥ k with H/N < −E_k − ${tol.toPrecision(3)}) ≤ ${config.countBound}`,
      value: config.alpha,
    },
    alpha: config.alpha,
    rule:
      'landscape as the unit: Spearman ρ_l of H/N on index per landscape (≥ 4 distinct points, ≥ 2 indices); holds: ' +
      'mean ρ over landscapes positive by a one-sided one-sample t-test (L − 1 df) at α and, for k = 1..kmax, no more ' +
      'than countBound found points of index ≥ k below −E_k − tol on any landscape; fails: mean ρ significantly ' +
      'negative at α or a count above the bound; else inconclusive.',
    reason,
    evidence,
    ourDefinitions: [
      'Critical points are found by damped Newton (Levenberg–Marquardt) on grad_R H = 0 from starts moved by 0..descentSteps gradient-descent steps; the sample of critical points is therefore search-biased, not uniform.',
      `Converged: ‖grad_R H‖/√N < ${config.tolerance}; converged points of the same index with H/N within 1e-9 are one point (for even p this merges w and −w); index = number of Riemannian Hessian eigenvalues ≤ −1e-3.`,
      `Energy tolerance tol = energyToleranceFactor/N = ${tol.toPrecision(3)} (the finite-N fluctuation scale of the ground-state energy per spin of the pure spherical p-spin is 1/N).`,
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
  async evaluate(config, context) {
    const records = await context.run(layersSpec(config));
    return { result: judgeLayers(config, records), figureInput: { config, records: { criticalPoints: records } } };
  },
};
