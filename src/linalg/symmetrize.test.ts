import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetrizeInPlace } from './symmetrize.js';

describe('symmetrizeInPlace', () => {
  it('averages each off-diagonal pair and keeps the diagonal', () => {
    expect(Array.from(symmetrizeInPlace(new Float64Array([1, 2, 4, 3]), 2))).toEqual([1, 3, 3, 3]);
  });

  it('gives an exactly symmetric matrix, is the identity on symmetric ones, and returns its argument', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((d) =>
            fc.tuple(
              fc.constant(d),
              fc.float64Array({ minLength: d * d, maxLength: d * d, noNaN: true, min: -1e6, max: 1e6 }),
            ),
          ),
        ([d, values]) => {
          const a = Float64Array.from(values);
          expect(symmetrizeInPlace(a, d)).toBe(a);
          for (let i = 0; i < d; i++) {
            expect(a[i * d + i]).toBe(values[i * d + i]);
            for (let j = 0; j < d; j++) expect(a[i * d + j]).toBe(a[j * d + i]);
          }
          const again = Float64Array.from(a);
          expect(symmetrizeInPlace(again, d)).toEqual(a);
        },
      ),
      { seed: 17, numRuns: 100 },
    );
  });
});
