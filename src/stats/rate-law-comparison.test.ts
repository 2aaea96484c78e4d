import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { rateLawComparison } from './rate-law-comparison.js';

const sizes = [20, 30, 40, 50];
const trials = [400, 400, 400, 400];
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
function binomial(rng: ReturnType<typeof createRng>, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng.uniform() < p) k++;
  return k;
}

describe('rateLawComparison', () => {
  it('an exact logit-linear share has no lack of fit; a U-shaped one has', () => {
    const exact = sizes.map((n, i) => Math.round(trials[i] * logistic(2 - 0.08 * n)));
    const r = rateLawComparison(sizes, exact, trials, 1, Number.POSITIVE_INFINITY);
    expect(r.lackOfFitP).toBeGreaterThan(0.5);
    expect(r.lackOfFitDf).toBe(2);
    const u = [200, 40, 40, 200];
    expect(rateLawComparison(sizes, u, trials, 1, Number.POSITIVE_INFINITY).lackOfFitP).toBeLessThan(1e-6);
  });

  it('prefers the power law (ΔAIC > 10) on a steep power-law share over a wide size range, and vice versa', () => {
    const wide = [5, 10, 20, 40, 80, 160];
    const n = wide.map(() => 2000);
    const power = wide.map((s, i) => Math.round(n[i] * 0.9 * (s / 5) ** -1.5));
    expect(rateLawComparison(wide, power, n, 1, Number.POSITIVE_INFINITY).deltaAic).toBeGreaterThan(10);
    const expo = wide.map((s, i) => Math.round(n[i] * logistic(1 - 0.04 * s)));
    expect(rateLawComparison(wide, expo, n, 1, Number.POSITIVE_INFINITY).deltaAic).toBeLessThan(-10);
  });

  it('dividing by the dispersion φ weakens the lack-of-fit evidence (quasi-binomial, F reference)', () => {
    const u = [200, 150, 150, 200];
    const plain = rateLawComparison(sizes, u, trials, 1, Number.POSITIVE_INFINITY).lackOfFitP;
    const quasi = rateLawComparison(sizes, u, trials, 4, 20).lackOfFitP;
    expect(quasi).toBeGreaterThan(plain);
  });

  it('null (logit-linear truth): the lack-of-fit test rejects at 0.05 in about 5 % of 400 draws', () => {
    const rng = createRng('rate-law-null');
    let rejects = 0;
    const T = 400;
    for (let t = 0; t < T; t++) {
      const k = sizes.map((s, i) => binomial(rng, trials[i], logistic(1 - 0.05 * s)));
      if (rateLawComparison(sizes, k, trials, 1, Number.POSITIVE_INFINITY).lackOfFitP < 0.05) rejects++;
    }
    // Binomial(400, 0.05): mean 20, sd 4.4; a 4-sd band.
    expect(rejects).toBeLessThanOrEqual(38);
    expect(rejects).toBeGreaterThanOrEqual(4);
  });

  it('rejects a dispersion below 1 or a non-positive size', () => {
    expect(() => rateLawComparison(sizes, [1, 2, 3, 4], trials, 0.5, 3)).toThrow(RangeError);
    expect(() => rateLawComparison([0, 1], [1, 2], [5, 5], 1, 3)).toThrow(RangeError);
  });
});
