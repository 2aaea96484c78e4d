import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { compareCorrelations } from './compare-correlations.js';
import { pearson } from './pearson.js';

describe('compareCorrelations', () => {
  it('matches the closed form (numpy/scipy: z = 2.6628603314432246, p = 0.003873978294697548)', () => {
    const { z, pValueOneSided, pValueTwoSided } = compareCorrelations(0.8, 50, 0.5, 50);
    expect(Math.abs(z - 2.6628603314432246)).toBeLessThan(1e-13);
    expect(Math.abs(pValueOneSided - 0.003873978294697548)).toBeLessThan(1e-15);
    expect(Math.abs(pValueTwoSided - 2 * 0.003873978294697548)).toBeLessThan(1e-15);
    expect(compareCorrelations(0.3, 10, 0.3, 20).pValueOneSided).toBe(0.5);
  });

  it('has a false-alarm rate near α = 0.05 under H0 (ρ₁ = ρ₂ = 0.4, n = 30 and 40, 2000 replicates)', () => {
    // Rejections ~ Binomial(2000, 0.05): mean 100, sd 9.7. Band [60, 140] is ±4.1 sd (false alarm ≈ 4e-5).
    const rng = createRng('compare-correlations-null');
    const sample = (n: number) => {
      const x = new Float64Array(n);
      const y = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        x[i] = rng.normal();
        y[i] = 0.4 * x[i] + Math.sqrt(1 - 0.16) * rng.normal();
      }
      return pearson(x, y);
    };
    let rejections = 0;
    for (let rep = 0; rep < 2000; rep++) {
      if (compareCorrelations(sample(30), 30, sample(40), 40).pValueOneSided < 0.05) rejections++;
    }
    expect(rejections).toBeGreaterThan(60);
    expect(rejections).toBeLessThan(140);
  });

  it('rejects invalid input', () => {
    expect(() => compareCorrelations(1, 10, 0.5, 10)).toThrow(RangeError);
    expect(() => compareCorrelations(0.5, 3, 0.5, 10)).toThrow(RangeError);
  });
});
