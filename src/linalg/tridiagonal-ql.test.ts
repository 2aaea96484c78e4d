import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testRng } from '../../test/helpers/test-rng.js';
import { tridiagonalEigenvalues, tridiagonalEigenvaluesWithVectorRows } from './tridiagonal-ql.js';

function randomTridiagonal(n: number, seed: number): { d: Float64Array; e: Float64Array } {
  const rng = testRng(seed, n, 1);
  const d = rng.fillNormal(new Float64Array(n));
  const e = rng.fillNormal(new Float64Array(Math.max(n - 1, 0)));
  // Zero some off-diagonals so that split blocks are exercised too.
  for (let i = 0; i < e.length; i++) if (rng.uniform() < 0.15) e[i] = 0;
  return { d, e };
}

const sizeAndSeed = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1_000_000 }));

describe('tridiagonalEigenvalues (implicit QL)', () => {
  it('matches the closed form 2 − 2cos(kπ/(n+1)) for the (−1, 2, −1) matrix', () => {
    for (let n = 1; n <= 60; n++) {
      const values = tridiagonalEigenvalues(new Float64Array(n).fill(2), new Float64Array(n - 1).fill(-1));
      for (let k = 1; k <= n; k++)
        expect(Math.abs(values[k - 1] - (2 - 2 * Math.cos((k * Math.PI) / (n + 1))))).toBeLessThan(1e-13);
    }
  });

  it('n = 1 and n = 2 match their closed forms', () => {
    expect(tridiagonalEigenvalues(Float64Array.of(-3), new Float64Array(0))).toEqual(Float64Array.of(-3));
    expect(tridiagonalEigenvalues(new Float64Array(0), new Float64Array(0)).length).toBe(0);
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (a, c, b) => {
          const [lo, hi] = tridiagonalEigenvalues(Float64Array.of(a, c), Float64Array.of(b));
          const mid = (a + c) / 2;
          const rad = Math.hypot((a - c) / 2, b);
          const tol = 1e-14 * (Math.abs(a) + Math.abs(c) + Math.abs(b) + 1e-300) * 4;
          expect(Math.abs(lo - (mid - rad))).toBeLessThanOrEqual(tol);
          expect(Math.abs(hi - (mid + rad))).toBeLessThanOrEqual(tol);
        },
      ),
      { seed: 31, numRuns: 200 },
    );
  });

  it('returns an already-diagonal matrix’s sorted diagonal exactly, duplicates included', () => {
    const d = Float64Array.of(3, -1, 0, 3, 2.5, -7, 0);
    expect(tridiagonalEigenvalues(d, new Float64Array(6))).toEqual(Float64Array.from([...d].sort((x, y) => x - y)));
  });

  it('zero off-diagonals split the spectrum into the blocks’ spectra', () => {
    // blocks [[1, 2], [2, 1]] (eigenvalues −1, 3) and [[5]] and [[0, 1], [1, 0]] (±1)
    const values = tridiagonalEigenvalues(Float64Array.of(1, 1, 5, 0, 0), Float64Array.of(2, 0, 0, 1));
    const expected = [-1, -1, 1, 3, 5];
    for (let k = 0; k < 5; k++) expect(values[k]).toBeCloseTo(expected[k], 14);
  });

  it('resolves the nearly degenerate pairs of Wilkinson’s W21+', () => {
    // W21+: diagonal |10 − i|, i = 0..20, off-diagonal 1. Its largest eigenvalues form a pair agreeing to
    // about 14 digits, 10.746194182903393 (Wilkinson, The Algebraic Eigenvalue Problem, §5.45).
    const d = Float64Array.from({ length: 21 }, (_, i) => Math.abs(10 - i));
    const values = tridiagonalEigenvalues(d, new Float64Array(20).fill(1));
    expect(values[20]).toBeCloseTo(10.746194182903393, 12);
    expect(values[19]).toBeCloseTo(10.746194182903393, 12);
    expect(values[0]).toBeCloseTo(-1.125441522119985, 12);
  });

  it('preserves trace and Frobenius norm on random tridiagonals with splits', () => {
    fc.assert(
      fc.property(sizeAndSeed, ([n, seed]) => {
        const { d, e } = randomTridiagonal(n, seed);
        const values = tridiagonalEigenvalues(d, e);
        let trace = 0;
        let frob2 = 0;
        for (let i = 0; i < n; i++) {
          trace += d[i];
          frob2 += d[i] ** 2;
        }
        for (let i = 0; i < n - 1; i++) frob2 += 2 * e[i] ** 2;
        let s1 = 0;
        let s2 = 0;
        for (let k = 0; k < n; k++) {
          s1 += values[k];
          s2 += values[k] ** 2;
          if (k > 0) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]);
        }
        expect(Math.abs(s1 - trace)).toBeLessThanOrEqual(1e-12 * n * Math.sqrt(frob2));
        expect(Math.abs(s2 - frob2)).toBeLessThanOrEqual(1e-12 * frob2);
      }),
      { seed: 32, numRuns: 100 },
    );
  });

  it('throws when an eigenvalue needs more sweeps than allowed', () => {
    const d = new Float64Array(10).fill(2);
    const e = new Float64Array(9).fill(-1);
    expect(() => tridiagonalEigenvalues(d, e, 0)).toThrow(/no convergence/);
    expect(() => tridiagonalEigenvalues(d, e, 30)).not.toThrow();
  });

  it('rejects bad shapes and non-finite entries', () => {
    expect(() => tridiagonalEigenvalues(new Float64Array(3), new Float64Array(3))).toThrow(/expected 2/);
    expect(() => tridiagonalEigenvalues(Float64Array.of(1, Number.NaN), Float64Array.of(0))).toThrow(/not finite/);
    expect(() => tridiagonalEigenvalues(Float64Array.of(1, 1), Float64Array.of(Infinity))).toThrow(/not finite/);
  });
});

describe('tridiagonalEigenvaluesWithVectorRows', () => {
  it('with all rows requested gives an orthonormal eigenbasis: T v = λ v, VᵀV = I', () => {
    fc.assert(
      fc.property(sizeAndSeed, ([n, seed]) => {
        const { d, e } = randomTridiagonal(n, seed);
        const rows = Array.from({ length: n }, (_, i) => i);
        const { values, vectorRows: v } = tridiagonalEigenvaluesWithVectorRows(d, e, rows);
        expect(values).toEqual(tridiagonalEigenvalues(d, e));
        let norm = 0;
        for (let i = 0; i < n; i++)
          norm = Math.max(norm, Math.abs(d[i]) + Math.abs(e[i - 1] ?? 0) + Math.abs(e[i] ?? 0));
        for (let k = 0; k < n; k++) {
          for (let i = 0; i < n; i++) {
            // (T v_k)_i − λ_k v_ik, with v_ik = v[i·n + k]
            let tv = d[i] * v[i * n + k];
            if (i > 0) tv += e[i - 1] * v[(i - 1) * n + k];
            if (i < n - 1) tv += e[i] * v[(i + 1) * n + k];
            expect(Math.abs(tv - values[k] * v[i * n + k])).toBeLessThanOrEqual(1e-13 * n * (norm + 1e-300));
          }
          for (let l = 0; l <= k; l++) {
            let s = 0;
            for (let i = 0; i < n; i++) s += v[i * n + k] * v[i * n + l];
            expect(Math.abs(s - (k === l ? 1 : 0))).toBeLessThanOrEqual(1e-13 * n);
          }
        }
      }),
      { seed: 33, numRuns: 40 },
    );
  });

  it('a subset of rows equals the same rows of the full eigenvector matrix, bit for bit', () => {
    const { d, e } = randomTridiagonal(25, 7);
    const all = tridiagonalEigenvaluesWithVectorRows(
      d,
      e,
      Array.from({ length: 25 }, (_, i) => i),
    );
    const last = tridiagonalEigenvaluesWithVectorRows(d, e, [24, 0]);
    expect(last.vectorRows.subarray(0, 25)).toEqual(all.vectorRows.subarray(24 * 25, 25 * 25));
    expect(last.vectorRows.subarray(25, 50)).toEqual(all.vectorRows.subarray(0, 25));
    expect(() => tridiagonalEigenvaluesWithVectorRows(d, e, [25])).toThrow(/not in 0..24/);
  });
});

describe('tridiagonalEigenvalues on a real ReLU-network Hessian', () => {
  it('converges and matches LAPACK on a spectrum with 2293 near-zero eigenvalues (pooled sweep budget)', () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../../fixtures/linalg/relu-hessian-tridiagonal.json', import.meta.url), 'utf8'),
    ) as {
      diagonal: number[];
      offDiagonal: number[];
      referenceMin: number;
      referenceMax: number;
      referenceZeroCount: number;
      referenceNegativeCount: number;
      referenceQuantiles: number[];
    };
    const values = tridiagonalEigenvalues(Float64Array.from(fixture.diagonal), Float64Array.from(fixture.offDiagonal));
    const scale = Math.max(Math.abs(fixture.referenceMin), Math.abs(fixture.referenceMax));
    expect(Math.abs(values[0] - fixture.referenceMin)).toBeLessThan(1e-12 * scale);
    expect(Math.abs(values[values.length - 1] - fixture.referenceMax)).toBeLessThan(1e-12 * scale);
    fixture.referenceQuantiles.forEach((q, i) => {
      expect(Math.abs(values[i * 100] - q)).toBeLessThan(1e-12 * scale);
    });
    expect(values.filter((v) => Math.abs(v) < 1e-3).length).toBe(fixture.referenceZeroCount);
    expect(values.filter((v) => v <= -1e-3).length).toBe(fixture.referenceNegativeCount);
  });
});
