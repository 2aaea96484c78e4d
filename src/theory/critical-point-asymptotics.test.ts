import { describe, expect, it } from 'vitest';
import { countRegime, logAsymptoticCriticalPointCount, logAsymptoticIndexCount } from './critical-point-asymptotics.js';
import { eInfinity } from './e-infinity.js';
import { logExpectedCriticalPointCount } from './expected-critical-point-count.js';
import { logMinimaCountEdge } from './minima-count-edge.js';
import { theta, thetaK } from './theta.js';

describe('asymptotics with prefactors of E Crt_N(u) (Choromanska et al. 2015, suppl. Thm 11.1; ABC 2013)', () => {
  it('names the regimes', () => {
    const e = eInfinity(3);
    expect(countRegime(-1.7, 3)).toBe('below-threshold');
    expect(countRegime(-e, 3)).toBe('threshold');
    expect(countRegime(-1, 3)).toBe('band');
    expect(countRegime(0, 3)).toBe('zero');
    expect(countRegime(0.2, 3)).toBe('above-zero');
  });

  // The exact finite-N count is the reference: log(exact) − log(asymptotic) must fall towards 0 with N, at the
  // rate of the regime (1/N below the threshold, in the band and above 0; N^{−1/3} at the threshold).
  it.each([
    ['below-threshold', 3, -1.75, 0.6],
    ['below-threshold', 4, -1.9, 0.6],
    ['threshold', 3, Number.NaN, 0.85],
    ['band', 3, -1.5, 0.6],
    ['band', 3, -0.3, 0.7],
    ['band', 5, -1, 0.6],
    ['zero', 3, 0, 0.6],
    ['above-zero', 3, 0.5, 0.6],
  ])(
    '%s (p = %i, u = %d): the log-ratio to the exact count shrinks by ≤ %d per doubling of N',
    (regime, p, u0, factor) => {
      const u = Number.isNaN(u0) ? -eInfinity(p) : u0;
      const a = logAsymptoticCriticalPointCount(100, p, u);
      expect(a.regime).toBe(regime);
      expect(a.prefactor).toBe('derived');
      const gaps = [50, 100, 200, 400].map((n) =>
        Math.abs(logExpectedCriticalPointCount(n, p, u) - logAsymptoticCriticalPointCount(n, p, u).logCount),
      );
      for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeLessThan(factor * gaps[i - 1] + 1e-6);
      expect(gaps[gaps.length - 1]).toBeLessThan(regime === 'threshold' ? 0.45 : 0.1);
    },
  );

  it('its exponential order is N·Θ_p(u): (1/N)·log → Θ_p at N = 10^6', () => {
    for (const u of [-1.7, -eInfinity(3), -1.2, 0, 1]) {
      const a = logAsymptoticCriticalPointCount(1e6, 3, u);
      expect(Math.abs(a.logCount / 1e6 - theta(u, 3))).toBeLessThan(2e-5);
    }
  });

  it('reproduces the scale of the paper’s Fig. 1 at Λ = 1000: about 3e151 critical points in all (log within a few %)', () => {
    const log10 = logAsymptoticCriticalPointCount(1000, 3, 0).logCount / Math.LN10;
    expect(Math.abs(log10 - Math.log10(3e151)) / Math.log10(3e151)).toBeLessThan(0.03);
  });

  it('index k: minima deep below −E_∞ carry the all-index prefactor, near and above it the edge formula; k ≥ 1 is the flagged leading order', () => {
    const below = logAsymptoticIndexCount(500, 3, 0, -1.75);
    expect(below).toEqual(logAsymptoticCriticalPointCount(500, 3, -1.75));
    const saddle = logAsymptoticIndexCount(500, 3, 2, -1.7);
    expect(saddle.prefactor).toBe('leading-order-only');
    expect(saddle.logCount).toBe(500 * thetaK(-1.7, 3, 2));
    const band = logAsymptoticIndexCount(500, 3, 0, -1);
    expect(band).toEqual({ logCount: logMinimaCountEdge(500, 3, -1), regime: 'band', prefactor: 'derived' });
    // the two minima formulas meet where they switch (ξ_u = 4: u ≈ −1.683 at N = 500) within 0.05 in log,
    // and near −E_∞ the edge formula is within 0.02 of the exact total (minima ≈ all points there)
    expect(
      Math.abs(logMinimaCountEdge(500, 3, -1.683) - logAsymptoticCriticalPointCount(500, 3, -1.683).logCount),
    ).toBeLessThan(0.05);
    for (const u of [-1.66, -1.65, -1.64]) {
      expect(
        Math.abs(logAsymptoticIndexCount(1000, 3, 0, u).logCount - logExpectedCriticalPointCount(1000, 3, u)),
      ).toBeLessThan(0.02);
    }
  });

  it('rejects p < 3 and bad levels', () => {
    expect(() => logAsymptoticCriticalPointCount(10, 2, -1)).toThrow(RangeError);
    expect(() => logAsymptoticCriticalPointCount(10, 3, Number.NaN)).toThrow(RangeError);
    expect(() => logAsymptoticIndexCount(10, 3, -1, -1)).toThrow(RangeError);
  });
});
