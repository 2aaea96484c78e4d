import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../experiments/run-record.js';
import { createRng } from '../random/rng.js';
import { judgeLowIndex, type LowIndexConfig, lowIndexClaim, lowIndexConfigFor } from './low-index.js';
import { networkMetrics, okRecord, spinGlassMetrics } from './null-models/synthetic-records.js';

const config: LowIndexConfig = {
  ...lowIndexConfigFor('ci'),
  network: { ...lowIndexConfigFor('ci').network, widths: [10, 25] },
  spinGlass: { sizes: [20, 30], runsPerSize: 200, seed: 1, landscapes: 20 },
};

function nets(seed: string, mean: number, sd: number, n = 8): RunRecord[] {
  const rng = createRng(seed);
  return [10, 25].flatMap((size) =>
    Array.from({ length: n }, (_, run) =>
      okRecord(size, run, networkMetrics({ index: 0, normalizedIndex: Math.max(0, mean + sd * rng.normal()) })),
    ),
  );
}

/**
 * Spin-glass endpoints: 200 per N on `landscapes` landscapes (run r on r mod L); the first `minima` runs have index
 * 0, the rest normalized index 0.05, or `isMinimum(run, landscape)` decides.
 */
function spins(
  minima: number,
  landscapes = 20,
  isMinimum: (run: number, landscape: number) => boolean = (run) => run < minima,
): RunRecord[] {
  return [20, 30].flatMap((size) =>
    Array.from({ length: 200 }, (_, run) => {
      const min = isMinimum(run, run % landscapes);
      return {
        ...okRecord(size, run, spinGlassMetrics(size, -1.6, { index: min ? 0 : 1, normalizedIndex: min ? 0 : 0.05 })),
        landscape: run % landscapes,
      };
    }),
  );
}

describe('judgeLowIndex', () => {
  it('holds when networks sit at index ≈ 0.001 and all spin-glass endpoints are minima', () => {
    expect(judgeLowIndex(config, nets('a', 0.001, 0.001), spins(200)).verdict).toBe('holds');
  });
  it('fails when the networks’ mean index is clearly above 0.01', () => {
    expect(judgeLowIndex(config, nets('b', 0.06, 0.01), spins(200)).verdict).toBe('fails');
  });
  it('fails when most spin-glass endpoints are saddles', () => {
    expect(judgeLowIndex(config, nets('a', 0.001, 0.001), spins(60)).verdict).toBe('fails');
  });
  it('is inconclusive when the network bounds straddle 0.01', () => {
    expect(judgeLowIndex(config, nets('c', 0.01, 0.01), spins(200)).verdict).toBe('inconclusive');
  });
  it('is inconclusive when the spin-glass fraction is near the level', () => {
    // 180/200 = 0.9: the one-sided bounds straddle minFraction = 0.9.
    expect(judgeLowIndex(config, nets('a', 0.001, 0.001), spins(180)).verdict).toBe('inconclusive');
  });
  it('takes the landscape as the unit: few landscapes, or landscapes that differ, give inconclusive', () => {
    const minimaOnly = judgeLowIndex(config, nets('a', 0.001, 0.001), spins(200, 2));
    // All 400 endpoints minima, but on two landscapes per N: the bounds over two landscapes cannot clear 0.9.
    expect(minimaOnly.verdict).toBe('inconclusive');
    expect(minimaOnly.evidence.filter((e) => e.part === 'spin glass').map((e) => e.landscapes)).toEqual([2, 2]);
    // 20 landscapes: 15 with only minima, 5 with a third saddles (pooled 0.92 ≥ 0.9, but the landscapes disagree).
    const mixed = spins(200, 20, (run, l) => l >= 5 || run % 3 !== 0);
    const r = judgeLowIndex(config, nets('a', 0.001, 0.001), mixed);
    expect(r.verdict).toBe('inconclusive');
  });
  it('rejects a bad configuration', () => {
    expect(() => lowIndexClaim.parseConfig({ ...config, maxIndex: 0 })).toThrow(/maxIndex/);
  });
});
