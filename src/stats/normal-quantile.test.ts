import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from './normal-cdf.js';
import { normalQuantile } from './normal-quantile.js';

// Reference values from scipy.stats.norm.ppf.
const REFERENCE: [number, number][] = [
  [0.975, 1.959963984540054],
  [0.95, 1.6448536269514722],
  [0.99, 2.3263478740408408],
  [0.995, 2.5758293035489004],
  [0.9, 1.2815515655446004],
  [0.3, -0.5244005127080409],
  [1e-10, -6.361340902404056],
  [1e-300, -37.0470962993612],
];

describe('normalQuantile', () => {
  it('matches reference values to 1e-13 relative', () => {
    for (const [p, x] of REFERENCE) expect(Math.abs(normalQuantile(p) - x)).toBeLessThan(1e-13 * Math.abs(x));
  });

  it('inverts normalCdf: Φ(Φ⁻¹(p)) = p', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-15 + 1e-13 * Math.min(p, 1 - p));
      }),
      { seed: 12, numRuns: 200 },
    );
  });

  it('is odd about ½ and infinite at the ends', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.25)).toBe(-normalQuantile(0.75));
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});
