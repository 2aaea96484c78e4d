import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURVE_POINTS, CurveRecorder, curveCheckpoints, plateauDrop } from './loss-plateau.js';

describe('loss plateau record', () => {
  it('checkpoints after 0, 1/10, …, 10/10 of the budget (worked example, B = 25)', () => {
    expect(curveCheckpoints(25)).toEqual([1, 3, 5, 8, 10, 13, 15, 18, 20, 23, 25]);
  });

  it('property: recording every evaluation (energy = −count) keeps the value at each checkpoint, and `due` is true exactly at a pending checkpoint', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (budget) => {
        const checkpoints = curveCheckpoints(budget);
        const recorder = new CurveRecorder(budget);
        for (let e = 1; e <= budget; e++) {
          expect(recorder.due(e)).toBe(checkpoints.includes(e));
          recorder.record(e, -e);
          expect(recorder.due(e)).toBe(false);
        }
        expect(recorder.curve).toEqual(checkpoints.map((c) => -c));
        expect(recorder.curve).toHaveLength(CURVE_POINTS);
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it('recording only where `due` says gives the same curve as recording every evaluation', () => {
    const energy = (e: number) => Math.cos(e) / e;
    const every = new CurveRecorder(997);
    const lazy = new CurveRecorder(997);
    for (let e = 1; e <= 997; e++) {
      every.record(e, energy(e));
      if (lazy.due(e)) lazy.record(e, energy(e));
    }
    expect(lazy.curve).toEqual(every.curve);
  });

  it('the drop is (E(0.8) − E(1)) / |E(0.8)|', () => {
    const curve = [5, 4, 3, 2.5, 2.2, 2, 1.9, 1.8, 1.6, 1.58, 1.56];
    expect(plateauDrop(curve)).toBeCloseTo(0.04 / 1.6, 14);
    expect(plateauDrop(curve.map((v) => -v))).toBeCloseTo(-0.04 / 1.6, 14);
    expect(() => plateauDrop([1, 2])).toThrow(RangeError);
  });
});
