import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { spearmanTest } from './spearman-test.js';

describe('spearmanTest', () => {
  it('matches a hand computation and the perfect cases', () => {
    // Ranks of y: 1, 3, 2, 4: Σd² = 2, ρ = 1 − 6·2/(4·15) = 0.8.
    expect(spearmanTest([1, 2, 3, 4], [1, 3, 2, 5]).rho).toBeCloseTo(0.8, 12);
    expect(spearmanTest([1, 2, 3, 4, 5], [2, 4, 8, 16, 32])).toMatchObject({ rho: 1, pGreater: 0 });
    expect(spearmanTest([1, 2, 3, 4, 5], [5, 4, 3, 2, 1])).toMatchObject({ rho: -1, pLess: 0 });
  });

  it('adjacent swaps: ρ = 1 − 6Σd²/(n(n² − 1)), and the one-sided p-values sum to 1', () => {
    const x = Array.from({ length: 10 }, (_, i) => i);
    const y = [0, 2, 1, 4, 3, 6, 5, 8, 7, 9];
    const t = spearmanTest(x, y);
    const d2 = 8; // eight adjacent swaps, each d = ±1
    expect(t.rho).toBeCloseTo(1 - (6 * d2) / (10 * 99), 12);
    expect(t.pGreater + t.pLess).toBeCloseTo(1, 12);
    expect(t.pGreater).toBeLessThan(1e-4);
  });

  it('has about its nominal false-alarm rate under independence', () => {
    // 400 independent null draws of n = 25: rejections at one-sided 5 % ~ Bin(400, 0.05), mean 20, sd 4.4;
    // accepting 6..36 has false-alarm probability < 1e-3 for a correct test.
    const rng = createRng('spearman-null');
    let rejections = 0;
    for (let r = 0; r < 400; r++) {
      const x = Array.from({ length: 25 }, () => rng.normal());
      const y = Array.from({ length: 25 }, () => rng.normal());
      if (spearmanTest(x, y).pGreater < 0.05) rejections++;
    }
    expect(rejections).toBeGreaterThanOrEqual(6);
    expect(rejections).toBeLessThanOrEqual(36);
  });

  it('rejects bad input', () => {
    expect(() => spearmanTest([1, 2], [1, 2])).toThrow(RangeError);
    expect(() => spearmanTest([1, 2, 3], [1, 2])).toThrow(RangeError);
    expect(() => spearmanTest([1, 1, 1], [1, 2, 3])).toThrow(RangeError);
  });
});
