import { describe, expect, it } from 'vitest';
import { stream } from '../random/streams.js';
import { logExpectedCriticalPointCount } from '../theory/expected-critical-point-count.js';
import { bruteForceCriticalPoints, bruteForceMeanCounts, censusCoverage } from './census-coverage.js';
import { criticalPointCensus } from './critical-point-census.js';
import { SpinGlassLandscape } from './spin-glass-landscape.js';

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
