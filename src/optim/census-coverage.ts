/**
 * Empirical critical-point counts against the exact finite-N expectation E Crt_N(u) of Auffinger–Ben Arous–Černý
 * (src/theory/expected-critical-point-count.ts).
 *
 * - {@link bruteForceCriticalPoints}: at very small N (3, 4) every critical point of a sample can be found:
 *   damped Newton on grad_R H = 0 (criticalPointSearch) from many uniform starts (for odd p each found w also
 *   gives −w, a critical point of energy −H(w)), converged points deduplicated by position (|w − w′|/√N < SAME_POSITION). For p = 3 there are at most 2((p−1)^N − 1)/(p − 2) = 14 (N = 3)
 *   and 30 (N = 4) non-degenerate critical points (the number of eigenvectors of a generic symmetric tensor,
 *   Cartwright–Sturmfels 2013, times 2 for ±), which bounds what a search can find.
 * - {@link bruteForceMeanCounts}: the mean, over independent coupling samples, of the number found below each
 *   level: an unbiased estimate of E Crt_N(u) when the search finds all points (the formula is an expectation
 *   over the disorder, so one sample cannot be compared with it).
 * - {@link censusCoverage}: at N = 10…30 no search finds every point; the census (critical-point-census.ts) is a
 *   lower bound and we report the coverage found/expected below each level.
 *
 * Streams: sample s uses {master: seed, purpose: 'disorder', size: N, run: s}; its start j uses
 * {master: seed, purpose: 'init', size: N, run: s·starts + j}.
 */

import { stream } from '../random/streams.js';
import { randomSpherePoint } from '../spinglass/random-point.js';
import { SpinGlassLandscape } from '../spinglass/spin-glass-landscape.js';
import { logExpectedCriticalPointCount } from '../theory/expected-critical-point-count.js';
import { monteCarloIndexCounts } from '../theory/index-count-monte-carlo.js';
import { type CriticalPointCensus, criticalPointCensus } from './critical-point-census.js';
import { criticalPointSearch } from './critical-point-search.js';
import { hessianIndex } from './hessian-index.js';

/** Two converged points closer than this (in |w − w′|/√N) are one critical point. */
export const SAME_POSITION = 1e-6;

export interface BruteForcePoint {
  point: Float64Array;
  scaledEnergy: number;
  index: number;
}

/** All critical points found from `starts` uniform starts on one landscape (converged, deduplicated by position). */
export function bruteForceCriticalPoints(
  landscape: SpinGlassLandscape,
  starts: number,
  initStream: (j: number) => ReturnType<typeof stream>,
  search: { tolerance: number; maxIterations: number } = { tolerance: 1e-10, maxIterations: 100 },
): BruteForcePoint[] {
  const n = landscape.n;
  const found: BruteForcePoint[] = [];
  const add = (w: Float64Array, scaledEnergy: number) => {
    const duplicate = found.some((f) => {
      let d = 0;
      for (let i = 0; i < n; i++) d += (f.point[i] - w[i]) ** 2;
      return Math.sqrt(d / n) < SAME_POSITION;
    });
    if (!duplicate) found.push({ point: w, scaledEnergy, index: hessianIndex(landscape, w).index });
  };
  for (let j = 0; j < starts; j++) {
    const run = criticalPointSearch(landscape, randomSpherePoint(n, initStream(j)), search);
    if (!run.converged) continue;
    add(run.point, run.scaledEnergy);
    // Odd p: H(−w) = −H(w), so −w is a critical point too (with the opposite energy).
    if (landscape.p % 2 === 1)
      add(
        run.point.map((x) => -x),
        -run.scaledEnergy,
      );
  }
  return found;
}

export interface BruteForceMeanCounts {
  n: number;
  p: number;
  samples: number;
  levels: number[];
  /** Mean number found with H/N ≤ u, per level. */
  mean: number[];
  /** Sample standard deviation of the number found, per level. */
  sd: number[];
  /** E Crt_N(u), exact, per level. */
  expected: number[];
  /** Mean and sample s.d. of the number found of index k (k = 0…N−1, outer) with H/N ≤ u (inner). */
  meanByIndex: number[][];
  sdByIndex: number[][];
  /** The most points found in one sample. */
  maxFound: number;
}

/** Brute-force counts below each level averaged over `samples` coupling samples (see the header). */
export function bruteForceMeanCounts(config: {
  n: number;
  p: number;
  samples: number;
  starts: number;
  seed: string | number;
  levels: number[];
}): BruteForceMeanCounts {
  const { n, p, samples, starts, seed, levels } = config;
  const sums = levels.map(() => 0);
  const squares = levels.map(() => 0);
  const indexSums = Array.from({ length: n }, () => levels.map(() => 0));
  const indexSquares = Array.from({ length: n }, () => levels.map(() => 0));
  let maxFound = 0;
  for (let s = 0; s < samples; s++) {
    const landscape = SpinGlassLandscape.sample({
      n,
      p,
      rng: stream({ master: seed, purpose: 'disorder', size: n, run: s }),
    });
    const points = bruteForceCriticalPoints(landscape, starts, (j) =>
      stream({ master: seed, purpose: 'init', size: n, run: s * starts + j }),
    );
    maxFound = Math.max(maxFound, points.length);
    levels.forEach((u, i) => {
      const c = points.filter((x) => x.scaledEnergy <= u).length;
      sums[i] += c;
      squares[i] += c * c;
      for (let k = 0; k < n; k++) {
        const ck = points.filter((x) => x.index === k && x.scaledEnergy <= u).length;
        indexSums[k][i] += ck;
        indexSquares[k][i] += ck * ck;
      }
    });
  }
  const mean = sums.map((t) => t / samples);
  const sdOf = (q: number, m: number) => Math.sqrt(Math.max(0, (q - samples * m ** 2) / (samples - 1)));
  const sd = squares.map((q, i) => sdOf(q, mean[i]));
  const meanByIndex = indexSums.map((row) => row.map((t) => t / samples));
  const sdByIndex = indexSquares.map((row, k) => row.map((q, i) => sdOf(q, meanByIndex[k][i])));
  return {
    n,
    p,
    samples,
    levels,
    mean,
    sd,
    expected: levels.map((u) => Math.exp(logExpectedCriticalPointCount(n, p, u))),
    meanByIndex,
    sdByIndex,
    maxFound,
  };
}

export interface CoverageRow {
  /** Level u (H/N). */
  u: number;
  /** Distinct critical points the census found with H/N ≤ u (all indices). */
  found: number;
  /** Of which minima (index 0). */
  foundMinima: number;
  /** E Crt_N(u), exact (all indices). */
  expected: number;
  /** found / expected: the census is a lower bound on one sample, the expectation is over samples. */
  coverage: number;
}

/** The census's counts below each level against the exact expectation. */
export function censusCoverage(
  census: CriticalPointCensus,
  n: number,
  p: number,
  levels: readonly number[],
): CoverageRow[] {
  return levels.map((u) => {
    const below = census.points.filter((x) => x.scaledEnergy <= u);
    const expected = Math.exp(logExpectedCriticalPointCount(n, p, u));
    return {
      u,
      found: below.length,
      foundMinima: below.filter((x) => x.index === 0).length,
      expected,
      coverage: below.length / expected,
    };
  });
}

/** One row of the census against the theory by index: found of index k below u vs E Crt_{N,k}(u). */
export interface IndexCoverageRow {
  u: number;
  k: number;
  /** Distinct critical points of index k the census found with H/N ≤ u. */
  found: number;
  /** E Crt_{N,k}(u) by Monte Carlo over the GOE (index-count-monte-carlo.ts); 0 when no GOE sample hit. */
  expected: number;
  /** Its standard error. */
  expectedStandardError: number;
  /** found / expected (null when expected = 0). */
  coverage: number | null;
}

/**
 * The census's counts by index below each level against E Crt_{N,k}(u), k = 0…kmax (finite-N, GOE Monte Carlo
 * with `samples` samples from `seed`). The census is a lower bound on one coupling sample; the expectation is over
 * samples. Rows are flat (one per level and index) so they can serve as evidence rows.
 */
export function censusCoverageByIndex(
  census: CriticalPointCensus,
  n: number,
  p: number,
  levels: readonly number[],
  kmax: number,
  monteCarlo: { samples: number; seed: string | number },
): IndexCoverageRow[] {
  const km = Math.min(kmax, n - 1);
  const mc = monteCarloIndexCounts(n, p, km, levels, monteCarlo);
  const rows: IndexCoverageRow[] = [];
  levels.forEach((u, i) => {
    for (let k = 0; k <= km; k++) {
      const e = mc[k][i];
      const expected = Number.isFinite(e.logCount) ? Math.exp(e.logCount) : 0;
      const found = census.points.filter((x) => x.index === k && x.scaledEnergy <= u).length;
      rows.push({
        u,
        k,
        found,
        expected,
        expectedStandardError: Number.isFinite(e.standardError) ? expected * e.standardError : 0,
        coverage: expected > 0 ? found / expected : null,
      });
    }
  });
  return rows;
}

/** Mean census counts by index over several landscapes against E Crt_{N,k}(u): one row per (level, index). */
export interface MeanIndexCoverageRow {
  n: number;
  u: number;
  k: number;
  landscapes: number;
  /** Mean over landscapes of the distinct index-k points found with H/N ≤ u, and its standard error. */
  meanFound: number;
  meanFoundSe: number;
  /** E Crt_{N,k}(u) (GOE Monte Carlo) and its standard error. */
  expected: number;
  expectedSe: number;
  /** meanFound / expected (null when expected = 0): the census's coverage of the expectation. */
  coverage: number | null;
}

/**
 * The census meets the theory: `landscapes` independent coupling samples (landscape ℓ is the census of master
 * seed `seed·1000 + ℓ`), each searched from `starts` starts (GD then Newton, deduplicated), the number of distinct
 * index-k points below each level averaged over the landscapes, against E Crt_{N,k}(u). The census is a lower
 * bound (coverage ≤ 1 up to noise); where the search is complete (the bottom of the landscape) coverage ≈ 1.
 */
export function censusMeanByIndex(config: {
  n: number;
  p: number;
  landscapes: number;
  starts: number;
  seed: number;
  descentSteps: number;
  levels: readonly number[];
  kmax: number;
  samples: number;
}): MeanIndexCoverageRow[] {
  const { n, p, landscapes, levels, samples } = config;
  const km = Math.min(config.kmax, n - 1);
  if (!Number.isInteger(landscapes) || landscapes < 2) throw new RangeError(`need ≥ 2 landscapes, got ${landscapes}`);
  const counts = levels.map(() => Array.from({ length: km + 1 }, () => [] as number[]));
  for (let l = 0; l < landscapes; l++) {
    const census = criticalPointCensus({
      n,
      p,
      starts: config.starts,
      seed: config.seed * 1000 + l,
      descentSteps: config.descentSteps,
      tolerance: 1e-9,
      maxIterations: 300,
    });
    levels.forEach((u, i) => {
      for (let k = 0; k <= km; k++) {
        counts[i][k].push(census.points.filter((x) => x.index === k && x.scaledEnergy <= u).length);
      }
    });
  }
  const mc = monteCarloIndexCounts(n, p, km, levels, { samples, seed: config.seed });
  const rows: MeanIndexCoverageRow[] = [];
  levels.forEach((u, i) => {
    for (let k = 0; k <= km; k++) {
      const c = counts[i][k];
      const mean = c.reduce((t, v) => t + v, 0) / landscapes;
      const sd = Math.sqrt(c.reduce((t, v) => t + (v - mean) ** 2, 0) / (landscapes - 1));
      const e = mc[k][i];
      const expected = Number.isFinite(e.logCount) ? Math.exp(e.logCount) : 0;
      rows.push({
        n,
        u,
        k,
        landscapes,
        meanFound: mean,
        meanFoundSe: sd / Math.sqrt(landscapes),
        expected,
        expectedSe: Number.isFinite(e.standardError) ? expected * e.standardError : 0,
        coverage: expected > 0 ? mean / expected : null,
      });
    }
  });
  return rows;
}
