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
import { criticalPointSearch } from '../optim/critical-point-search.js';
import { hessianIndex } from '../optim/hessian-index.js';
import { stream } from '../random/streams.js';
import { logExpectedCriticalPointCount } from '../theory/expected-critical-point-count.js';
import type { CriticalPointCensus } from './critical-point-census.js';
import { randomSpherePoint } from './random-point.js';
import { SpinGlassLandscape } from './spin-glass-landscape.js';

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
    });
  }
  const mean = sums.map((t) => t / samples);
  const sd = squares.map((q, i) => Math.sqrt(Math.max(0, (q - samples * mean[i] ** 2) / (samples - 1))));
  return {
    n,
    p,
    samples,
    levels,
    mean,
    sd,
    expected: levels.map((u) => Math.exp(logExpectedCriticalPointCount(n, p, u))),
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
