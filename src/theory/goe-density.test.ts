import { describe, expect, it } from 'vitest';
import { GOE_EDGE_DENSITY_AT_0 } from './critical-point-asymptotics.js';
import { logGoeDensity } from './goe-density.js';

/** ∫ f over [a, b] by composite Gauss–Legendre (8 nodes) on `panels` panels. */
function integrate(f: (x: number) => number, a: number, b: number, panels: number): number {
  const nodes = [
    0.1834346424956498, 0.525532409916329, 0.7966664774136267, 0.9602898564975363, -0.1834346424956498,
    -0.525532409916329, -0.7966664774136267, -0.9602898564975363,
  ];
  const weights = [
    0.362683783378362, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763, 0.362683783378362,
    0.3137066458778873, 0.2223810344533745, 0.1012285362903763,
  ];
  const h = (b - a) / panels;
  let s = 0;
  for (let i = 0; i < panels; i++) {
    const mid = a + (i + 0.5) * h;
    for (let j = 0; j < 8; j++) s += weights[j] * f(mid + (nodes[j] * h) / 2);
  }
  return (s * h) / 2;
}

const rho = (n: number) => (x: number) => Math.exp(logGoeDensity(n, x));

describe('GOE one-point density ρ_N (ABC scaling)', () => {
  it('N = 1 is the standard normal density (M = M_11 ~ N(0, 1))', () => {
    for (const x of [-3, -1, 0, 0.5, 2]) {
      expect(rho(1)(x)).toBeCloseTo(Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI), 14);
    }
  });

  it.each([2, 3, 4, 7, 10, 25, 60, 61])('N = %i: ∫ρ_N = 1, ∫x²ρ_N = (N + 1)/(2N), ρ_N even and positive', (n) => {
    const lim = 2 + 12 / Math.sqrt(n);
    const panels = Math.ceil(lim * 2 * n * 2) + 20;
    expect(integrate(rho(n), -lim, lim, panels)).toBeCloseTo(1, 11);
    expect(integrate((x) => x * x * rho(n)(x), -lim, lim, panels)).toBeCloseTo((n + 1) / (2 * n), 11);
    for (const x of [0.1, 0.7, 1.3, 1.6, 2.5]) {
      expect(logGoeDensity(n, x)).toBe(logGoeDensity(n, -x));
      expect(Number.isFinite(logGoeDensity(n, x))).toBe(true);
    }
  });

  it('outside the bulk follows the WKB tail N^{−1/2}·c(x)·e^{−N·I(x)}, relative error O(1/N)', () => {
    // I(x) = ∫_{√2}^{|x|} √(t² − 2) dt; c(x) = 2^{−3/4}(2π)^{−1/2}(x² − 2)^{−1/4}((|x| + √(x² − 2))/√2)^{−1/2}.
    const tail = (n: number, x: number) => {
      const a = Math.abs(x);
      const s = Math.sqrt(a * a - 2);
      const rate = 0.5 * (a * s - 2 * Math.log((a + s) / Math.SQRT2));
      const c = 2 ** -0.75 * (2 * Math.PI) ** -0.5 * (a * a - 2) ** -0.25 * ((a + s) / Math.SQRT2) ** -0.5;
      return -0.5 * Math.log(n) + Math.log(c) - n * rate;
    };
    for (const x of [-1.6, -1.8, -2.2]) {
      const errors = [50, 200, 800, 3200].map((n) => Math.abs(logGoeDensity(n, x) - tail(n, x)));
      for (let i = 1; i < errors.length; i++) expect(errors[i]).toBeLessThan(errors[i - 1] / 3);
      expect(errors[3]).toBeLessThan(2e-3);
    }
    // Deep in the tail (ρ ≈ e^{−1500}) the value stays finite and on the asymptote.
    expect(Math.abs(logGoeDensity(2000, -2) - tail(2000, -2))).toBeLessThan(1e-3);
  });

  it('at the edge −√2 tends to √2·N^{−1/3}·(Ai′(0)² + Ai(0)/3) (GOE soft-edge density at s = 0)', () => {
    const edge = (n: number) =>
      Math.exp(logGoeDensity(n, -Math.SQRT2)) / (Math.SQRT2 * n ** (-1 / 3) * GOE_EDGE_DENSITY_AT_0);
    const gaps = [100, 800, 6400].map((n) => Math.abs(edge(n) - 1));
    // The correction is O(N^{−1/3}): each factor 8 in N should halve it.
    expect(gaps[1]).toBeLessThan(0.6 * gaps[0]);
    expect(gaps[2]).toBeLessThan(0.6 * gaps[1]);
    expect(gaps[2]).toBeLessThan(0.04);
  });
});
