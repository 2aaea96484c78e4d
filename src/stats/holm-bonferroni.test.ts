import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holmBonferroni } from './holm-bonferroni.js';

/** Plain Bonferroni (reject when m·p ≤ α; adjusted p = min(1, m·p)), the yardstick Holm must dominate. */
function bonferroni(ps: readonly number[], alpha: number): { reject: boolean[]; adjusted: number[] } {
  const adjusted = ps.map((p) => Math.min(1, ps.length * p));
  return { reject: adjusted.map((q) => q <= alpha), adjusted };
}

describe('holmBonferroni', () => {
  it('adjusts step-down and keeps the input order', () => {
    const r = holmBonferroni([0.01, 0.04, 0.03], 0.05);
    expect(r.reject).toEqual([true, false, false]);
    expect(r.adjusted[0]).toBeCloseTo(0.03, 15);
    expect(r.adjusted[1]).toBeCloseTo(0.06, 15);
    expect(r.adjusted[2]).toBeCloseTo(0.06, 15);
    expect(holmBonferroni([0.001, 0.02, 0.04], 0.05).reject).toEqual([true, true, true]);
  });

  it('rejects a superset of Bonferroni and adjusted p-values lie between p and m·p', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }), (ps) => {
        const h = holmBonferroni(ps, 0.05);
        const b = bonferroni(ps, 0.05);
        ps.forEach((p, i) => {
          if (b.reject[i]) expect(h.reject[i]).toBe(true);
          expect(h.adjusted[i]).toBeGreaterThanOrEqual(p);
          expect(h.adjusted[i]).toBeLessThanOrEqual(b.adjusted[i]);
        });
      }),
      { seed: 121, numRuns: 200 },
    );
  });

  it('rejects invalid p-values and alpha', () => {
    expect(() => holmBonferroni([1.2], 0.05)).toThrow(RangeError);
    expect(() => holmBonferroni([0.2], 1)).toThrow(RangeError);
  });
});
