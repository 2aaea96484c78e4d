import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { CHUNK, OuterProductSum } from './outer-product-sum.js';

describe('OuterProductSum', () => {
  it('the README example: (1,2)(3)ᵀ + (0,1)(4)ᵀ = [[3],[10]]', () => {
    const sum = new OuterProductSum(2, 1);
    sum.add([1, 2], [3]);
    sum.add([0, 1], [4]);
    expect(Array.from(sum.result())).toEqual([3, 10]);
  });

  it('equals the naive sequential sum bit for bit, across chunk boundaries and odd sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 13 }),
        fc.constantFrom(1, 5, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 3),
        fc.integer({ min: 0, max: 1_000_000 }),
        (rows, columns, count, seed) => {
          const rng = createRng(`ops/${seed}`);
          const sum = new OuterProductSum(rows, columns);
          const naive = new Float64Array(rows * columns);
          for (let n = 0; n < count; n++) {
            const u = Float64Array.from({ length: rows }, () => rng.normal());
            const v = Float64Array.from({ length: columns }, () => rng.normal());
            sum.add(u, v);
            for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) naive[i * columns + j] += u[i] * v[j];
          }
          expect(sum.result()).toEqual(naive);
        },
      ),
      { seed: 7, numRuns: 40 },
    );
  });

  it('rejects vectors of the wrong length and non-positive sizes', () => {
    expect(() => new OuterProductSum(0, 3)).toThrow(RangeError);
    expect(() => new OuterProductSum(2, 3).add([1], [1, 2, 3])).toThrow(/expected vectors of 2 and 3/);
  });
});
