import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { ENSEMBLES, multiplyByEnsemble } from './ensemble.js';

/**
 * Statistical checks (z-tests, normal approximation with K = 20000 draws; the sample variance estimates
 * the standard error). Each check rejects when |z| > 3.8906: false-alarm rate 1e-4 per check, 11 checks,
 * family-wise ≤ 1.1e-3. The Hamiltonian's covariance is checked in disorder-statistics.test.ts.
 */
const Z_CRIT = 3.8906;
const K = 20_000;

function zScore(xs: ArrayLike<number>, mu: number): number {
  let mean = 0;
  for (let i = 0; i < xs.length; i++) mean += xs[i];
  mean /= xs.length;
  let ss = 0;
  for (let i = 0; i < xs.length; i++) ss += (xs[i] - mean) ** 2;
  return (mean - mu) / Math.sqrt(ss / (xs.length - 1) / xs.length);
}

describe('coupling ensembles', () => {
  // E ξ⁴: 3 (gaussian), 1 (rademacher), 9/5 (uniform on (−√3, √3)).
  const fourth: Record<string, number> = { gaussian: 3, rademacher: 1, uniform: 9 / 5 };
  for (const ensemble of ENSEMBLES) {
    it(`${ensemble} draws have mean 0, variance 1 and the right fourth moment (statistical, 1e-4 per check)`, () => {
      const x = multiplyByEnsemble(ensemble, createRng(`ens-moments/${ensemble}`), new Float64Array(K).fill(1));
      expect(Math.abs(zScore(x, 0))).toBeLessThan(Z_CRIT);
      if (ensemble !== 'rademacher')
        expect(
          Math.abs(
            zScore(
              x.map((v) => v * v),
              1,
            ),
          ),
        ).toBeLessThan(Z_CRIT);
      else expect(x.every((v) => v * v === 1)).toBe(true);
      if (ensemble !== 'rademacher')
        expect(
          Math.abs(
            zScore(
              x.map((v) => v ** 4),
              fourth[ensemble],
            ),
          ),
        ).toBeLessThan(Z_CRIT);
    });
  }

  it('gaussian draws follow Φ at −2, −1, 0, 1.5 (statistical, 1e-4 per check)', () => {
    const x = multiplyByEnsemble('gaussian', createRng('ens-cdf'), new Float64Array(K).fill(1));
    const phi: [number, number][] = [
      [-2, 0.022750131948179195],
      [-1, 0.15865525393145707],
      [0, 0.5],
      [1.5, 0.9331927987311419],
    ];
    for (const [t, p] of phi) {
      // binomial count: z = (p̂ − p)/√(p(1−p)/K)
      let count = 0;
      for (const v of x) if (v < t) count++;
      const z = (count / K - p) / Math.sqrt((p * (1 - p)) / K);
      expect(Math.abs(z)).toBeLessThan(Z_CRIT);
    }
  });

  it('rademacher draws are ±1 and uniform draws lie in (−√3, √3)', () => {
    const r = multiplyByEnsemble('rademacher', createRng('ens-r'), new Float64Array(2000).fill(1));
    expect(r.every((x) => x === 1 || x === -1)).toBe(true);
    expect(r.some((x) => x === 1) && r.some((x) => x === -1)).toBe(true);
    const u = multiplyByEnsemble('uniform', createRng('ens-u'), new Float64Array(2000).fill(1));
    expect(u.every((x) => Math.abs(x) < Math.sqrt(3))).toBe(true);
    expect(Math.max(...u)).toBeGreaterThan(1.6);
    expect(Math.min(...u)).toBeLessThan(-1.6);
  });

  it('scales the given values in place, deterministically for a seed', () => {
    for (const ensemble of ENSEMBLES) {
      const scales = Float64Array.from({ length: 50 }, (_, i) => i + 1);
      const a = multiplyByEnsemble(ensemble, createRng('ens-det'), Float64Array.from(scales));
      const b = multiplyByEnsemble(ensemble, createRng('ens-det'), Float64Array.from(scales));
      expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
      // |a_i| / scale_i does not depend on i's scale: one draw per entry, in order.
      const ones = multiplyByEnsemble(ensemble, createRng('ens-det'), new Float64Array(50).fill(1));
      for (let i = 0; i < 50; i++) expect(a[i]).toBe(ones[i] * scales[i]);
    }
  });

  it('rejects an unknown ensemble', () => {
    // @ts-expect-error deliberately wrong
    expect(() => multiplyByEnsemble('cauchy', createRng('x'), new Float64Array(1))).toThrow(/unknown ensemble/);
  });
});
