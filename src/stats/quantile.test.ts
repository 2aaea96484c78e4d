import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantile } from './quantile.js';

describe('quantile (type 7)', () => {
  it('matches numpy.quantile reference values', () => {
    const x = [7, 1, 3, 9, 4];
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile(x, 0)).toBe(1);
    expect(quantile(x, 1)).toBe(9);
    expect(quantile(x, 0.3)).toBeCloseTo(3.2, 14);
    expect(quantile(x, 0.9)).toBeCloseTo(8.2, 14);
  });

  it('is monotone in p and stays within [min, max]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p, q) => {
          const [a, b] = p <= q ? [p, q] : [q, p];
          expect(quantile(xs, a)).toBeLessThanOrEqual(quantile(xs, b));
          expect(quantile(xs, a)).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(quantile(xs, b)).toBeLessThanOrEqual(Math.max(...xs));
        },
      ),
      { seed: 93, numRuns: 100 },
    );
  });

  it('does not modify its input and rejects bad p', () => {
    const x = [3, 1, 2];
    quantile(x, 0.5);
    expect(x).toEqual([3, 1, 2]);
    expect(() => quantile(x, 1.5)).toThrow(RangeError);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});
