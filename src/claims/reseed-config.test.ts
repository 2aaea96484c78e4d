import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshSeed, reseedConfig } from './reseed-config.js';

describe('reseedConfig', () => {
  it('replaces every seed at any depth and leaves everything else as it was', () => {
    const config = { seed: 3, spinGlass: { sizes: [20, 30], runsPerSize: 60, seed: 1 }, runs: [{ seed: 7, n: 2 }] };
    const copy = reseedConfig(config, 1);
    expect(copy.spinGlass.sizes).toEqual([20, 30]);
    expect(copy.spinGlass.runsPerSize).toBe(60);
    expect(copy.runs[0].n).toBe(2);
    expect(copy.seed).not.toBe(3);
    expect(copy.spinGlass.seed).not.toBe(1);
    expect(copy.runs[0].seed).not.toBe(7);
    expect(config.seed).toBe(3); // the input is not mutated
  });

  it('is deterministic, stays in [0, 10^6) and differs from the input seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 1000 }), (s, k) => {
        const f = freshSeed(s, k);
        expect(f).toBe(freshSeed(s, k));
        expect(Number.isInteger(f) && f >= 0 && f < 1_000_000).toBe(true);
        expect(f).not.toBe(s);
      }),
    );
  });

  it('spreads seeds: 10,000 consecutive seeds map to at least 9,900 distinct fresh seeds', () => {
    const seen = new Set<number>();
    for (let s = 0; s < 10_000; s += 1) seen.add(freshSeed(s, 1));
    expect(seen.size).toBeGreaterThanOrEqual(9_900);
  });
});
