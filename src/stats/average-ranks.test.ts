import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks } from './average-ranks.js';

describe('averageRanks', () => {
  it('ranks with ties averaged', () => {
    expect(Array.from(averageRanks([10, 20, 20, 5]))).toEqual([2, 3.5, 3.5, 1]);
    expect(Array.from(averageRanks([]))).toEqual([]);
  });

  it('ranks sum to n(n + 1)/2 and follow the order of the values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }), (values) => {
        const ranks = averageRanks(values);
        const n = values.length;
        expect(ranks.reduce((s, r) => s + r, 0)).toBe((n * (n + 1)) / 2);
        for (let a = 0; a < n; a++) {
          for (let b = 0; b < n; b++) {
            expect(Math.sign(ranks[a] - ranks[b])).toBe(Math.sign(values[a] - values[b]));
          }
        }
      }),
      { seed: 21, numRuns: 100 },
    );
  });
});
