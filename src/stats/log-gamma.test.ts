import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma } from './log-gamma.js';

// Reference values from scipy.special.gammaln.
const REFERENCE: [number, number][] = [
  [0.1, 2.252712651734206],
  [0.5, 0.5723649429247],
  [1.5, -0.12078223763524526],
  [3.7, 1.428072326665388],
  [10.3, 13.482036786138359],
  [100.5, 361.43554046777757],
  [1e5, 1051287.7089736569],
];

describe('logGamma', () => {
  it('matches reference values (absolute error 1e-13 or relative 1e-14)', () => {
    for (const [x, v] of REFERENCE) expect(Math.abs(logGamma(x) - v)).toBeLessThan(1e-13 + 1e-14 * Math.abs(v));
  });

  it('equals ln((n−1)!) at integers and is zero at 1 and 2', () => {
    let f = 1;
    for (let n = 1; n <= 20; n++) {
      if (n > 1) f *= n - 1;
      expect(Math.abs(logGamma(n) - Math.log(f))).toBeLessThan(1e-13 * Math.max(1, Math.log(f)));
    }
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-15);
  });

  it('satisfies the recurrence ln Γ(x+1) = ln Γ(x) + ln x', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 50, noNaN: true }), (x) => {
        const lhs = logGamma(x + 1);
        expect(Math.abs(lhs - logGamma(x) - Math.log(x))).toBeLessThan(1e-12 * Math.max(1, Math.abs(lhs)));
      }),
      { seed: 13, numRuns: 200 },
    );
  });

  it('rejects x ≤ 0', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logGamma(-1)).toThrow(RangeError);
  });
});
