import { describe, expect, it } from 'vitest';
import { failureCounts, finiteSizeMap } from './finite-size-map.js';

describe('finiteSizeMap', () => {
  it('finds the size from which every configuration holds, and counts verdicts per size', () => {
    const map = finiteSizeMap('band', [
      { size: 10, verdict: 'fails' },
      { size: 20, verdict: 'inconclusive' },
      { size: 30, verdict: 'holds' },
      { size: 30, verdict: 'holds' },
      { size: 50, verdict: 'holds' },
    ]);
    expect(map.holdsFrom).toBe(30);
    expect(map.smallestHeld).toBe(30);
    expect(map.largest).toBe(50);
    expect(map.sizes.map((s) => [s.size, s.holds, s.fails, s.inconclusive])).toEqual([
      [10, 0, 1, 0],
      [20, 0, 0, 1],
      [30, 2, 0, 0],
      [50, 1, 0, 0],
    ]);
  });

  it('has no holdsFrom when the largest size does not hold throughout', () => {
    expect(
      finiteSizeMap('x', [
        { size: 10, verdict: 'holds' },
        { size: 20, verdict: 'holds' },
        { size: 20, verdict: 'inconclusive' },
      ]).holdsFrom,
    ).toBeNull();
  });
});

describe('failureCounts', () => {
  const map = finiteSizeMap('x', [
    { size: 10, verdict: 'fails' },
    { size: 20, verdict: 'holds' },
    { size: 30, verdict: 'fails' },
    { size: 40, verdict: 'holds' },
  ]);
  it('a failure below every size that held is a finite-size effect, not a counterexample', () => {
    expect(failureCounts(map, 10)).toBe(false);
  });
  it('a reversal (fails above a size that held) and a failure at the largest size count', () => {
    expect(failureCounts(map, 30)).toBe(true);
    expect(failureCounts(map, 40)).toBe(true);
    const noneHeld = finiteSizeMap('y', [
      { size: 10, verdict: 'fails' },
      { size: 20, verdict: 'fails' },
    ]);
    expect(failureCounts(noneHeld, 10)).toBe(false);
    expect(failureCounts(noneHeld, 20)).toBe(true);
  });
});
