import { describe, expect, it } from 'vitest';
import { fCdf } from './f-cdf.js';
import { studentTCdf } from './student-t-cdf.js';

// Reference values from scipy.stats.f.cdf / f.sf.
const REFERENCE: [number, number, number, number][] = [
  [2, 3, 10, 0.8219925926248245],
  [0.3, 5, 7, 0.1018442356721154],
  [4.5, 1, 20, 0.9534162022597672],
  [10, 8, 8, 0.9980925399587246],
];

describe('fCdf', () => {
  it('matches reference values to 1e-12 relative', () => {
    for (const [x, d1, d2, v] of REFERENCE) expect(Math.abs(fCdf(x, d1, d2) - v) / v).toBeLessThan(1e-12);
  });

  it('gives the upper tail as fCdf(1/x, d2, d1) (scipy f.sf(50, 3, 10) = 2.51347041838405e-6)', () => {
    expect(Math.abs(fCdf(1 / 50, 10, 3) - 2.51347041838405e-6) / 2.51347041838405e-6).toBeLessThan(1e-11);
  });

  it('satisfies F(1, ν) = T(ν)²: P(F ≤ t²) = 2 P(T ≤ |t|) − 1', () => {
    for (const [t, df] of [
      [0.7, 5],
      [2.5, 12],
      [4, 3.5],
    ]) {
      expect(Math.abs(fCdf(t * t, 1, df) - (2 * studentTCdf(t, df) - 1))).toBeLessThan(1e-13);
    }
    expect(fCdf(0, 2, 3)).toBe(0);
    expect(() => fCdf(1, 0, 3)).toThrow(RangeError);
  });
});
