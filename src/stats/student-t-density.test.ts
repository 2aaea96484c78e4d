import { describe, expect, it } from 'vitest';
import { studentTCdf } from './student-t-cdf.js';
import { studentTDensity } from './student-t-density.js';

describe('studentTDensity', () => {
  it('is the Cauchy density at ν = 1', () => {
    for (const t of [-3, 0, 0.5, 10]) expect(studentTDensity(t, 1)).toBeCloseTo(1 / (Math.PI * (1 + t * t)), 14);
  });

  it('is the derivative of studentTCdf (central differences)', () => {
    for (const [t, df] of [
      [0.3, 4],
      [-2, 9.5],
      [5, 2],
    ]) {
      const h = 1e-5;
      const fd = (studentTCdf(t + h, df) - studentTCdf(t - h, df)) / (2 * h);
      expect(Math.abs(fd - studentTDensity(t, df))).toBeLessThan(1e-9);
    }
  });
});
