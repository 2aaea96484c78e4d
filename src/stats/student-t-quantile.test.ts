import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studentTCdf } from './student-t-cdf.js';
import { studentTQuantile } from './student-t-quantile.js';

// Reference values from scipy.stats.t.ppf (the 0.975 row is the familiar t-table).
const REFERENCE: [number, number, number][] = [
  [0.975, 1, 12.706204736174694],
  [0.975, 2, 4.302652729749462],
  [0.975, 5, 2.5705818356363146],
  [0.975, 10, 2.228138851986274],
  [0.975, 30, 2.0422724563012378],
  [0.95, 7, 1.8945786050900062],
  [0.999, 3, 10.214531852407383],
  [0.005, 12.5, -3.032436652870562],
  [0.025, 1e6, -1.9599663568141072],
];

describe('studentTQuantile', () => {
  it('matches t-table reference values to 1e-11 relative', () => {
    for (const [p, df, t] of REFERENCE) expect(Math.abs(studentTQuantile(p, df) - t) / Math.abs(t)).toBeLessThan(1e-11);
  });

  it('inverts studentTCdf', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 0.5, max: 200, noNaN: true }),
        (p, df) => {
          expect(Math.abs(studentTCdf(studentTQuantile(p, df), df) - p)).toBeLessThan(1e-13);
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it('rejects p outside (0, 1)', () => {
    expect(() => studentTQuantile(0, 3)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });
});
