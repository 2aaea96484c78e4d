import { describe, expect, it } from 'vitest';
import { stream } from '../random/streams.js';
import { SpinGlassLandscape } from '../spinglass/spin-glass-landscape.js';
import { logExpectedCriticalPointCount } from '../theory/expected-critical-point-count.js';
import { monteCarloIndexCounts } from '../theory/index-count-monte-carlo.js';
import {
  bruteForceCriticalPoints,
  bruteForceMeanCounts,
  censusCoverage,
  censusCoverageByIndex,
  censusMeanByIndex,
} from './census-coverage.js';
import { criticalPointCensus } from './critical-point-census.js';

describe('brute-force critical points against the exact E Crt_N(u) (p = 3)', () => {
  // Decision rule: z = (mean − E Crt_N(u)) / (sd/√S) over S coupling samples; pass iff |z| < 3.29 at each of the
  // 3 levels for N = 3 and N = 4. Per comparison α = 0.001 (two-sided, normal approximation of the mean of S ≥ 80
  // bounded counts), so a correct formula with a complete search fails this test with probability ≤ 6·0.001 =
  // 0.6% over the choice of seed (Bonferroni). The search is deterministic (seeded), so the test is too.
  // Power: the standard error of the mean total is ≈ 0.26 (N = 3) and ≈ 0.58 (N = 4), so a search missing one point
  // per sample shifts z by ≈ −3.8 and −1.7; the formula evaluated at N − 1 (an off-by-one in the GOE size) lies
  // more than 6 standard errors away (checked below).
  it.each([
    [3, 150, 30, 14],
    [4, 80, 60, 30],
  ])('N = %i: mean count over %i samples (%i Newton starts each) matches the formula', (n, samples, starts, bound) => {
    const levels = [-1.2, 0, 5];
    const r = bruteForceMeanCounts({ n, p: 3, samples, starts, seed: 'brute-force-test', levels });
    expect(r.maxFound).toBeLessThanOrEqual(bound);
    for (let i = 0; i < levels.length; i++) {
      const z = (r.mean[i] - r.expected[i]) / (r.sd[i] / Math.sqrt(samples));
      expect(Math.abs(z)).toBeLessThan(3.29);
    }
    // The formula's total is far from the bound and from the truncation N − 1: the comparison has power.
    expect(r.expected[2]).toBeLessThan(0.8 * bound);
    expect(Math.abs(Math.exp(logExpectedCriticalPointCount(n - 1, 3, 5)) - r.mean[2])).toBeGreaterThan(
      6 * (r.sd[2] / Math.sqrt(samples)),
    );
  });

  // By index: the brute-force mean number of index-k points below u against E Crt_{N,k}(u) from the GOE
  // (index-count-monte-carlo.ts, 20000 GOE samples, its own s.e.). z = difference / √(s.e.² + s.e.²); rule
  // |z| < 3.89 at u ∈ {−1.2, +∞} for every k = 0…N−1 (α = 1e-4 per comparison, 14 comparisons, ≤ 0.14%
  // family-wise). Power: below u = −1.2 nearly all points are minima (N = 3: 0.62 minima, 0.013 of index 1, none
  // of index 2), so swapping k for N − 1 − k (a reversed index convention) is many s.e. away (checked); in all,
  // N = 3 has 3.14 / 4.27 / 3.14 points of index 0 / 1 / 2, measured 3.01 ± 0.07 / 4.05 ± 0.13 / 3.01 ± 0.07.
  it.each([
    [3, 150, 30],
    [4, 80, 60],
  ])('N = %i: brute-force counts by index match E Crt_{N,k}(u)', (n, samples, starts) => {
    const levels = [-1.2, 5];
    const r = bruteForceMeanCounts({ n, p: 3, samples, starts, seed: 'brute-force-test', levels });
    const mc = monteCarloIndexCounts(n, 3, n - 1, levels, { samples: 20000, seed: 'brute-force-by-index' });
    for (let k = 0; k < n; k++) {
      levels.forEach((_, i) => {
        const e = mc[k][i];
        const expected = Number.isFinite(e.logCount) ? Math.exp(e.logCount) : 0;
        const seMc = Number.isFinite(e.standardError) ? expected * e.standardError : 0;
        const seBf = r.sdByIndex[k][i] / Math.sqrt(samples);
        const z = (r.meanByIndex[k][i] - expected) / Math.sqrt(seBf ** 2 + seMc ** 2 || 1e-12);
        expect(Math.abs(z)).toBeLessThan(3.89);
      });
    }
    const minimaLow = Math.exp(mc[0][0].logCount);
    const topLow = Number.isFinite(mc[n - 1][0].logCount) ? Math.exp(mc[n - 1][0].logCount) : 0;
    expect(Math.abs(r.meanByIndex[0][0] - topLow)).toBeGreaterThan(6 * (r.sdByIndex[0][0] / Math.sqrt(samples)));
    expect(minimaLow).toBeGreaterThan(0.3);
  });

  it('finds ± pairs for odd p, each point once, with indices in 0..N−1', () => {
    const landscape = SpinGlassLandscape.sample({
      n: 3,
      p: 3,
      rng: stream({ master: 'bf-unit', purpose: 'disorder', size: 3, run: 0 }),
    });
    const points = bruteForceCriticalPoints(landscape, 30, (j) =>
      stream({ master: 'bf-unit', purpose: 'init', size: 3, run: j }),
    );
    expect(points.length % 2).toBe(0);
    const energies = points.map((x) => x.scaledEnergy).sort((a, b) => a - b);
    for (let i = 0; i < energies.length; i++) expect(energies[i]).toBeCloseTo(-energies[energies.length - 1 - i], 9);
    for (const x of points) {
      expect(x.index).toBeGreaterThanOrEqual(0);
      expect(x.index).toBeLessThanOrEqual(2);
    }
  });
});

describe('censusCoverage', () => {
  it('counts the census points below each level against the exact expectation', () => {
    const census = criticalPointCensus({
      n: 10,
      p: 3,
      starts: 12,
      seed: 5,
      descentSteps: 40,
      tolerance: 1e-9,
      maxIterations: 300,
    });
    const rows = censusCoverage(census, 10, 3, [-1.5, -1, 0, 5]);
    expect(rows.map((r) => r.u)).toEqual([-1.5, -1, 0, 5]);
    for (const r of rows) {
      expect(r.found).toBe(census.points.filter((x) => x.scaledEnergy <= r.u).length);
      expect(r.foundMinima).toBeLessThanOrEqual(r.found);
      expect(r.expected).toBeCloseTo(Math.exp(logExpectedCriticalPointCount(10, 3, r.u)), 10);
      expect(r.coverage).toBeCloseTo(r.found / r.expected, 12);
    }
    expect(rows[3].found).toBe(census.points.length);
  });
});

describe('the census against E Crt_{N,k}(u) by index', () => {
  it('censusCoverageByIndex: found of index k below u against the GOE Monte Carlo, one row per (u, k)', () => {
    const census = criticalPointCensus({
      n: 8,
      p: 3,
      starts: 20,
      seed: 3,
      descentSteps: 40,
      tolerance: 1e-9,
      maxIterations: 300,
    });
    const levels = [-1.3, 5];
    const rows = censusCoverageByIndex(census, 8, 3, levels, 2, { samples: 300, seed: 3 });
    const mc = monteCarloIndexCounts(8, 3, 2, levels, { samples: 300, seed: 3 });
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      const i = levels.indexOf(r.u);
      expect(r.found).toBe(census.points.filter((x) => x.index === r.k && x.scaledEnergy <= r.u).length);
      expect(r.expected).toBeCloseTo(Math.exp(mc[r.k][i].logCount), 10);
      if (r.expected > 0) expect(r.coverage).toBeCloseTo(r.found / r.expected, 12);
      else expect(r.coverage).toBeNull();
    }
    // in all, the index-k points found sum to the census (indices ≤ 2 of N − 1 = 7 possible)
    const inAll = rows.filter((r) => r.u === 5).reduce((t, r) => t + r.found, 0);
    expect(inAll).toBe(census.points.filter((x) => x.index <= 2).length);
  });

  it('censusMeanByIndex: the mean over landscapes is the mean of the single-landscape censuses', () => {
    const rows = censusMeanByIndex({
      n: 8,
      p: 3,
      landscapes: 2,
      starts: 10,
      seed: 4,
      descentSteps: 30,
      levels: [5],
      kmax: 1,
      samples: 200,
    });
    const single = [0, 1].map((l) =>
      criticalPointCensus({
        n: 8,
        p: 3,
        starts: 10,
        seed: 4000 + l,
        descentSteps: 30,
        tolerance: 1e-9,
        maxIterations: 300,
      }),
    );
    for (const r of rows) {
      const c = single.map((x) => x.points.filter((q) => q.index === r.k).length);
      expect(r.meanFound).toBeCloseTo((c[0] + c[1]) / 2, 12);
      expect(r.meanFoundSe).toBeCloseTo(Math.abs(c[0] - c[1]) / 2, 12);
    }
    expect(() =>
      censusMeanByIndex({
        n: 8,
        p: 3,
        landscapes: 1,
        starts: 1,
        seed: 1,
        descentSteps: 1,
        levels: [0],
        kmax: 0,
        samples: 10,
      }),
    ).toThrow(RangeError);
  });
});
