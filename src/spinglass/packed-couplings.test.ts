import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertPackedCouplings, coefficientCount, multiplicity, nextMultiset } from './packed-couplings.js';

/** All nondecreasing p-tuples over 0..n−1 in lexicographic order, by brute force over all N^p tuples. */
function bruteMultisets(n: number, p: number): number[][] {
  const out: number[][] = [];
  const total = n ** p;
  for (let code = 0; code < total; code++) {
    const t: number[] = [];
    let x = code;
    for (let q = 0; q < p; q++) {
      t.unshift(x % n);
      x = Math.floor(x / n);
    }
    if (t.every((v, q) => q === 0 || t[q - 1] <= v)) out.push(t);
  }
  return out;
}

function factorial(k: number): number {
  return k <= 1 ? 1 : k * factorial(k - 1);
}

describe('packed coupling layout', () => {
  it('enumerates the multisets in lexicographic order, C(N+p−1, p) of them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }), (n, p) => {
        const expected = bruteMultisets(n, p);
        const seen: number[][] = [];
        const tuple = new Int32Array(p);
        do seen.push(Array.from(tuple));
        while (nextMultiset(tuple, n));
        expect(seen).toEqual(expected);
        expect(coefficientCount(n, p)).toBe(expected.length);
      }),
      { seed: 101, numRuns: 40 },
    );
  });

  it('multiplicity is the number of distinct orderings, and they add up to N^p', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (n, p) => {
        let total = 0;
        for (const t of bruteMultisets(n, p)) {
          const counts = new Map<number, number>();
          for (const v of t) counts.set(v, (counts.get(v) ?? 0) + 1);
          let expected = factorial(p);
          for (const c of counts.values()) expected /= factorial(c);
          expect(multiplicity(t)).toBe(expected);
          total += multiplicity(t);
        }
        expect(total).toBe(n ** p);
      }),
      { seed: 102, numRuns: 30 },
    );
  });

  it('N=500, p=3 packs into 20,958,500 coefficients (≈168 MB)', () => {
    expect(coefficientCount(500, 3)).toBe(20_958_500);
    expect(coefficientCount(500, 3) * 8).toBeLessThan(170e6);
  });

  it('rejects couplings of the wrong length or order', () => {
    expect(() => assertPackedCouplings({ n: 3, p: 3, coefficients: new Float64Array(9) })).toThrow(/needs 10/);
    expect(() => assertPackedCouplings({ n: 3, p: 1, coefficients: new Float64Array(3) })).toThrow(/p must be/);
  });
});
