import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { powerLawExpFit } from './power-law-exp-fit.js';

describe('powerLawExpFit', () => {
  it('recovers (α, β) from exact data exp(α n^β)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        fc.boolean(),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.boolean(),
        (size, negativeAlpha, rate, negativeBeta) => {
          // β ∈ [−2, −0.05] ∪ [0.05, 0.6], so that exp(α n^β) stays a normal double (|log| < 200), as losses do.
          const alpha = negativeAlpha ? -size : size;
          const beta = negativeBeta ? -rate : Math.min(rate, 0.6);
          const n = [25, 50, 100, 250, 500];
          const fit = powerLawExpFit(
            n,
            n.map((v) => Math.exp(alpha * v ** beta)),
          );
          expect(Math.abs(fit.beta - beta)).toBeLessThan(1e-6);
          expect(Math.abs(fit.alpha - alpha) / Math.abs(alpha)).toBeLessThan(1e-5);
          expect(fit.rSquared).toBeGreaterThan(1 - 1e-10);
          expect(fit.converged).toBe(true);
        },
      ),
      { seed: 131, numRuns: 30 },
    );
  });

  it('is the least-squares solution on the log scale: no nearby (α, β) has a smaller RSS', () => {
    const rng = createRng('power-law-noise');
    const n = [10, 20, 40, 80, 160];
    const mean = n.map((v) => Math.exp(1.5 * v ** -0.4 + 0.02 * rng.normal()));
    const fit = powerLawExpFit(n, mean);
    const rss = (a: number, b: number) => n.reduce((s, v, i) => s + (Math.log(mean[i]) - a * v ** b) ** 2, 0);
    expect(Math.abs(rss(fit.alpha, fit.beta) - fit.rss)).toBeLessThan(1e-12);
    for (const [da, db] of [
      [1e-4, 0],
      [-1e-4, 0],
      [0, 1e-4],
      [0, -1e-4],
      [1e-4, 1e-4],
      [-1e-4, 1e-4],
    ]) {
      expect(rss(fit.alpha + da, fit.beta + db)).toBeGreaterThan(fit.rss);
    }
    const sum = fit.residuals.reduce((s, r) => s + r * r, 0);
    expect(Math.abs(sum - fit.rss)).toBeLessThan(1e-12);
  });

  it('reports converged = false when the best β is at the end of the range', () => {
    const n = [1, 2, 3, 4];
    const fit = powerLawExpFit(
      n,
      n.map((v) => Math.exp(v ** 3)),
      { betaRange: [-1, 1] },
    );
    expect(fit.converged).toBe(false);
  });

  it('rejects non-positive values and constant n', () => {
    expect(() => powerLawExpFit([1, 2, 3], [1, 0, 2])).toThrow(RangeError);
    expect(() => powerLawExpFit([2, 2, 2], [1, 2, 3])).toThrow(RangeError);
    expect(() => powerLawExpFit([1, 2], [1, 2])).toThrow(RangeError);
  });

  it('weights: unit weights give the unweighted fit bit for bit; an integer weight acts as that many copies', () => {
    const n = [10, 20, 40, 80, 160];
    const mean = [1.9, 1.55, 1.4, 1.33, 1.27];
    const plain = powerLawExpFit(n, mean);
    expect(powerLawExpFit(n, mean, { weights: [1, 1, 1, 1, 1] })).toEqual(plain);
    // Σ wᵢ rᵢ² with w = (1, 3, 1, 1, 2) is the unweighted RSS of the data with point 2 thrice and point 5 twice.
    const weighted = powerLawExpFit(n, mean, { weights: [1, 3, 1, 1, 2] });
    const copies = powerLawExpFit([10, 20, 20, 20, 40, 80, 160, 160], [1.9, 1.55, 1.55, 1.55, 1.4, 1.33, 1.27, 1.27]);
    // The two sums differ only in rounding; a minimiser of RSS(β) is located to ~√ε (≈ 1.5e-8) of β, so the fitted
    // parameters agree to ~1e-8 while the minimum RSS agrees to ~ε.
    expect(weighted.beta).toBeCloseTo(copies.beta, 7);
    expect(weighted.alpha).toBeCloseTo(copies.alpha, 7);
    expect(weighted.rss).toBeCloseTo(copies.rss, 12);
    expect(weighted.beta).not.toBeCloseTo(plain.beta, 3);
    expect(() => powerLawExpFit(n, mean, { weights: [1, 1, 0, 1, 1] })).toThrow(RangeError);
    expect(() => powerLawExpFit(n, mean, { weights: [1, 1, 1] })).toThrow(RangeError);
  });
});
