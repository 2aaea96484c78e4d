import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { robustUpperCut } from './robust-upper-cut.js';

describe('robustUpperCut', () => {
  it('is median + c·1.4826·MAD (closed form) and ignores the outlier it is meant to flag', () => {
    expect(robustUpperCut([1, 2, 3, 4, 100], 3)).toBeCloseTo(3 + 3 * 1.482602218505602, 12);
    expect(robustUpperCut([5, 5, 5], 3)).toBe(5);
  });

  it('on normal samples (any location and scale) about 1 − Φ(2) = 2.3 % lie above the c = 2 cut', () => {
    const rng = createRng('robust-cut');
    for (const [mu, sigma] of [
      [0, 1],
      [10, 0.01],
    ]) {
      const x = Array.from({ length: 100_000 }, () => mu + sigma * rng.normal());
      const cut = robustUpperCut(x, 2);
      const share = x.filter((v) => v > cut).length / x.length;
      expect(share).toBeGreaterThan(0.0215);
      expect(share).toBeLessThan(0.0245);
    }
  });

  it('rejects an empty sample or a negative c', () => {
    expect(() => robustUpperCut([], 3)).toThrow(RangeError);
    expect(() => robustUpperCut([1, 2], -1)).toThrow(RangeError);
  });
});
