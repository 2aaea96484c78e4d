import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../experiments/run-record.js';
import { createRng } from '../random/rng.js';
import { judgeLowIndex, type LowIndexConfig, lowIndexClaim, lowIndexConfigFor } from './low-index.js';
import { networkMetrics, okRecord, spinGlassMetrics } from './synthetic-records.js';

const config: LowIndexConfig = {
  ...lowIndexConfigFor('ci'),
  network: { ...lowIndexConfigFor('ci').network, widths: [10, 25] },
  spinGlass: { sizes: [20, 30], runsPerSize: 60, seed: 1 },
};

function nets(seed: string, mean: number, sd: number, n = 8): RunRecord[] {
  const rng = createRng(seed);
  return [10, 25].flatMap((size) =>
    Array.from({ length: n }, (_, run) =>
      okRecord(size, run, networkMetrics({ index: 0, normalizedIndex: Math.max(0, mean + sd * rng.normal()) })),
    ),
  );
}

/** Spin-glass endpoints: `minima` of 60 with index 0, the rest with normalized index 0.05. */
function spins(minima: number): RunRecord[] {
  return [20, 30].flatMap((size) =>
    Array.from({ length: 60 }, (_, run) =>
      okRecord(
        size,
        run,
        spinGlassMetrics(size, -1.6, { index: run < minima ? 0 : 1, normalizedIndex: run < minima ? 0 : 0.05 }),
      ),
    ),
  );
}

describe('judgeLowIndex', () => {
  it('holds when networks sit at index ≈ 0.001 and all spin-glass endpoints are minima', () => {
    expect(judgeLowIndex(config, nets('a', 0.001, 0.001), spins(60)).verdict).toBe('holds');
  });
  it('fails when the networks’ mean index is clearly above 0.01', () => {
    expect(judgeLowIndex(config, nets('b', 0.06, 0.01), spins(60)).verdict).toBe('fails');
  });
  it('fails when most spin-glass endpoints are saddles', () => {
    expect(judgeLowIndex(config, nets('a', 0.001, 0.001), spins(20)).verdict).toBe('fails');
  });
  it('is inconclusive when the network bounds straddle 0.01', () => {
    expect(judgeLowIndex(config, nets('c', 0.01, 0.01), spins(60)).verdict).toBe('inconclusive');
  });
  it('is inconclusive when the spin-glass fraction is near the level', () => {
    // 54/60 = 0.9: the one-sided bounds straddle minFraction = 0.9.
    expect(judgeLowIndex(config, nets('a', 0.001, 0.001), spins(54)).verdict).toBe('inconclusive');
  });
  it('rejects a bad configuration', () => {
    expect(() => lowIndexClaim.parseConfig({ ...config, maxIndex: 0 })).toThrow(/maxIndex/);
  });
});
