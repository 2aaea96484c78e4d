import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studentTCdf } from './student-t-cdf.js';

// Reference values from scipy.stats.t.cdf.
const REFERENCE: [number, number, number][] = [
  [2.228138851986274, 10, 0.975],
  [-3, 4, 0.019970984035859413],
  [0.5, 2.5, 0.6711510400651426],
  [-40, 3, 1.7190340394579253e-5],
  [1.2, 1000, 0.8847882238377665],
];

describe('studentTCdf', () => {
  it('matches reference values to 1e-12 relative', () => {
    for (const [t, df, v] of REFERENCE) expect(Math.abs(studentTCdf(t, df) - v) / v).toBeLessThan(1e-12);
  });

  it('has the Cauchy closed form at ν = 1: ½ + atan(t)/π, and ν = 2: ½ + t/(2√(2 + t²))', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (t) => {
        expect(Math.abs(studentTCdf(t, 1) - (0.5 + Math.atan(t) / Math.PI))).toBeLessThan(1e-14);
        expect(Math.abs(studentTCdf(t, 2) - (0.5 + t / (2 * Math.sqrt(2 + t * t))))).toBeLessThan(1e-14);
      }),
      { seed: 41, numRuns: 100 },
    );
  });

  it('keeps the centre: at ν = 1, t = 1e-8 it is within 1e-16 of ½ + atan(t)/π (the library t CDF is off by 1.6e-9)', () => {
    for (const t of [1e-8, -1e-8, 1e-12, 3e-5]) {
      expect(Math.abs(studentTCdf(t, 1) - (0.5 + Math.atan(t) / Math.PI))).toBeLessThan(1e-16);
    }
  });

  it('is symmetric and rejects bad degrees of freedom', () => {
    expect(Math.abs(studentTCdf(1.3, 7) + studentTCdf(-1.3, 7) - 1)).toBeLessThan(1e-15);
    expect(() => studentTCdf(1, 0)).toThrow(RangeError);
    expect(() => studentTCdf(Number.NaN, 3)).toThrow(RangeError);
  });
});
