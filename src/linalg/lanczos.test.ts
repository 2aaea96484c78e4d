import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testRng } from '../../test/helpers/test-rng.js';
import { createRng } from '../random/rng.js';
import { lanczosLowest } from './lanczos.js';
import { randomSymmetricMatrix } from './random-symmetric.js';
import { symmetricEigenvalues } from './symmetric-eigenvalues.js';

/** v ↦ A v for a dense row-major n×n matrix. */
function denseOperator(a: Float64Array, n: number): (v: Float64Array, out: Float64Array) => void {
  return (v, out) => {
    for (let i = 0; i < n; i++) {
      let s = 0;
      const row = i * n;
      for (let k = 0; k < n; k++) s += a[row + k] * v[k];
      out[i] = s;
    }
  };
}

function diagonalOperator(d: Float64Array): (v: Float64Array, out: Float64Array) => void {
  return (v, out) => {
    for (let i = 0; i < d.length; i++) out[i] = d[i] * v[i];
  };
}

const rngFor = (seed: number, n: number) => testRng(seed, n, 5);

describe('lanczosLowest', () => {
  it('matches the lowest eigenvalues of a random 200×200 symmetric matrix within its residual bound', () => {
    const n = 200;
    const count = 6;
    const tolerance = 1e-8;
    const a = randomSymmetricMatrix(n, createRng('lanczos-200'));
    const exact = symmetricEigenvalues(a, n);
    const result = lanczosLowest(denseOperator(a, n), n, count, { rng: createRng('lanczos-200-start'), tolerance });
    expect(result.converged).toBe(true);
    expect(result.values.length).toBe(count);
    // Each Ritz value lies within its residual |β s_m| ≤ tol·‖T‖_∞ ≤ 3·tol·‖A‖₂ of an eigenvalue; ‖A‖₂ = max|λ|.
    const normA = Math.max(-exact[0], exact[n - 1]);
    for (let k = 0; k < count; k++)
      expect(Math.abs(result.values[k] - exact[k])).toBeLessThanOrEqual(3 * tolerance * normA);
  });

  it('finds clustered lowest eigenvalues of a diagonal operator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        const n = 400;
        const rng = rngFor(seed, n);
        // A cluster of 5 eigenvalues spaced 1e-2 apart at −1, then a bulk in [0, 1] (random order).
        const d = new Float64Array(n);
        for (let i = 0; i < n; i++) d[i] = i < 5 ? -1 + 0.01 * i : rng.uniform();
        for (let i = n - 1; i > 0; i--) {
          const j = rng.int(i + 1);
          [d[i], d[j]] = [d[j], d[i]];
        }
        const exact = Float64Array.from(d).sort();
        const tolerance = 1e-10;
        const result = lanczosLowest(diagonalOperator(d), n, 5, { rng, tolerance, maxIterations: 200 });
        expect(result.converged).toBe(true);
        for (let k = 0; k < 5; k++) expect(Math.abs(result.values[k] - exact[k])).toBeLessThanOrEqual(3 * tolerance);
      }),
      { seed: 71, numRuns: 5 },
    );
  });

  it('is exact when maxIterations ≥ n: runs to n and returns the whole spectrum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 1_000_000 }), (n, seed) => {
        const a = randomSymmetricMatrix(n, rngFor(seed, n));
        const exact = symmetricEigenvalues(a, n);
        const result = lanczosLowest(denseOperator(a, n), n, n, { rng: rngFor(seed + 1, n), maxIterations: n + 5 });
        expect(result.converged).toBe(true);
        expect(result.iterations).toBe(n);
        const normA = Math.max(-exact[0], exact[n - 1]);
        for (let k = 0; k < n; k++) expect(Math.abs(result.values[k] - exact[k])).toBeLessThanOrEqual(1e-10 * normA);
      }),
      { seed: 72, numRuns: 30 },
    );
  });

  it('recovers multiplicities through restarts on invariant subspaces (identity, zero, two-level operators)', () => {
    const n = 12;
    const identity = lanczosLowest((v, out) => out.set(v), n, 4, { rng: createRng('id') });
    expect(identity.converged).toBe(true);
    for (const x of identity.values) expect(x).toBeCloseTo(1, 14);
    const zero = lanczosLowest((_v, out) => out.fill(0), n, 3, { rng: createRng('zero') });
    expect(Array.from(zero.values)).toEqual([0, 0, 0]);
    // Eigenvalue −1 with multiplicity 3 and +2 with multiplicity 9: the lowest 4 are −1, −1, −1, 2.
    const d = Float64Array.from({ length: n }, (_, i) => (i % 4 === 0 ? -1 : 2));
    const two = lanczosLowest(diagonalOperator(d), n, 4, { rng: createRng('two-level') });
    expect(two.converged).toBe(true);
    const expected = [-1, -1, -1, 2];
    for (let k = 0; k < 4; k++) expect(Math.abs(two.values[k] - expected[k])).toBeLessThan(1e-12);
    // Rank two, u uᵀ − 3 v vᵀ: eigenvalues −3|v|²-ish, 0 (n − 2 times), |u|²-ish; lowest 5 = one negative, four zeros.
    const m = 50;
    const r = createRng('rank-two');
    const u = r.fillNormal(new Float64Array(m));
    const w = r.fillNormal(new Float64Array(m));
    const a = new Float64Array(m * m);
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) a[i * m + j] = u[i] * u[j] - 3 * w[i] * w[j];
    const exact = symmetricEigenvalues(a, m);
    const low = lanczosLowest(denseOperator(a, m), m, 5, { rng: createRng('rank-two-start') });
    expect(low.converged).toBe(true);
    expect(low.iterations).toBeLessThan(m);
    for (let k = 0; k < 5; k++) expect(Math.abs(low.values[k] - exact[k])).toBeLessThan(1e-9 * Math.abs(exact[0]));
  });

  it('reports non-convergence when the step budget is too small', () => {
    const n = 300;
    const a = randomSymmetricMatrix(n, createRng('budget'));
    const result = lanczosLowest(denseOperator(a, n), n, 3, { rng: createRng('budget-start'), maxIterations: 5 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(5);
    expect(result.values.length).toBe(3);
  });

  it('same rng seed gives the same output bit for bit', () => {
    const n = 80;
    const a = randomSymmetricMatrix(n, createRng('det'));
    const run = () => lanczosLowest(denseOperator(a, n), n, 4, { rng: createRng('det-start'), maxIterations: 60 });
    const first = run();
    const second = run();
    expect(second.values).toEqual(first.values);
    expect(second.iterations).toBe(first.iterations);
    expect(second.converged).toBe(first.converged);
  });

  it('rejects bad arguments', () => {
    const rng = createRng('bad');
    const op = (v: Float64Array, out: Float64Array) => out.set(v);
    expect(() => lanczosLowest(op, 0, 1, { rng })).toThrow(/n must be/);
    expect(() => lanczosLowest(op, 5, 6, { rng })).toThrow(/count must be/);
    expect(() => lanczosLowest(op, 5, 2, { rng, maxIterations: 1 })).toThrow(/maxIterations/);
    expect(() => lanczosLowest(op, 5, 2, { rng, tolerance: 0 })).toThrow(/tolerance/);
    expect(() => lanczosLowest((_v, out) => out.fill(Number.NaN), 5, 2, { rng })).toThrow(/non-finite/);
  });
});
