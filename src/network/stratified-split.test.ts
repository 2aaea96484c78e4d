import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { proportionalAllocation, stratifiedSplit } from './stratified-split.js';

// The digit counts of the mnist package, as labels sorted by digit.
const COUNTS = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];
const labels = Uint8Array.from(COUNTS.flatMap((n, d) => new Array<number>(n).fill(d)));

describe('stratifiedSplit', () => {
  it('is deterministic, disjoint and stratified (each digit within one image of its proportional share)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 9000 }),
        fc.integer({ min: 10, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (trainSize, testSize, seed) => {
          const a = stratifiedSplit(labels, { trainSize, testSize, seed });
          const b = stratifiedSplit(labels, { trainSize, testSize, seed });
          expect(Array.from(a.train)).toEqual(Array.from(b.train));
          expect(Array.from(a.test)).toEqual(Array.from(b.test));
          expect(a.train.length).toBe(trainSize);
          expect(a.test.length).toBe(testSize);
          const seen = new Set<number>([...a.train, ...a.test]);
          expect(seen.size).toBe(trainSize + testSize);
          for (const [set, size] of [
            [a.train, trainSize],
            [a.test, testSize],
          ] as const) {
            const perDigit = new Array<number>(10).fill(0);
            for (const i of set) perDigit[labels[i]]++;
            perDigit.forEach((c, d) => {
              expect(Math.abs(c - (size * COUNTS[d]) / 10_000)).toBeLessThan(1);
            });
          }
        },
      ),
      { seed: 41, numRuns: 40 },
    );
  });

  it('default 8,000/2,000 uses every image exactly once; a different seed gives a different split', () => {
    const a = stratifiedSplit(labels, { trainSize: 8000, testSize: 2000, seed: 1 });
    expect(new Set([...a.train, ...a.test]).size).toBe(10_000);
    const b = stratifiedSplit(labels, { trainSize: 8000, testSize: 2000, seed: 2 });
    expect(Array.from(a.train)).not.toEqual(Array.from(b.train));
  });

  it('restricts to chosen digits and rejects sizes beyond what they have', () => {
    const s = stratifiedSplit(labels, { trainSize: 1500, testSize: 400, seed: 3, digits: [4, 9] });
    for (const i of [...s.train, ...s.test]) expect([4, 9]).toContain(labels[i]);
    expect(s.trainPerDigit).toEqual([751, 749]);
    expect(() => stratifiedSplit(labels, { trainSize: 1800, testSize: 400, seed: 3, digits: [4, 9] })).toThrow(
      InputError,
    );
    expect(() => stratifiedSplit(labels, { trainSize: 9000, testSize: 1001, seed: 3 })).toThrow(InputError);
  });

  it('proportionalAllocation sums to the total and respects caps', () => {
    expect(proportionalAllocation(10, [1, 1, 1], [10, 10, 10])).toEqual([4, 3, 3]);
    expect(proportionalAllocation(10, [1, 1, 1], [1, 10, 10])).toEqual([1, 5, 4]);
  });
});
