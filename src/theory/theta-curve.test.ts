import { describe, expect, it } from 'vitest';
import { theta, thetaK } from './theta.js';
import { thetaCurve } from './theta-curve.js';

describe('thetaCurve', () => {
  it('samples Θ_p and Θ_{k,p} (k = 0…kmax) on an inclusive equally spaced grid', () => {
    const curve = thetaCurve(3, 4, -1.7, -1.6, 11);
    expect(curve.p).toBe(3);
    expect(curve.kmax).toBe(4);
    expect(curve.u).toHaveLength(11);
    expect(curve.u[0]).toBe(-1.7);
    expect(curve.u[10]).toBe(-1.6);
    expect(curve.u[5]).toBeCloseTo(-1.65, 14);
    expect(curve.thetaK).toHaveLength(5);
    for (let i = 0; i < curve.u.length; i += 1) {
      expect(curve.theta[i]).toBe(theta(curve.u[i], 3));
      for (let k = 0; k <= 4; k += 1) expect(curve.thetaK[k][i]).toBe(thetaK(curve.u[i], 3, k));
    }
  });

  it('rejects an empty or reversed range, too few points and bad p or kmax', () => {
    expect(() => thetaCurve(3, 2, -1, -2, 10)).toThrow(RangeError);
    expect(() => thetaCurve(3, 2, -2, -1, 1)).toThrow(RangeError);
    expect(() => thetaCurve(3, 2, -2, Number.NaN, 10)).toThrow(RangeError);
    expect(() => thetaCurve(1, 2, -2, -1, 10)).toThrow(RangeError);
    expect(() => thetaCurve(3, -1, -2, -1, 10)).toThrow(RangeError);
  });
});
