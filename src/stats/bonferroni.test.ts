import { describe, expect, it } from 'vitest';
import { bonferroni } from './bonferroni.js';

describe('bonferroni', () => {
  it('multiplies by m, caps at 1, and rejects when adjusted p ≤ α', () => {
    expect(bonferroni([0.01, 0.04], 0.05)).toEqual({ reject: [true, false], adjusted: [0.02, 0.08] });
    expect(bonferroni([0.6, 0.01, 0.2], 0.05).adjusted).toEqual([1, 0.03, 0.6000000000000001]);
    expect(() => bonferroni([], 0.05)).toThrow(RangeError);
  });
});
