import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';

// Reference values from scipy.special.betainc(a, b, x).
const REFERENCE: [number, number, number, number][] = [
  [0.3, 2, 5, 0.579825],
  [0.9, 0.5, 0.5, 0.7951672353008665],
  [0.01, 3, 40, 0.008583853799733485],
  [0.7, 100, 40, 0.3458280101299907],
  [0.999, 2, 0.3, 0.8363774642291121],
];

describe('regularizedIncompleteBeta', () => {
  it('matches reference values to 1e-12 relative', () => {
    for (const [x, a, b, v] of REFERENCE) {
      expect(Math.abs(regularizedIncompleteBeta(x, a, b) - v) / v).toBeLessThan(1e-12);
    }
  });

  it('has the closed forms I_x(a, 1) = xᵃ and I_x(1, b) = 1 − (1 − x)ᵇ', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.2, max: 30, noNaN: true }),
        (x, a) => {
          expect(Math.abs(regularizedIncompleteBeta(x, a, 1) - x ** a)).toBeLessThan(1e-13);
          expect(Math.abs(regularizedIncompleteBeta(x, 1, a) - (1 - (1 - x) ** a))).toBeLessThan(1e-13);
        },
      ),
      { seed: 21, numRuns: 100 },
    );
  });

  it('satisfies I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.3, max: 50, noNaN: true }),
        fc.double({ min: 0.3, max: 50, noNaN: true }),
        (x, a, b) => {
          const s = regularizedIncompleteBeta(x, a, b) + regularizedIncompleteBeta(1 - x, b, a);
          expect(Math.abs(s - 1)).toBeLessThan(1e-12);
        },
      ),
      { seed: 22, numRuns: 100 },
    );
  });

  it('rejects invalid arguments', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(1.1, 2, 3)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 3)).toThrow(RangeError);
  });
});
