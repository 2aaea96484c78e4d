import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logBeta } from './log-beta.js';
import { logGamma } from './log-gamma.js';

// Reference values from scipy.special.betaln, except (½, 5·10⁵) from mpmath at 40 digits (scipy is off by 2e-10 there).
const REFERENCE: [number, number, number][] = [
  [0.5, 5e5, -5.988816495777464],
  [3, 40, -10.446973958541667],
  [20, 30, -33.968820791977386],
  [5e5, 5e5, -693152.4762292597],
  [0.3, 12, 0.35912243359971796],
  [2, 3, -2.4849066497880004],
];

describe('logBeta', () => {
  it('matches reference values to 1e-14 relative', () => {
    for (const [a, b, v] of REFERENCE) expect(Math.abs(logBeta(a, b) - v) / Math.abs(v)).toBeLessThan(1e-14);
  });

  it('is symmetric and agrees with the log-gamma sum for moderate arguments', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 60, noNaN: true }),
        fc.double({ min: 0.1, max: 60, noNaN: true }),
        (a, b) => {
          const naive = logGamma(a) + logGamma(b) - logGamma(a + b);
          expect(Math.abs(logBeta(a, b) - naive)).toBeLessThan(1e-12 * Math.max(1, Math.abs(naive)));
          expect(logBeta(a, b)).toBe(logBeta(b, a));
        },
      ),
      { seed: 71, numRuns: 200 },
    );
  });

  it('rejects non-positive arguments', () => {
    expect(() => logBeta(0, 1)).toThrow(RangeError);
  });
});
