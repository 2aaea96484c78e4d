import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../experiments/run-record.js';
import { createRng } from '../random/rng.js';
import { networkMetrics, okRecord } from './null-models/synthetic-records.js';
import { judgeRedundancy, type RedundancyConfig, redundancyClaim, redundancyConfigFor } from './redundancy.js';

const config: RedundancyConfig = { ...redundancyConfigFor('ci'), widths: [25], runsPerSize: 20 };

function accuracies(seed: string, mean: number, sd: number, n = 20): RunRecord[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, run) =>
    okRecord(25, run, networkMetrics({ testAccuracy: mean + sd * rng.normal() })),
  );
}

describe('judgeRedundancy', () => {
  it('holds when ternary weights lose about one point', () => {
    expect(judgeRedundancy(config, accuracies('a', 0.88, 0.005), accuracies('b', 0.87, 0.005)).verdict).toBe('holds');
  });
  it('fails when ternary weights lose eight points', () => {
    expect(judgeRedundancy(config, accuracies('a', 0.88, 0.005), accuracies('b', 0.8, 0.005)).verdict).toBe('fails');
  });
  it('is inconclusive when the loss sits at the margin', () => {
    expect(judgeRedundancy(config, accuracies('a', 0.88, 0.02), accuracies('b', 0.855, 0.02)).verdict).toBe(
      'inconclusive',
    );
  });
  it('is inconclusive with fewer than two ternary runs', () => {
    expect(judgeRedundancy(config, accuracies('a', 0.88, 0.005), accuracies('b', 0.87, 0.005, 1)).verdict).toBe(
      'inconclusive',
    );
  });
  it('rejects a bad configuration', () => {
    expect(() => redundancyClaim.parseConfig({ ...config, margin: -1 })).toThrow(/margin/);
  });
});
