import { describe, expect, it } from 'vitest';
import { logTracyWidomGoeCdf, logTracyWidomGoeLeftTail, tracyWidomGoeCdf } from './tracy-widom-goe.js';

describe('Tracy–Widom GOE distribution F_1 (Ferrari–Spohn determinant)', () => {
  it('has the TW_1 mean −1.2065335745820 and variance 1.6077810345810 (Bornemann 2010, Table 10)', () => {
    // Moments by the midpoint rule on the density (F(s + h) − F(s))/h, h = 0.01, over [−9, 9], F from the table.
    const F = (s: number) => Math.exp(logTracyWidomGoeCdf(s));
    let m1 = 0;
    let m2 = 0;
    let previous = F(-9);
    for (let s = -9; s < 9 - 1e-9; s += 0.01) {
      const next = F(s + 0.01);
      const c = s + 0.005;
      m1 += c * (next - previous);
      m2 += c * c * (next - previous);
      previous = next;
    }
    expect(m1).toBeCloseTo(-1.206533574582, 4);
    expect(m2 - m1 * m1).toBeCloseTo(1.607781034581, 3);
  });

  it('is a distribution function: 0 < F < 1, increasing', () => {
    let last = 0;
    for (let s = -7; s <= 8; s += 0.5) {
      const f = tracyWidomGoeCdf(s);
      expect(f).toBeGreaterThan(last);
      expect(f).toBeLessThan(1);
      last = f;
    }
  });

  it('the left-tail asymptote (Baik–Buckingham–DiFranco) meets the determinant, error falling with |s|', () => {
    const err = [-4, -5.5, -7].map((s) => Math.abs(Math.log(tracyWidomGoeCdf(s)) - logTracyWidomGoeLeftTail(s)));
    expect(err[2]).toBeLessThan(0.004);
    expect(err[2]).toBeLessThan(err[1]);
    expect(err[1]).toBeLessThan(err[0]);
  });

  it('the interpolated table of log F_1 matches the determinant off the grid', () => {
    for (let s = -6.93; s < 11.9; s += 0.77) {
      const direct = Math.log(tracyWidomGoeCdf(s));
      expect(Math.abs(logTracyWidomGoeCdf(s) - direct)).toBeLessThan(1e-4 * Math.max(1, Math.abs(direct)));
    }
    expect(logTracyWidomGoeCdf(20)).toBe(0);
    expect(logTracyWidomGoeCdf(-9)).toBe(logTracyWidomGoeLeftTail(-9));
  });
});
