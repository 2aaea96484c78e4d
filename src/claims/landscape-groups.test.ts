import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../experiments/run-record.js';
import { spinGlassDescentSpec } from './claim-specs.js';
import { laddersArbitrary, SPIN_GLASS_LADDER } from './ladders.js';
import {
  absoluteDeviationFromMedian,
  landscapeCount,
  landscapeGroups,
  landscapeKey,
  landscapeMeanBounds,
  landscapeSummaries,
} from './landscape-groups.js';
import { divergedRecord, okRecord, spinGlassMetrics } from './null-models/synthetic-records.js';

const rec = (size: number, run: number, e: number, extra: Partial<RunRecord> = {}): RunRecord => ({
  ...okRecord(size, run, spinGlassMetrics(size, e)),
  ...extra,
});

describe('landscape groups', () => {
  it('keys a record by its landscape index, else its disorder stream, else one shared landscape', () => {
    expect(landscapeKey(rec(10, 3, -1, { landscape: 1, streams: { disorder: 'd/0' } }))).toBe('landscape 1');
    expect(landscapeKey(rec(10, 3, -1, { streams: { disorder: 'd/3' } }))).toBe('d/3');
    expect(landscapeKey(rec(10, 3, -1))).toBe(landscapeKey(rec(10, 4, -2)));
  });

  it('groups by size then landscape (landscape order), keeps diverged runs apart', () => {
    const records = [
      rec(10, 0, -1, { landscape: 0 }),
      rec(10, 1, -2, { landscape: 1 }),
      rec(10, 2, -3, { landscape: 0 }),
      { ...divergedRecord(10, 3), landscape: 1 },
      rec(20, 0, -4, { landscape: 0 }),
    ];
    const groups = landscapeGroups(records, [10, 20, 30], (r) => (r.metrics as { scaledEnergy: number }).scaledEnergy);
    expect(groups.map((g) => g.landscapes.map((l) => [l.landscape, l.values, l.diverged]))).toEqual([
      [
        ['landscape 0', [-1, -3], 0],
        ['landscape 1', [-2], 1],
      ],
      [['landscape 0', [-4], 0]],
      [],
    ]);
    expect(groups.map(landscapeCount)).toEqual([2, 1, 0]);
    expect(landscapeSummaries(groups[0], (v) => v.length, 2)).toEqual([2]);
  });

  it('summaries: Brown–Forsythe dispersion; t-bounds over landscapes with an sd floor', () => {
    expect(absoluteDeviationFromMedian([1, 2, 3, 10])).toBeCloseTo((1.5 + 0.5 + 0.5 + 7.5) / 4, 12);
    const b = landscapeMeanBounds([1, 1, 1, 1], 0.975, 0.1);
    expect(b.sd).toBe(0.1);
    expect(b.upper - b.mean).toBeCloseTo((3.182446305284263 * 0.1) / 2, 9);
    expect(Number.isNaN(landscapeMeanBounds([1], 0.975).lower)).toBe(true);
  });
});

describe('the ladders spread their starts over landscapes', () => {
  it('≥ 10 landscapes per N at quick and ci, ≥ 20 at paper scale; the shared spec uses disorder landscapes', () => {
    expect(SPIN_GLASS_LADDER.quick.landscapes).toBeGreaterThanOrEqual(10);
    expect(SPIN_GLASS_LADDER.ci.landscapes).toBeGreaterThanOrEqual(4);
    expect(SPIN_GLASS_LADDER.paper.landscapes).toBeGreaterThanOrEqual(20);
    for (const scale of ['ci', 'quick', 'paper'] as const) {
      const l = SPIN_GLASS_LADDER[scale];
      expect(spinGlassDescentSpec(l).landscape).toEqual({
        kind: 'spinglass',
        p: 3,
        ensemble: 'gaussian',
        disorder: 'landscapes',
        landscapes: l.landscapes,
      });
      // Same starts per N as before the landscapes: ci 60, quick 200, paper 1,000.
      expect(l.runsPerSize).toBe({ ci: 60, quick: 200, paper: 1000 }[scale]);
    }
  });

  it('the drawn ladders never have more landscapes than starts; ci keeps the scale’s landscapes', () => {
    for (const profile of ['ci', 'explore'] as const) {
      fc.assert(
        fc.property(laddersArbitrary('ci', profile), (l) => {
          expect(l.spinGlass.landscapes).toBeLessThanOrEqual(l.spinGlass.runsPerSize);
          if (profile === 'ci') expect(l.spinGlass.landscapes).toBe(SPIN_GLASS_LADDER.ci.landscapes);
        }),
        { seed: 5, numRuns: 30 },
      );
    }
  });
});
