import { describe, expect, it } from 'vitest';
import { symmetricEigenvalues } from '../linalg/symmetric-eigenvalues.js';
import { createRng } from '../random/rng.js';
import { stream } from '../random/streams.js';
import { countEigenvaluesBelow, sampleGoeTridiagonal, smallestEigenvalues } from './goe-tridiagonal.js';

function dense(t: { diag: Float64Array; offSq: Float64Array }): Float64Array {
  const m = t.diag.length;
  const a = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    a[i * m + i] = t.diag[i];
    if (i < m - 1) {
      const b = Math.sqrt(t.offSq[i]);
      a[i * m + i + 1] = b;
      a[(i + 1) * m + i] = b;
    }
  }
  return a;
}

describe('GOE tridiagonal model (Dumitriu–Edelman, β = 1)', () => {
  it('bisection on Sturm counts gives the dense eigenvalues', () => {
    for (const n of [1, 2, 5, 30]) {
      const t = sampleGoeTridiagonal(n, createRng(`tri-${n}`));
      const all = Array.from(symmetricEigenvalues(dense(t), n)).sort((x, y) => x - y);
      const k = Math.min(n, 6);
      const got = smallestEigenvalues(t, k);
      for (let i = 0; i < k; i++) expect(got[i]).toBeCloseTo(all[i], 12);
      expect(countEigenvaluesBelow(t, all[n - 1] + 1e-9)).toBe(n);
      expect(countEigenvaluesBelow(t, all[0] - 1e-9)).toBe(0);
    }
  });

  // E tr M² = N·(1/N) + 2·Σ_{i=1}^{N−1} i/(2N) = (N + 1)/2, the GOE value (goe-density.test.ts checks the same
  // moment of ρ_N); an off-by-one in the χ degrees of freedom moves it by (N−1)/(2N)·… ≈ 20 s.e. at N = 100.
  // Rule: |z| < 4.42 with the sample s.e. (α = 1e-5 per comparison, 6 comparisons).
  it.each([3, 20, 100])('N = %i: E tr M² = (N + 1)/2 and E tr M = 0', (n) => {
    const s = 4000;
    const tr2: number[] = [];
    const tr1: number[] = [];
    for (let j = 0; j < s; j++) {
      const t = sampleGoeTridiagonal(n, stream({ master: 'tr2', purpose: 'monte-carlo', size: n, run: j }));
      tr2.push(t.diag.reduce((a, v) => a + v * v, 0) + 2 * t.offSq.reduce((a, v) => a + v, 0));
      tr1.push(t.diag.reduce((a, v) => a + v, 0));
    }
    for (const [x, target] of [
      [tr2, (n + 1) / 2],
      [tr1, 0],
    ] as const) {
      const mean = x.reduce((a, v) => a + v, 0) / s;
      const sd = Math.sqrt(x.reduce((a, v) => a + (v - mean) ** 2, 0) / (s - 1));
      expect(Math.abs(mean - target) / (sd / Math.sqrt(s))).toBeLessThan(4.42);
    }
  });

  it('the smallest eigenvalues of the leading 400 rows equal those of the full N = 1000 matrix', () => {
    for (let j = 0; j < 3; j++) {
      const id = { master: 'trunc', purpose: 'monte-carlo' as const, size: 1000, run: j };
      const full = smallestEigenvalues(sampleGoeTridiagonal(1000, stream(id)), 6);
      const cut = smallestEigenvalues(sampleGoeTridiagonal(1000, stream(id), 400), 6);
      for (let k = 0; k < 6; k++) expect(Math.abs(full[k] - cut[k])).toBeLessThan(1e-12);
      // and a too-small block is visibly wrong (the comparison has power)
      const tiny = smallestEigenvalues(sampleGoeTridiagonal(1000, stream(id), 10), 6);
      expect(Math.abs(full[5] - tiny[5])).toBeGreaterThan(1e-3);
    }
  });

  it('rejects bad sizes', () => {
    expect(() => sampleGoeTridiagonal(0, createRng('x'))).toThrow(RangeError);
    expect(() => sampleGoeTridiagonal(5, createRng('x'), 6)).toThrow(RangeError);
    expect(() => smallestEigenvalues(sampleGoeTridiagonal(3, createRng('x')), 4)).toThrow(RangeError);
  });
});
