import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import type { Dataset } from './dataset.js';
import { annealingSubset } from './network-annealing.js';

/** A data set whose row i has input [i] and target = its group, rows grouped by group. */
function grouped(perGroup: number[]): Dataset {
  const targets = perGroup.flatMap((count, g) => new Array<number>(count).fill(g));
  return {
    task: 'multiclass',
    count: targets.length,
    inputSize: 1,
    inputs: Float64Array.from(targets, (_, i) => i),
    targets: Int32Array.from(targets),
  };
}

describe('annealingSubset', () => {
  it('takes the first rows of each group, largest-remainder proportional (worked example)', () => {
    // Quotas 5·(3, 5, 2)/10 = (1.5, 2.5, 1): floors (1, 2, 1), the one unit left goes to the first largest remainder.
    const subset = annealingSubset(grouped([3, 5, 2]), [3, 5, 2], 5);
    expect(Array.from(subset.inputs)).toEqual([0, 1, 3, 4, 8]);
    expect(Array.from(subset.targets)).toEqual([0, 0, 1, 1, 2]);
  });

  it('property: `size` rows, each group within one row of its proportional share, a prefix of its group', () => {
    const arbitrary = fc
      .array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 10 })
      .chain((counts) => fc.tuple(fc.constant(counts), fc.integer({ min: 1, max: counts.reduce((s, c) => s + c, 0) })));
    fc.assert(
      fc.property(arbitrary, ([counts, size]) => {
        const total = counts.reduce((s, c) => s + c, 0);
        const subset = annealingSubset(grouped(counts), counts, size);
        expect(subset.count).toBe(size);
        let offset = 0;
        counts.forEach((count, g) => {
          const rows = Array.from(subset.inputs).filter((_, k) => subset.targets[k] === g);
          expect(rows).toEqual(rows.map((_, k) => offset + k));
          expect(Math.abs(rows.length - (size * count) / total)).toBeLessThan(1);
          offset += count;
        });
      }),
      { seed: 20150501, numRuns: 60 },
    );
  });

  it('a subset larger than the training set is an InputError', () => {
    expect(() => annealingSubset(grouped([2, 2]), [2, 2], 5)).toThrow(InputError);
  });
});
