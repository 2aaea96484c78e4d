import { describe, expect, it } from 'vitest';
import { logExpectedCriticalPointCount } from './expected-critical-point-count.js';
import { monteCarloIndexCounts } from './index-count-monte-carlo.js';
import { logMinimaCountEdge } from './minima-count-edge.js';
import { thetaK } from './theta.js';

describe('minima near and above −E_∞ from the GOE soft edge (TW_1)', () => {
  // Against the unbiased Monte Carlo of E Crt_{N,0}(u) (20000 GOE samples): z = (log MC − log edge)/s.e.(log MC);
  // rule |z| < 4.42 (α = 1e-5 per comparison, 6 comparisons; the asymptotic error of the edge formula is
  // O(N^{−1/3}) in log, measured below 0.05 at N ≥ 100). Power: the √(2N) centring is off by (p−2)/(2p) = 1/6 in
  // log at the plateau, ≥ 4.4 s.e. at N = 100 (checked).
  it.each([100, 200])('N = %i, p = 3: matches the Monte Carlo from the threshold to the plateau', (n) => {
    const levels = [-1.633, -1.6, 0];
    const mc = monteCarloIndexCounts(n, 3, 0, levels, { samples: 20000, seed: 'edge-test' })[0];
    levels.forEach((u, i) => {
      const z = (mc[i].logCount - logMinimaCountEdge(n, 3, u)) / mc[i].standardError;
      expect(Math.abs(z)).toBeLessThan(4.42);
    });
    if (n === 100) {
      const zWrong = (mc[2].logCount - logMinimaCountEdge(n, 3, 0, 'N')) / mc[2].standardError;
      expect(Math.abs(zWrong)).toBeGreaterThan(4.42);
    }
  });

  it('minima never exceed all critical points; the plateau is flat above the band and exceeds e^{N·Θ_0} by e^{c√N}', () => {
    for (const n of [100, 400, 1000]) {
      for (const u of [-1.64, -1.62, -1.5]) {
        expect(logMinimaCountEdge(n, 3, u)).toBeLessThanOrEqual(logExpectedCriticalPointCount(n, 3, u) + 0.01);
      }
      expect(logMinimaCountEdge(n, 3, -0.5)).toBeCloseTo(logMinimaCountEdge(n, 3, 0), 10);
    }
    // log(count/e^{NΘ_0}) / √N → c = (4√2/3)((p−2)/p)^{3/2} = 0.3629 at p = 3, with corrections of relative
    // order N^{−1/4} (the |ξ|^{3/2} term of the TW_1 tail) and log N/√N (measured 0.351 at N = 1000, 0.343 at 8000).
    for (const n of [1000, 8000]) {
      const excess = (logMinimaCountEdge(n, 3, 0) - n * thetaK(0, 3, 0)) / Math.sqrt(n);
      expect(excess).toBeGreaterThan(0.3);
      expect(excess).toBeLessThan(0.4);
    }
  });

  it('rejects bad arguments', () => {
    expect(() => logMinimaCountEdge(1, 3, 0)).toThrow(RangeError);
    expect(() => logMinimaCountEdge(10, 2, 0)).toThrow(RangeError);
    expect(() => logMinimaCountEdge(10, 3, Number.NaN)).toThrow(RangeError);
  });
});
