import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareCdf } from './chi-square-cdf.js';
import { chiSquareQuantile } from './chi-square-quantile.js';

// Reference values from scipy.stats.chi2.ppf (the 0.95 rows are the familiar table).
const REFERENCE: [number, number, number][] = [
  [0.95, 1, 3.841458820694124],
  [0.95, 2, 5.991464547107979],
  [0.95, 10, 18.307038053275146],
  [0.025, 10, 3.2469727802368413],
  [0.975, 10, 20.483177350807388],
  [0.001, 3, 0.024297585815692732],
  [0.999, 50, 86.66081519040317],
  [0.01, 0.5, 1.349939585911692e-8],
];

describe('chiSquareQuantile', () => {
  it('matches reference values to 1e-11 relative', () => {
    for (const [p, df, x] of REFERENCE) expect(Math.abs(chiSquareQuantile(p, df) - x) / x).toBeLessThan(1e-11);
  });

  it('inverts chiSquareCdf', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 0.5, max: 300, noNaN: true }),
        (p, df) => {
          expect(Math.abs(chiSquareCdf(chiSquareQuantile(p, df), df) - p)).toBeLessThan(1e-13);
        },
      ),
      { seed: 51, numRuns: 100 },
    );
  });

  it('rejects p outside (0, 1)', () => {
    expect(() => chiSquareQuantile(0, 3)).toThrow(RangeError);
    expect(() => chiSquareQuantile(0.5, -1)).toThrow(RangeError);
  });
});
