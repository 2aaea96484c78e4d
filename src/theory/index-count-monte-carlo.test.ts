import { describe, expect, it } from 'vitest';
import { logExpectedCriticalPointCount } from './expected-critical-point-count.js';
import {
  indexCountsFromEigenvalues,
  monteCarloIndexCounts,
  sampleSmallestGoeEigenvalues,
} from './index-count-monte-carlo.js';

/** Per-sample Kac–Rice weight summed over all indices (the total count's estimator), and its mean and s.e. */
function totalEstimate(n: number, p: number, u: number, eig: readonly Float64Array[]) {
  const c = 2 * Math.sqrt(2 / p) * (p - 1) ** (n / 2);
  const x = Math.sqrt(p / (2 * (p - 1))) * u;
  const per = eig.map((e) => e.reduce((t, l) => t + (l <= x ? c * Math.exp((-n * (p - 2) * l * l) / (2 * p)) : 0), 0));
  const mean = per.reduce((t, v) => t + v, 0) / per.length;
  const sd = Math.sqrt(per.reduce((t, v) => t + (v - mean) ** 2, 0) / (per.length - 1));
  return { mean, se: sd / Math.sqrt(per.length) };
}

describe('E Crt_{N,k}(u) by Monte Carlo over the GOE', () => {
  // Σ_k E Crt_{N,k}(u) = E Crt_N(u), the exact finite-N total (expected-critical-point-count.ts): the sum of the
  // index-k estimators over all k = 0…N−1 is an unbiased estimate of it. Rule |z| < 4.42 (α = 1e-5 per
  // comparison, 6 comparisons, normal approximation with 3000 samples). Power: the same comparison against the
  // total at N − 1 (an off-by-one in the GOE size) is checked to be > 8 s.e. away.
  it.each([
    [6, 3],
    [12, 3],
    [12, 4],
  ])('N = %i, p = %i: the index counts summed over k equal the exact total', (n, p) => {
    const eig = sampleSmallestGoeEigenvalues(n, n - 1, { samples: 3000, seed: 'sum-test' });
    for (const u of [-1.3, 5]) {
      const { mean, se } = totalEstimate(n, p, u, eig);
      const exact = Math.exp(logExpectedCriticalPointCount(n, p, u));
      expect(Math.abs(mean - exact) / se).toBeLessThan(4.42);
      if (u === 5)
        expect(Math.abs(mean - Math.exp(logExpectedCriticalPointCount(n - 1, p, u))) / se).toBeGreaterThan(8);
    }
  });

  it('the estimator: weights, hits, standard error and the −∞ of no hit, on given eigenvalues', () => {
    const n = 4;
    const p = 3;
    const eig = [Float64Array.of(-1.5, -0.5), Float64Array.of(-1.2, 0.1), Float64Array.of(-0.9, 0.4)];
    const x = Math.sqrt(3 / 4) * -1.2; // level u = −1.2 → x_u ≈ −1.039
    const [k0, k1] = indexCountsFromEigenvalues(n, p, 1, [-1.2, 10], eig);
    const c = 2 * Math.sqrt(2 / 3) * 2 ** (n / 2);
    const w = (l: number) => c * Math.exp((-n * l * l) / 6);
    const hitsK0 = eig.filter((e) => e[0] <= x);
    expect(k0[0].hits).toBe(hitsK0.length);
    expect(Math.exp(k0[0].logCount)).toBeCloseTo(hitsK0.reduce((t, e) => t + w(e[0]), 0) / 3, 12);
    const all = eig.map((e) => w(e[0]));
    const mean = all.reduce((t, v) => t + v, 0) / 3;
    const sd = Math.sqrt(all.reduce((t, v) => t + (v - mean) ** 2, 0) / 2);
    expect(Math.exp(k0[1].logCount)).toBeCloseTo(mean, 12);
    expect(k0[1].standardError).toBeCloseTo(sd / Math.sqrt(3) / mean, 12);
    expect(k1[0].hits).toBe(0);
    expect(k1[0].logCount).toBe(Number.NEGATIVE_INFINITY);
  });

  it('is a pure function of the seed', () => {
    const a = monteCarloIndexCounts(30, 3, 2, [-1.5, 0], { samples: 50, seed: 7 });
    expect(monteCarloIndexCounts(30, 3, 2, [-1.5, 0], { samples: 50, seed: 7 })).toEqual(a);
    expect(monteCarloIndexCounts(30, 3, 2, [-1.5, 0], { samples: 50, seed: 8 })[0][1].logCount).not.toBe(
      a[0][1].logCount,
    );
  });

  it('rejects bad arguments', () => {
    expect(() => monteCarloIndexCounts(1, 3, 0, [0], { samples: 10, seed: 1 })).toThrow(RangeError);
    expect(() => monteCarloIndexCounts(10, 3, 0, [0], { samples: 1, seed: 1 })).toThrow(RangeError);
    expect(() => monteCarloIndexCounts(10, 3, 10, [0], { samples: 10, seed: 1 })).toThrow(RangeError);
    expect(() => monteCarloIndexCounts(10, 3, 0, [Number.NaN], { samples: 10, seed: 1 })).toThrow(RangeError);
  });
});
