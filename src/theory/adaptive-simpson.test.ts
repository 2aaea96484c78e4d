import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adaptiveSimpson } from './adaptive-simpson.js';

describe('adaptiveSimpson', () => {
  it('integrates polynomials of degree ≤ 5 to their exact antiderivative difference', () => {
    const coefficient = fc.double({ min: -5, max: 5, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(coefficient, { minLength: 1, maxLength: 6 }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.01, max: 4, noNaN: true }),
        (c, a, width) => {
          const b = a + width;
          const f = (x: number) => c.reduce((acc, ci, i) => acc + ci * x ** i, 0);
          const antiderivative = (x: number) => c.reduce((acc, ci, i) => acc + (ci * x ** (i + 1)) / (i + 1), 0);
          const exact = antiderivative(b) - antiderivative(a);
          const scale = 1 + c.reduce((acc, ci) => acc + Math.abs(ci), 0) * 7 ** 6;
          expect(Math.abs(adaptiveSimpson(f, a, b) - exact)).toBeLessThan(1e-11 * scale);
        },
      ),
      { seed: 11, numRuns: 100 },
    );
  });

  it('integrates smooth transcendental functions: ∫₀^π sin = 2, ∫₀¹ eˣ = e − 1, and is odd in the limits', () => {
    expect(adaptiveSimpson(Math.sin, 0, Math.PI)).toBeCloseTo(2, 12);
    expect(adaptiveSimpson(Math.exp, 0, 1)).toBeCloseTo(Math.E - 1, 12);
    expect(adaptiveSimpson(Math.exp, 1, 0)).toBeCloseTo(1 - Math.E, 12);
    expect(adaptiveSimpson(Math.exp, 2, 2)).toBe(0);
  });

  it('rejects infinite limits', () => {
    expect(() => adaptiveSimpson(Math.exp, 0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
