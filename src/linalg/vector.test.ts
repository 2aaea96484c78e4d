import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axpy, dot, norm, scale } from './vector.js';

const smallInt = fc.integer({ min: -1000, max: 1000 });
const intVector = (len: number) =>
  fc.array(smallInt, { minLength: len, maxLength: len }).map((a) => Float64Array.from(a));

describe('vector primitives', () => {
  it('dot is exact on small integers and symmetric', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }).chain((n) => fc.tuple(intVector(n), intVector(n))),
        ([a, b]) => {
          let expected = 0;
          a.forEach((x, i) => {
            expected += x * b[i];
          });
          expect(dot(a, b)).toBe(expected);
          expect(dot(a, b)).toBe(dot(b, a));
        },
      ),
      { seed: 11, numRuns: 100 },
    );
  });

  it('norm is √dot(a, a) bit for bit, and exact on Pythagorean triples', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 20 })
          .chain((n) => fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: n, maxLength: n })),
        (values) => {
          const a = Float64Array.from(values);
          expect(norm(a)).toBe(Math.sqrt(dot(a, a)));
        },
      ),
      { seed: 12, numRuns: 100 },
    );
    expect(norm(Float64Array.of(3, 4))).toBe(5);
    expect(norm(Float64Array.of(-5, 12))).toBe(13);
    expect(norm(new Float64Array(3))).toBe(0);
    expect(norm(new Float64Array(0))).toBe(0);
  });

  it('axpy adds αx to y in place; scale multiplies in place', () => {
    const x = Float64Array.of(1, 2, 3);
    const y = Float64Array.of(10, 20, 30);
    axpy(2, x, y);
    expect(Array.from(y)).toEqual([12, 24, 36]);
    scale(-0.5, y);
    expect(Array.from(y)).toEqual([-6, -12, -18]);
    expect(Array.from(x)).toEqual([1, 2, 3]);
  });

  it('rejects mismatched lengths', () => {
    expect(() => dot(new Float64Array(2), new Float64Array(3))).toThrow(/length mismatch/);
    expect(() => axpy(1, new Float64Array(2), new Float64Array(3))).toThrow(/length mismatch/);
  });
});
