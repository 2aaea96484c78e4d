import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { ENSEMBLES } from './ensemble.js';
import { randomSpherePoint } from './random-point.js';
import { SpinGlassLandscape } from './spin-glass-landscape.js';

/**
 * Statistical checks of the normalisation (hamiltonian.ts): over independent coupling samples,
 *   E_J H(w) = 0,   Var_J H(w) = N,   E_J[H(w) H(w')] = N·R^p  (R = w·w'/N).
 * For K i.i.d. samples x_1…x_K of a quantity with mean μ, z = (x̄ − μ)/(s/√K) is approximately N(0, 1)
 * (central limit theorem; K = 10000, and H has all moments). Each check rejects when |z| > 3.8906, the
 * two-sided 1e-4 normal quantile: false-alarm rate 1e-4 per check; 4 checks × 3 ensembles × 2 orders p = 24
 * checks, family-wise false-alarm rate ≤ 2.4e-3 (union bound). The disorder seeds are fixed, so the
 * outcome is reproducible; the rate says how likely an arbitrary seed is to fail a correct implementation.
 *
 * Power: at N = 8 the standard error of the second-moment estimates is ≈ √2·N/√K ≈ 0.11 (gaussian), so a
 * variance off by 10% (0.8) gives z ≈ 7 and is rejected; a wrong power of N is off by a factor ≥ √8.
 * (Checked by hand: scaling only the i<j<k coefficients by 1.1 — +10% of Var H at these points — gave
 * z ≈ 3.5 at K = 4000, not rejected, and is rejected at K = 10000.)
 */
const Z_CRIT = 3.8906; // Φ⁻¹(1 − 0.5e-4)
const K = 10_000;
const N = 8;

function zScore(xs: Float64Array, mu: number): number {
  let mean = 0;
  for (const x of xs) mean += x;
  mean /= xs.length;
  let ss = 0;
  for (const x of xs) ss += (x - mean) ** 2;
  const sd = Math.sqrt(ss / (xs.length - 1));
  return (mean - mu) / (sd / Math.sqrt(xs.length));
}

/** Points w, w' on the sphere with overlap exactly R: w' = R w + √(1−R²) u, u ⟂ w, |u|² = N. */
function pointsWithOverlap(r: number) {
  const rng = createRng('disorder-stats/points');
  const w = randomSpherePoint(N, rng);
  const u = randomSpherePoint(N, rng);
  let c = 0;
  for (let i = 0; i < N; i++) c += u[i] * w[i];
  c /= N;
  for (let i = 0; i < N; i++) u[i] -= c * w[i];
  let uu = 0;
  for (let i = 0; i < N; i++) uu += u[i] * u[i];
  const s = Math.sqrt(N / uu);
  const w2 = new Float64Array(N);
  for (let i = 0; i < N; i++) w2[i] = r * w[i] + Math.sqrt(1 - r * r) * s * u[i];
  return { w, w2 };
}

describe('disorder statistics of H (statistical, false-alarm rate 1e-4 per check)', () => {
  const R = 0.8;
  const { w, w2 } = pointsWithOverlap(R);
  for (const p of [3, 2]) {
    for (const ensemble of ENSEMBLES) {
      it(`p=${p} ${ensemble}: E H = 0, Var H(w) = N, Var H(w') = N, E[H(w)H(w')] = N·R^p`, () => {
        const rng = createRng(`disorder-stats/${p}/${ensemble}`);
        const h1 = new Float64Array(K);
        const h2 = new Float64Array(K);
        for (let s = 0; s < K; s++) {
          const landscape = SpinGlassLandscape.sample({ n: N, p, ensemble, rng });
          h1[s] = landscape.value(w);
          h2[s] = landscape.value(w2);
        }
        let overlap = 0;
        for (let i = 0; i < N; i++) overlap += w[i] * w2[i];
        expect(overlap / N).toBeCloseTo(R, 12);
        expect(Math.abs(zScore(h1, 0))).toBeLessThan(Z_CRIT);
        expect(
          Math.abs(
            zScore(
              h1.map((x) => x * x),
              N,
            ),
          ),
        ).toBeLessThan(Z_CRIT);
        expect(
          Math.abs(
            zScore(
              h2.map((x) => x * x),
              N,
            ),
          ),
        ).toBeLessThan(Z_CRIT);
        expect(
          Math.abs(
            zScore(
              h1.map((x, i) => x * h2[i]),
              N * R ** p,
            ),
          ),
        ).toBeLessThan(Z_CRIT);
      });
    }
  }
});
