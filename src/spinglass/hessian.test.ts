import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { ENSEMBLES } from './ensemble.js';
import { randomSpherePoint } from './random-point.js';
import { SpinGlassLandscape } from './spin-glass-landscape.js';

const shapes = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  n: fc.integer({ min: 2, max: 9 }),
  p: fc.integer({ min: 2, max: 5 }),
  ensemble: fc.constantFrom(...ENSEMBLES),
});

function setUp(seed: number, n: number, p: number, ensemble: (typeof ENSEMBLES)[number]) {
  const landscape = SpinGlassLandscape.sample({ n, p, ensemble, rng: createRng(`hess/${seed}`) });
  const w = randomSpherePoint(n, createRng(`hess-w/${seed}`));
  const v = createRng(`hess-v/${seed}`).fillNormal(new Float64Array(n));
  return { landscape, w, v };
}

/** Central difference of the Euclidean gradient along v: (∇H(w+εv) − ∇H(w−εv)) / 2ε. */
function gradientDifference(landscape: SpinGlassLandscape, w: Float64Array, v: Float64Array, eps: number) {
  const n = w.length;
  const gp = new Float64Array(n);
  const gm = new Float64Array(n);
  landscape.valueAndGradient(
    w.map((x, i) => x + eps * v[i]),
    gp,
  );
  landscape.valueAndGradient(
    w.map((x, i) => x - eps * v[i]),
    gm,
  );
  return gp.map((x, i) => (x - gm[i]) / (2 * eps));
}

function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

describe('spin-glass Hessian', () => {
  it('Hessian-vector product matches finite differences of the gradient (p = 2…5)', () => {
    fc.assert(
      fc.property(shapes, ({ seed, n, p, ensemble }) => {
        const { landscape, w, v } = setUp(seed, n, p, ensemble);
        const hv = landscape.hessianVectorProduct(w, v, new Float64Array(n));
        const fd = gradientDifference(landscape, w, v, 1e-4);
        // ∇H is a polynomial of degree p−1: the central difference errs by O(ε²) (exact for p ≤ 3).
        const tol = 1e-6 * (maxAbs(hv) + 1);
        for (let i = 0; i < n; i++) expect(Math.abs(hv[i] - fd[i])).toBeLessThan(tol);
      }),
      { seed: 301, numRuns: 60 },
    );
  });

  it('dense Hessian is symmetric and its product with v equals the Hessian-vector product', () => {
    fc.assert(
      fc.property(shapes, ({ seed, n, p, ensemble }) => {
        const { landscape, w, v } = setUp(seed, n, p, ensemble);
        const h = landscape.hessian(w);
        expect(h.length).toBe(n * n);
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(h[i * n + j]).toBe(h[j * n + i]);
        const hv = landscape.hessianVectorProduct(w, v, new Float64Array(n));
        const fd = gradientDifference(landscape, w, v, 1e-4);
        const tol = 1e-6 * (maxAbs(hv) + 1);
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let j = 0; j < n; j++) s += h[i * n + j] * v[j];
          expect(Math.abs(s - hv[i])).toBeLessThan(1e-10 * (maxAbs(hv) + 1));
          expect(Math.abs(s - fd[i])).toBeLessThan(tol);
        }
      }),
      { seed: 302, numRuns: 60 },
    );
  });

  it("Euler's identity for the gradient: ∇²H(w)·w = (p−1)·∇H(w)", () => {
    fc.assert(
      fc.property(shapes, ({ seed, n, p, ensemble }) => {
        const { landscape, w } = setUp(seed, n, p, ensemble);
        const g = new Float64Array(n);
        landscape.valueAndGradient(w, g);
        const hw = landscape.hessianVectorProduct(w, w, new Float64Array(n));
        const tol = 1e-11 * (maxAbs(hw) + 1);
        for (let i = 0; i < n; i++) expect(Math.abs(hw[i] - (p - 1) * g[i])).toBeLessThan(tol);
      }),
      { seed: 303, numRuns: 40 },
    );
  });
});
