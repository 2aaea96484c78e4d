import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { expLawComparison } from './exp-law-comparison.js';

const widths = [10, 25, 50, 100];

describe('expLawComparison', () => {
  it('recovers an exact exp law (α = 2, β = −0.5): no lack of fit, far better than the constant', () => {
    const means = widths.map((n) => Math.exp(2 * n ** -0.5));
    const se = means.map((m) => 0.01 * m);
    const r = expLawComparison(widths, means, se);
    expect(r.alpha).toBeCloseTo(2, 6);
    expect(r.beta).toBeCloseTo(-0.5, 6);
    expect(r.converged).toBe(true);
    expect(r.chiSquareExpLaw).toBeLessThan(1e-8);
    expect(r.lackOfFitP).toBeGreaterThan(0.999);
    expect(r.pVersusConstant).toBeLessThan(1e-10);
  });

  it('flat means: the exp law is not significant against the constant', () => {
    const means = [0.4, 0.401, 0.399, 0.4];
    const r = expLawComparison(widths, means, [0.004, 0.004, 0.004, 0.004]);
    expect(r.pVersusConstant).toBeGreaterThan(0.3);
  });

  it('a non-monotone curve (dip then rise) shows lack of fit', () => {
    const means = [0.5, 0.3, 0.45, 0.3];
    const r = expLawComparison(widths, means, [0.005, 0.005, 0.005, 0.005]);
    expect(r.lackOfFitP).toBeLessThan(1e-6);
  });

  it('χ² by hand for the constant and the power law on three points', () => {
    const n = [1, Math.E, Math.E ** 2];
    const means = [Math.exp(1), Math.exp(2), Math.exp(4)];
    const se = means.map((m) => m); // weights 1
    const r = expLawComparison(n, means, se);
    // y = 1, 2, 4: mean 7/3, Σ(y − ȳ)² = 14/3; regression on x = 0, 1, 2: γ = 1.5, residuals 1/6, −1/3, 1/6.
    expect(r.chiSquareConstant).toBeCloseTo(14 / 3, 12);
    expect(r.powerLawGamma).toBeCloseTo(1.5, 12);
    expect(r.chiSquarePowerLaw).toBeCloseTo(1 / 36 + 1 / 9 + 1 / 36, 12);
  });

  it('null (exact exp law plus noise at its standard errors): lack of fit rejects at 0.05 in about 5 % of 500', () => {
    const rng = createRng('exp-law-null');
    // exp(α n^β) has no additive constant: exp(−0.8 + 0.6 n^−0.5) is NOT in the model (its lack of fit is
    // detected in 13 % of draws at these errors); the null is a law of the model's form, falling with n.
    const truth = widths.map((n) => Math.exp(-0.9 * n ** 0.1));
    let rejects = 0;
    for (let t = 0; t < 500; t++) {
      const se = truth.map((m) => 0.02 * m);
      const means = truth.map((m, i) => m * Math.exp((se[i] / m) * rng.normal()));
      if (expLawComparison(widths, means, se).lackOfFitP < 0.05) rejects++;
    }
    // Binomial(500, 0.05): mean 25, sd 4.9; a 4-sd band.
    expect(rejects).toBeGreaterThan(5);
    expect(rejects).toBeLessThan(45);
  });

  it('rejects non-positive inputs and fewer than 3 sizes', () => {
    expect(() => expLawComparison([1, 2], [1, 1], [1, 1])).toThrow(RangeError);
    expect(() => expLawComparison([1, 2, 3], [1, 0, 1], [1, 1, 1])).toThrow(RangeError);
  });
});
