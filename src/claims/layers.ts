/**
 * Claim `layers` — the low critical values of the spherical p-spin glass are layered by index (Choromanska et al.
 * 2015, section 4, after Auffinger–Ben Arous–Černý 2013; Fig. 1–2): critical points of higher index sit higher in
 * energy, and critical points of index ≥ k are (exponentially) absent below −E_k·N, E_0 > E_1 > … > E_∞.
 *
 * Experiment (through the engine: stored, resumable, sharded, parallel): one spec {@link layersSpec}, optimizer
 * `{ kind: 'critical-point-search', descentSteps, ladderLength: starts, tolerance, maxIterations }` on one fixed
 * gaussian disorder sample of size n (`runsPerSize` = starts, `measure.index: true`). Run r starts from its uniform
 * 'init' point moved by 0…descentSteps steps of gradient descent (geometric ladder over the starts), then damped
 * Newton on grad_R H = 0 with the exact Riemannian Hessian (src/optim/critical-point-search.ts), which converges to
 * critical points of any index; the record holds scaledEnergy, gradNorm, converged and the exact index
 * (hessianIndex, |λ| < 1e-3 is zero). The judge counts only runs with ‖grad_R H‖/√N < tolerance (converged) and
 * each distinct point once: the same index and H/N within 1e-9 (distinctCriticalPoints in
 * src/spinglass/critical-point-census.ts; records do not store the final point).
 * Statistic and decision rule (two parts):
 *  (a) Spearman's ρ between scaled energy H/N and index over the distinct converged points, with the one-sided
 *      t-approximation test (src/stats/spearman-test.ts) at level α: "higher index, higher energy".
 *  (b) for k = 1…kmax, c_k = #{found points with index ≥ k and H/N < −E_k − tol}, tol = energyToleranceFactor/N;
 *      the statistic is max_k c_k, compared with countBound (default 0). A count, not a test: no α.
 *  Verdict: 'fails' if (a) is significantly NEGATIVE (one-sided p against ρ < 0 below α) or max_k c_k > countBound;
 *  'holds' if (a) is significantly positive (p < α) and max_k c_k ≤ countBound; otherwise 'inconclusive' (fewer
 *  than 4 distinct points, a single index among them, or ρ not significant either way). α applies to (a) only (one
 *  test, no correction needed); type-I error of 'fails' through (a) is ≤ α when energy and index are unrelated.
 *
 * Defaults: ci N = 30, 40 starts (≈ 2 s); quick N = 50, 120 starts; paper N = 100, 1000 starts. p = 3, kmax = 5,
 * α = 0.01, tolerance 1e-9, tol = 1/N.
 */
import fc from 'fast-check';
import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import type { RunRecord, SpinGlassMetrics } from '../experiments/run-record.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import { FIGURE_CONFIG, VEGA_LITE_SCHEMA } from '../report/figure-style.js';
import {
  type CriticalPointCensus,
  distinctCriticalPoints,
  type FoundCriticalPoint,
} from '../spinglass/critical-point-census.js';
import { spearmanTest } from '../stats/spearman-test.js';
import { criticalLevels } from '../theory/critical-levels.js';
import type { Claim } from './claim.js';
import type { ClaimResult, EvidenceRow, Verdict } from './claim-result.js';
import { parseClaimConfig } from './parse-claim-config.js';
import type { Profile, Scale } from './scale.js';

export const layersConfigSchema = z
  .object({
    p: z.number().int().min(3).max(6),
    n: z.number().int().min(8).max(300),
    starts: z.number().int().min(2).max(10_000),
    seed: z.number().int().min(0),
    descentSteps: z.number().int().min(0).max(100_000),
    tolerance: z.number().positive().max(1e-3),
    maxIterations: z.number().int().min(1).max(100_000),
    kmax: z.number().int().min(1).max(100),
    alpha: z.number().gt(0).lt(0.5),
    energyToleranceFactor: z.number().min(0).max(100),
    countBound: z.number().int().min(0),
  })
  .strict();

export type LayersConfig = z.infer<typeof layersConfigSchema>;

const ID = 'layers';
const TITLE = 'Critical points of higher index sit higher in energy; index ≥ k is absent below −E_k';
const PAPER_REFERENCE = 'section 4 (layered structure of the low critical values), Fig. 1–2; ABČ 2013 Thm 2.8';

const BASE: Omit<LayersConfig, 'n' | 'starts' | 'descentSteps'> = {
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
  if (scale === 'ci') return { ...BASE, n: 30, starts: 40, descentSteps: 80 };
  if (scale === 'quick') return { ...BASE, n: 50, starts: 120, descentSteps: 120 };
  return { ...BASE, n: 100, starts: 1000, descentSteps: 200 };
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
  return fc.record({
    ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, fc.constant(v)])),
    seed: fc.integer({ min: 0, max: 10_000 }),
    p: fc.constantFrom(3, 4),
    n: fc.integer({ min: 8, max: base.n + 10 }),
    starts: fc.integer({ min: 4, max: base.starts }),
    descentSteps: fc.integer({ min: 0, max: 2 * base.descentSteps }),
  }) as fc.Arbitrary<LayersConfig>;
}

const round = (x: number, digits = 4): number => Number(x.toFixed(digits));

/** The engine spec of a configuration (one to one: n, p, starts, seed, descentSteps, tolerance, maxIterations). */
export function layersSpec(config: LayersConfig): ExperimentSpec {
  return {
    name: 'layers-critical-points',
    landscape: { kind: 'spinglass', p: config.p, ensemble: 'gaussian', disorder: 'fixed' },
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

/** The distinct converged critical points among the records (pure), with the counts of what was left out. */
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
  const census = censusOfRecords(config, records);
  const levels = criticalLevels(config.p, config.kmax);
  const tol = config.energyToleranceFactor / config.n;
  const points = census.points;
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
  let rho: number | null = null;
  let pGreater: number | null = null;
  let pLess: number | null = null;
  if (points.length >= 4 && distinctIndices >= 2) {
    const t = spearmanTest(
      points.map((x) => x.scaledEnergy),
      points.map((x) => x.index),
    );
    rho = t.rho;
    pGreater = t.pGreater;
    pLess = t.pLess;
  }
  evidence.push({
    k: 'all',
    points: points.length,
    unconvergedSearches: census.unconverged,
    divergedRuns: census.diverged,
    duplicateSearches: census.duplicates,
    distinctIndices,
    spearmanRho: rho === null ? null : round(rho),
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
      ? `Spearman ρ undefined (${points.length} distinct points, ${distinctIndices} distinct indices)`
      : `Spearman ρ = ${rho.toFixed(3)} over ${points.length} points (one-sided p = ${pGreater!.toPrecision(3)})`;
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
    statistic: { name: 'Spearman ρ(scaled energy, index) over distinct critical points', value: rho },
    threshold: {
      description: `one-sided p < α (positive ρ), and max_k #(index ≥ k with H/N < −E_k − ${tol.toPrecision(3)}) ≤ ${config.countBound}`,
      value: config.alpha,
    },
    alpha: config.alpha,
    rule:
      'holds: Spearman ρ of H/N on index positive by a one-sided t-approximation test at α and, for k = 1..kmax, ' +
      'no more than countBound found points of index ≥ k below −E_k − tol; fails: ρ significantly negative at α or ' +
      'a count above the bound; else inconclusive.',
    reason,
    evidence,
    ourDefinitions: [
      'Critical points are found by damped Newton (Levenberg–Marquardt) on grad_R H = 0 from starts moved by 0..descentSteps gradient-descent steps; the sample of critical points is therefore search-biased, not uniform.',
      `Converged: ‖grad_R H‖/√N < ${config.tolerance}; converged points of the same index with H/N within 1e-9 are one point (for even p this merges w and −w); index = number of Riemannian Hessian eigenvalues ≤ −1e-3.`,
      `Energy tolerance tol = energyToleranceFactor/N = ${tol.toPrecision(3)} (the finite-N fluctuation scale of the ground-state energy per spin of the pure spherical p-spin is 1/N).`,
      'Runs through the engine (optimizer critical-point-search, one fixed gaussian disorder sample, measure.index).',
    ],
  };
}

/** Scaled energy against index of the found critical points, with horizontal rules at −E_k (k = 0..kmax). */
export function layersFigure(config: LayersConfig, census: CriticalPointCensus): TopLevelSpec {
  const levels = criticalLevels(config.p, config.kmax);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `Critical points of one ${config.p}-spin sample, N = ${config.n}: energy against index`,
    config: FIGURE_CONFIG,
    width: 460,
    height: 300,
    layer: [
      {
        data: { values: census.points.map((x) => ({ index: x.index, energy: x.scaledEnergy })) },
        mark: { type: 'point', filled: true, size: 40, opacity: 0.7 },
        encoding: {
          x: { field: 'index', type: 'quantitative', title: 'index (negative Hessian eigenvalues)' },
          y: { field: 'energy', type: 'quantitative', title: 'scaled energy H/N', scale: { zero: false } },
        },
      },
      {
        data: { values: levels.map((e, k) => ({ level: `−E_${k}`, y: -e })) },
        mark: { type: 'rule', strokeDash: [4, 3], strokeWidth: 1 },
        encoding: {
          y: { field: 'y', type: 'quantitative' },
          color: { field: 'level', type: 'nominal', title: 'level', sort: null },
        },
      },
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
    return {
      result: judgeLayers(config, records),
      figures: [{ file: 'energy-vs-index.svg', spec: layersFigure(config, censusOfRecords(config, records)) }],
    };
  },
};
