import { describe, expect, it } from 'vitest';
import { columnsOf, flattenRecord, toCsv, toJsonLines } from './export-records.js';
import type { RunRecord } from './run-record.js';

const ok: RunRecord = {
  specHash: 'abc',
  size: 10,
  run: 0,
  status: 'ok',
  streams: { init: 'i0', disorder: 'd' },
  metrics: {
    energy: -16.5,
    scaledEnergy: -1.65,
    gradNorm: 1e-5,
    iterations: 12,
    energyEvaluations: 13,
    gradientEvaluations: 13,
    haltingTimes: [
      { threshold: 0.1, iteration: 3 },
      { threshold: 0.001, iteration: null },
    ],
    converged: true,
    index: 0,
    normalizedIndex: 0,
  },
  elapsedMs: 1.5,
};
const diverged: RunRecord = {
  specHash: 'abc',
  size: 10,
  run: 1,
  status: 'diverged',
  reason: 'non-finite energy (NaN), at "step" 4',
  streams: { init: 'i1', disorder: 'd' },
  metrics: null,
};

describe('export', () => {
  it("exports the landscape index of disorder 'landscapes' records as a column, and none for the others", () => {
    expect(flattenRecord({ ...ok, landscape: 3 }).landscape).toBe(3);
    expect('landscape' in flattenRecord(ok)).toBe(false);
  });

  it('flattens metrics, halting times and streams into columns', () => {
    const row = flattenRecord(ok);
    expect(row['halting.0.1']).toBe(3);
    expect(row['halting.0.001']).toBeNull();
    expect(row['stream.init']).toBe('i0');
    expect(row.scaledEnergy).toBe(-1.65);
    expect(columnsOf([flattenRecord(diverged), row]).slice(0, 5)).toEqual([
      'specHash',
      'size',
      'run',
      'status',
      'reason',
    ]);
  });

  it('writes CSV with a header, RFC 4180 quoting and empty cells for missing values', () => {
    const lines = toCsv([ok, diverged]).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const header = lines[0].split(',');
    expect(header).toContain('energy');
    expect(lines[2]).toContain('"non-finite energy (NaN), at ""step"" 4"');
    const okCells = lines[1].split(',');
    expect(okCells[header.indexOf('energy')]).toBe('-16.5');
    expect(okCells[header.indexOf('reason')]).toBe('');
  });

  it('writes one flat JSON object per line', () => {
    const lines = toJsonLines([ok, diverged]).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).run)).toEqual([0, 1]);
    expect(JSON.parse(lines[0]).converged).toBe(true);
  });
});
