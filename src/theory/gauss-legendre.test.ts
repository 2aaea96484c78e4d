import { describe, expect, it } from 'vitest';
import { GAUSS_LEGENDRE_8, logIntegrateGaussLegendre } from './gauss-legendre.js';

describe('logIntegrateGaussLegendre', () => {
  it('the rule integrates x^k exactly for k ≤ 15 and its weights sum to 2', () => {
    const { nodes, weights } = GAUSS_LEGENDRE_8;
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(2, 14);
    for (let k = 0; k <= 15; k++) {
      const q = nodes.reduce((s, x, i) => s + weights[i] * x ** k, 0);
      expect(q).toBeCloseTo(k % 2 === 1 ? 0 : 2 / (k + 1), 14);
    }
  });

  it('integrates a Gaussian far outside the double range in log space', () => {
    // ∫_{−10}^{10} e^{5000 − x²/2} dx = e^{5000}·√(2π)·(1 − 2Φ(−10)).
    const r = logIntegrateGaussLegendre((x) => 5000 - (x * x) / 2, -10, 10, 40);
    expect(r - 5000).toBeCloseTo(0.5 * Math.log(2 * Math.PI), 12);
    expect(logIntegrateGaussLegendre(() => Number.NEGATIVE_INFINITY, 0, 1, 3)).toBe(Number.NEGATIVE_INFINITY);
    expect(() => logIntegrateGaussLegendre((x) => x, 1, 0, 3)).toThrow(RangeError);
  });
});
