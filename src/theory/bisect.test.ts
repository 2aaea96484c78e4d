import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bisect } from './bisect.js';

describe('bisect', () => {
  it('finds √2 as the root of x² − 2 to full precision', () => {
    expect(bisect((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 15);
    expect(bisect((x) => 2 - x * x, 2, 0)).toBeCloseTo(Math.SQRT2, 15);
  });

  it('finds the root r of the increasing cubic (x − r)³ + (x − r) on any bracket around it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.001, max: 5, noNaN: true }),
        fc.double({ min: 0.001, max: 5, noNaN: true }),
        (r, left, right) => {
          const f = (x: number) => (x - r) ** 3 + (x - r);
          expect(Math.abs(bisect(f, r - left, r + right) - r)).toBeLessThan(1e-14 * (1 + Math.abs(r)));
        },
      ),
      { seed: 5, numRuns: 100 },
    );
  });

  it('stops at the requested tolerance', () => {
    const root = bisect((x) => x - 0.3, 0, 1, 1e-3);
    expect(Math.abs(root - 0.3)).toBeLessThanOrEqual(1e-3);
  });

  it('throws a RangeError without a sign change and returns an end that is an exact zero', () => {
    expect(() => bisect((x) => x * x + 1, -1, 1)).toThrow(RangeError);
    expect(() => bisect(() => Number.NaN, -1, 1)).toThrow(RangeError);
    expect(bisect((x) => x, 0, 1)).toBe(0);
    expect(bisect((x) => x - 1, 0, 1)).toBe(1);
  });
});
