import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HaltingTimeRecorder } from './run-result.js';

describe('HaltingTimeRecorder', () => {
  it('records, for each threshold, the first iteration with norm below it (brute-force reference)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-6, max: 10, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.double({ min: 0, max: 20, noNaN: true }), { maxLength: 40 }),
        (thresholds, norms) => {
          const recorder = new HaltingTimeRecorder(thresholds);
          for (let i = 0; i < norms.length; i++) recorder.observe(i, norms[i]);
          const result = recorder.result();
          expect(result.map((h) => h.threshold)).toEqual(thresholds);
          thresholds.forEach((t, k) => {
            const first = norms.findIndex((x) => x < t);
            expect(result[k].iteration).toBe(first === -1 ? null : first);
          });
          // Monotone: a smaller threshold is reached no earlier.
          for (const a of result)
            for (const b of result)
              if (a.threshold < b.threshold && a.iteration !== null) expect(b.iteration).not.toBeNull();
        },
      ),
      { seed: 1, numRuns: 200 },
    );
  });

  it('rejects non-positive thresholds', () => {
    expect(() => new HaltingTimeRecorder([0.1, 0])).toThrow(RangeError);
    expect(() => new HaltingTimeRecorder([Number.NaN])).toThrow(RangeError);
  });
});
