import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { binomialRateRegression } from './binomial-rate-regression.js';
import { normalQuantile } from './normal-quantile.js';

const sizes = [10, 20, 30, 40];
const trials = [100, 100, 100, 100];

/** Binomial(n, p) by n Bernoulli draws (small n only). */
function binomial(rng: ReturnType<typeof createRng>, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng.uniform() < p) k++;
  return k;
}

describe('binomialRateRegression', () => {
  it('matches a Newton fit in numpy (a, b, se(b), deviance) and the null deviance', () => {
    const r = binomialRateRegression(sizes, [30, 12, 6, 1], trials);
    expect(r.status).toBe('ok');
    expect(r.converged).toBe(true);
    expect(Math.abs(r.a - 0.23304103284879893)).toBeLessThan(1e-9);
    expect(Math.abs(r.b - 0.10812429373103258)).toBeLessThan(1e-10);
    expect(Math.abs(r.standardErrorB - 0.019137070560968267)).toBeLessThan(1e-10);
    expect(Math.abs(r.deviance - 0.6912804726634931)).toBeLessThan(1e-9);
    // LR statistic = null deviance (45.349649561895404, numpy) − residual deviance.
    expect(Math.abs(r.lrStatistic - (45.349649561895404 - 0.6912804726634931))).toBeLessThan(1e-8);
    expect(r.pValueBPositive).toBeLessThan(1e-7);
    const w = r.interval(0.95);
    expect(Math.abs(w.upper - w.lower - 2 * 1.959963984540054 * r.standardErrorB)).toBeLessThan(1e-12);
  });

  it('profile interval: D(bound) − D(b̂) = χ²₁(0.95) at both ends and contains b̂', () => {
    const r = binomialRateRegression(sizes, [30, 12, 6, 1], trials);
    const p = r.profileInterval(0.95);
    expect(p.lower).toBeLessThan(r.b);
    expect(p.upper).toBeGreaterThan(r.b);
    // Close to the Wald interval for this well-determined fit.
    const w = r.interval(0.95);
    expect(Math.abs(p.lower - w.lower)).toBeLessThan(0.2 * r.standardErrorB);
    expect(Math.abs(p.upper - w.upper)).toBeLessThan(0.4 * r.standardErrorB);
  });

  it('reports quasi-complete separation (no poor minima at large sizes) with b̂ = +∞ but a finite LR test', () => {
    const r = binomialRateRegression([10, 20, 30], [5, 0, 0], [10, 10, 10]);
    expect(r.status).toBe('separated');
    expect(r.b).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(r.pValueBPositive)).toBe(true);
    // Sup of the likelihood fits row 1 exactly: deviance 0; null deviance by hand.
    expect(r.deviance).toBe(0);
    const p0 = 5 / 30;
    const nullDev = 2 * (5 * Math.log(0.5 / p0) + 5 * Math.log(0.5 / (1 - p0)) + 20 * Math.log(1 / (1 - p0)));
    expect(Math.abs(r.lrStatistic - nullDev)).toBeLessThan(1e-12);
    expect(r.pValueBPositiveLR).toBeLessThan(1e-3);
    const prof = r.profileInterval(0.9);
    expect(prof.upper).toBe(Number.POSITIVE_INFINITY);
    expect(prof.lower).toBeGreaterThan(0);
    expect(Number.isFinite(prof.lower)).toBe(true);
  });

  it('reports no variation (all zero) as inconclusive', () => {
    const r = binomialRateRegression([10, 20], [0, 0], [5, 5]);
    expect(r.status).toBe('no-variation');
    expect(r.pValueBPositiveLR).toBe(1);
    expect(r.profileInterval(0.95)).toEqual({ lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY });
  });

  it('LR test has false-alarm rate ≈ α = 0.05 under b = 0 (1000 replicates, p = 0.3, 5 sizes × 40 trials)', () => {
    // Rejections ~ Binomial(1000, ≈0.05): mean 50, sd 6.9; band [22, 85] is beyond ±4 sd (false alarm < 1e-4).
    const rng = createRng('binomial-rate-null');
    const s = [10, 20, 30, 40, 50];
    const n = [40, 40, 40, 40, 40];
    let rejections = 0;
    for (let rep = 0; rep < 1000; rep++) {
      const y = n.map((k) => binomial(rng, k, 0.3));
      if (binomialRateRegression(s, y, n).pValueBPositiveLR < 0.05) rejections++;
    }
    expect(rejections).toBeGreaterThan(22);
    expect(rejections).toBeLessThan(85);
  });

  it('the 90% profile interval covers the true b at about the nominal rate (500 replicates)', () => {
    // Profile intervals are asymptotic; misses ~ Binomial(500, ≈0.1): mean 50, sd 6.7; band [22, 85].
    const rng = createRng('binomial-rate-coverage');
    const s = [0, 1, 2, 3, 4];
    const n = [60, 60, 60, 60, 60];
    const a = 0;
    const b = 0.5;
    let misses = 0;
    for (let rep = 0; rep < 500; rep++) {
      const y = s.map((v, i) => binomial(rng, n[i], 1 / (1 + Math.exp(-(a - b * v)))));
      const { lower, upper } = binomialRateRegression(s, y, n).profileInterval(0.9);
      if (b < lower || b > upper) misses++;
    }
    expect(misses).toBeGreaterThan(22);
    expect(misses).toBeLessThan(85);
  });

  it('agrees with the one-sided LR p-value: b > 0 at level α ⇔ profile lower bound at level 1 − 2α > 0', () => {
    const r = binomialRateRegression(sizes, [20, 16, 15, 12], trials);
    const alpha = r.pValueBPositiveLR;
    expect(Math.abs(r.profileInterval(1 - 2 * alpha).lower)).toBeLessThan(1e-6);
    expect(normalQuantile(1 - alpha) ** 2).toBeCloseTo(r.lrStatistic, 8);
  });

  it('rejects invalid input', () => {
    expect(() => binomialRateRegression([1, 1], [1, 2], [5, 5])).toThrow(RangeError);
    expect(() => binomialRateRegression([1, 2], [6, 2], [5, 5])).toThrow(RangeError);
    expect(() => binomialRateRegression([1, 2], [1.5, 2], [5, 5])).toThrow(RangeError);
    expect(() => binomialRateRegression([1, 2, 3], [1, 2], [5, 5])).toThrow(RangeError);
  });
});
