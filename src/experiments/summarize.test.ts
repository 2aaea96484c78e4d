import { describe, expect, it } from 'vitest';
import { EXAMPLE_SPINGLASS_SPEC } from '../../test/helpers/spec-fixtures.js';
import type { RunRecord } from './run-record.js';
import { indexCounts, summarizeRecords, summarizeValues } from './summarize.js';

function record(run: number, metrics: Record<string, number> | null, size = 10): RunRecord {
  return {
    specHash: 'h',
    size,
    run,
    status: metrics === null ? 'diverged' : 'ok',
    streams: {},
    metrics: metrics as unknown as RunRecord['metrics'],
  };
}

describe('summarizeValues', () => {
  it('gives count, mean, sample sd, min and max in closed form', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 32, sample variance 32/7
    const s = summarizeValues([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s).toEqual({ count: 8, mean: 5, sd: Math.sqrt(32 / 7), min: 2, max: 9 });
  });

  it('reports null statistics it cannot compute', () => {
    expect(summarizeValues([])).toEqual({ count: 0, mean: null, sd: null, min: null, max: null });
    expect(summarizeValues([3])).toEqual({ count: 1, mean: 3, sd: null, min: 3, max: 3 });
  });
});

describe('indexCounts', () => {
  it('counts runs per index over the records that measured one, skipping diverged runs', () => {
    const records = [record(0, { index: 2 }), record(1, { index: 0 }), record(2, { index: 2 }), record(3, null)];
    expect(indexCounts(records)).toEqual({ 0: 1, 2: 2 });
    expect(indexCounts([record(0, { scaledEnergy: -1.6 })])).toEqual({});
  });
});

describe('summarizeRecords', () => {
  it('counts stored, ok, diverged and missing runs per size and averages only the ok runs', () => {
    const spec = { ...EXAMPLE_SPINGLASS_SPEC, sizes: [10], runsPerSize: 4 };
    const rows = summarizeRecords(spec, [
      record(0, { scaledEnergy: -1.6, normalizedIndex: 0 }),
      record(1, { scaledEnergy: -1.4, normalizedIndex: 0.5 }),
      record(2, null),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ size: 10, stored: 3, ok: 2, diverged: 1, missing: 1, metric: 'scaledEnergy' });
    expect(rows[0].mean).toBeCloseTo(-1.5, 15);
    expect(rows[0].min).toBe(-1.6);
    expect(rows[0].max).toBe(-1.4);
    expect(rows[0].meanNormalizedIndex).toBe(0.25);
  });
});
