import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { euclidean, sphere } from './geometry.js';

function randomPointOnSphere(n: number, seed: string): Float64Array {
  const rng = createRng(seed);
  const w = rng.fillNormal(new Float64Array(n));
  const s = Math.sqrt(n / w.reduce((a, x) => a + x * x, 0));
  return w.map((x) => x * s);
}

describe('sphere geometry', () => {
  it('retraction keeps |w|² = N and projection is orthogonal to w', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.string(), (n, seed) => {
        const g = sphere(n);
        const w = randomPointOnSphere(n, seed);
        const v = createRng(`${seed}v`).fillNormal(new Float64Array(n));
        const pv = g.projectTangent(w, v, new Float64Array(n));
        const wv = pv.reduce((a, x, i) => a + x * w[i], 0);
        expect(Math.abs(wv)).toBeLessThan(1e-9 * n);
        const next = g.retract(w, pv, new Float64Array(n));
        expect(g.contains(next, 1e-12)).toBe(true);
      }),
      { seed: 2, numRuns: 60 },
    );
  });

  it('restrictToTangent equals Bᵀ M B for an explicit orthonormal tangent basis (same spectrum, same trace)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.string(), (n, seed) => {
        const g = sphere(n);
        const w = randomPointOnSphere(n, seed);
        const rng = createRng(`${seed}m`);
        const m = new Float64Array(n * n);
        for (let i = 0; i < n; i++)
          for (let j = 0; j <= i; j++) {
            const x = rng.normal();
            m[i * n + j] = x;
            m[j * n + i] = x;
          }
        const r = g.restrictToTangent(w, m);
        // trace(BᵀMB) = trace(M P) with P = I − wwᵀ/N.
        let traceR = 0;
        for (let i = 0; i < n - 1; i++) traceR += r[i * (n - 1) + i];
        let traceMP = 0;
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) traceMP += m[i * n + j] * ((i === j ? 1 : 0) - (w[i] * w[j]) / n);
        expect(Math.abs(traceR - traceMP)).toBeLessThan(1e-9 * (1 + Math.abs(traceMP)));
        // Frobenius norm: |BᵀMB|_F² = trace(PMPM).
        let frobR = 0;
        for (const x of r) frobR += x * x;
        const pm = new Float64Array(n * n);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) {
            let s = 0;
            for (let k = 0; k < n; k++) s += ((i === k ? 1 : 0) - (w[i] * w[k]) / n) * m[k * n + j];
            pm[i * n + j] = s;
          }
        let tr = 0;
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) tr += pm[i * n + j] * pm[j * n + i];
        expect(Math.abs(frobR - tr)).toBeLessThan(1e-9 * (1 + tr));
        // Symmetric.
        for (let i = 0; i < n - 1; i++)
          for (let j = 0; j < n - 1; j++) expect(r[i * (n - 1) + j]).toBeCloseTo(r[j * (n - 1) + i], 12);
      }),
      { seed: 3, numRuns: 60 },
    );
  });

  it('hessianShift is (w·g)/N', () => {
    const g = sphere(3);
    const w = new Float64Array([1, 1, 1]);
    expect(g.hessianShift(w, new Float64Array([3, 0, 0]))).toBeCloseTo(1, 15);
  });
});

describe('euclidean geometry', () => {
  it('retraction is addition and projection is the identity', () => {
    const g = euclidean(3);
    const w = new Float64Array([1, 2, 3]);
    expect(Array.from(g.retract(w, new Float64Array([1, 1, 1]), new Float64Array(3)))).toEqual([2, 3, 4]);
    expect(Array.from(g.projectTangent(w, new Float64Array([5, 6, 7]), new Float64Array(3)))).toEqual([5, 6, 7]);
    expect(g.hessianShift(w, w)).toBe(0);
  });
});
