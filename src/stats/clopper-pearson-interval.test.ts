import { describe, expect, it } from 'vitest';
import { clopperPearsonInterval } from './clopper-pearson-interval.js';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';

describe('clopperPearsonInterval', () => {
  it('matches reference values (scipy.stats.beta.ppf)', () => {
    const cases: [number, number, number, number, number][] = [
      [3, 10, 0.95, 0.0667395111777345, 0.6524528500599973],
      [0, 10, 0.95, 0, 0.3084971078187607],
      [10, 10, 0.95, 0.6915028921812392, 1],
      [47, 200, 0.9, 0.18638325991457327, 0.2896030236430553],
    ];
    for (const [x, n, c, lo, hi] of cases) {
      const r = clopperPearsonInterval(x, n, c);
      expect(Math.abs(r.lower - lo)).toBeLessThan(1e-13);
      expect(Math.abs(r.upper - hi)).toBeLessThan(1e-13);
    }
  });

  it('has the closed form upper = 1 − (α/2)^{1/n} at x = 0', () => {
    for (const n of [1, 5, 37, 1000]) {
      expect(Math.abs(clopperPearsonInterval(0, n, 0.9).upper - (1 - 0.05 ** (1 / n)))).toBeLessThan(1e-14);
    }
  });

  it('has exact tail probabilities: P(X ≥ x | lower) = α/2 = P(X ≤ x | upper)', () => {
    // P(X ≥ x | p) = I_p(x, n − x + 1) and P(X ≤ x | p) = 1 − I_p(x + 1, n − x).
    const n = 25;
    for (const x of [1, 7, 24]) {
      const { lower, upper } = clopperPearsonInterval(x, n, 0.95);
      expect(Math.abs(regularizedIncompleteBeta(lower, x, n - x + 1) - 0.025)).toBeLessThan(1e-13);
      expect(Math.abs(1 - regularizedIncompleteBeta(upper, x + 1, n - x) - 0.025)).toBeLessThan(1e-13);
    }
  });

  it('rejects invalid counts and confidence', () => {
    expect(() => clopperPearsonInterval(-1, 10, 0.95)).toThrow(RangeError);
    expect(() => clopperPearsonInterval(1, 10, 0)).toThrow(RangeError);
  });
});
