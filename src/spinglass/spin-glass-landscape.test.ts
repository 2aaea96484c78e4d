import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dot } from '../linalg/vector.js';
import { createRng } from '../random/rng.js';
import { cubicEnergiesAndGradients } from './cubic-kernel.js';
import { ENSEMBLES, type Ensemble } from './ensemble.js';
import { generalEnergiesAndGradients } from './general-kernel.js';
import { randomSpherePoint } from './random-point.js';
import { SpinGlassLandscape } from './spin-glass-landscape.js';

function sample(seed: number, n: number, p: number, ensemble: Ensemble = 'gaussian', subsamples = 1) {
  return SpinGlassLandscape.sample({ n, p, ensemble, rng: createRng(`sg-test/${seed}`), subsamples });
}

/** A unit tangent direction at w. */
function tangentDirection(w: Float64Array, seed: number): Float64Array {
  const rng = createRng(`sg-dir/${seed}`);
  const u = rng.fillNormal(new Float64Array(w.length));
  const c = dot(u, w) / dot(w, w);
  for (let i = 0; i < u.length; i++) u[i] -= c * w[i];
  const norm = Math.sqrt(dot(u, u));
  for (let i = 0; i < u.length; i++) u[i] /= norm;
  return u;
}

const shapes = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  n: fc.integer({ min: 2, max: 10 }),
  p: fc.integer({ min: 2, max: 5 }),
  ensemble: fc.constantFrom(...ENSEMBLES),
});

describe('SpinGlassLandscape energy and gradient', () => {
  it('gradient matches central finite differences along tangent directions (p = 2…5)', () => {
    fc.assert(
      fc.property(shapes, ({ seed, n, p, ensemble }) => {
        const landscape = sample(seed, n, p, ensemble);
        const w = randomSpherePoint(n, createRng(`sg-w/${seed}`));
        const g = new Float64Array(n);
        landscape.valueAndGradient(w, g);
        const u = tangentDirection(w, seed);
        // H is a polynomial: the central difference errs by ε²/6·D³H[u,u,u] plus rounding ~1e-16·|H|/ε.
        const eps = 1e-4;
        const plus = w.map((x, i) => x + eps * u[i]);
        const minus = w.map((x, i) => x - eps * u[i]);
        const fd = (landscape.value(plus) - landscape.value(minus)) / (2 * eps);
        const scale = Math.sqrt(dot(g, g)) + Math.abs(landscape.value(w)) + 1;
        expect(Math.abs(fd - dot(g, u))).toBeLessThan(1e-6 * scale);
      }),
      { seed: 201, numRuns: 60 },
    );
  });

  it("Euler's identity w·∇H = p·H, and the Riemannian gradient is orthogonal to w", () => {
    fc.assert(
      fc.property(shapes, ({ seed, n, p, ensemble }) => {
        const landscape = sample(seed, n, p, ensemble);
        const w = randomSpherePoint(n, createRng(`sg-w/${seed}`));
        const g = new Float64Array(n);
        const h = landscape.valueAndGradient(w, g);
        const gNorm = Math.sqrt(dot(g, g));
        const wNorm = Math.sqrt(n);
        expect(Math.abs(dot(w, g) - p * h)).toBeLessThan(1e-12 * wNorm * gNorm + 1e-12);
        const rg = new Float64Array(n);
        expect(landscape.riemannianGradient(w, rg)).toBe(h);
        expect(Math.abs(dot(w, rg))).toBeLessThan(1e-12 * wNorm * gNorm + 1e-12);
        // the projection removes exactly the radial part (w·∇H/N) w = (pH/N) w
        for (let i = 0; i < n; i++) expect(rg[i]).toBeCloseTo(g[i] - ((p * h) / n) * w[i], 10);
      }),
      { seed: 202, numRuns: 60 },
    );
  });

  it('value() equals the energy of valueAndGradient() bit for bit', () => {
    fc.assert(
      fc.property(shapes, ({ seed, n, p, ensemble }) => {
        const landscape = sample(seed, n, p, ensemble);
        const w = randomSpherePoint(n, createRng(`sg-w/${seed}`));
        expect(Object.is(landscape.value(w), landscape.valueAndGradient(w, new Float64Array(n)))).toBe(true);
      }),
      { seed: 203, numRuns: 40 },
    );
  });

  it('a batch of B replicas equals B single evaluations bit for bit', () => {
    fc.assert(
      fc.property(
        shapes,
        fc.integer({ min: 1, max: 11 }),
        fc.boolean(),
        ({ seed, n, p, ensemble }, batch, onSphere) => {
          const landscape = sample(seed, n, p, ensemble);
          const rng = createRng(`sg-batch/${seed}`);
          const points = new Float64Array(batch * n);
          for (let b = 0; b < batch; b++) {
            // on the sphere, or arbitrary points (the formulas are polynomials on all of R^N)
            points.set(onSphere ? randomSpherePoint(n, rng) : rng.fillNormal(new Float64Array(n), 3), b * n);
          }
          const values = new Float64Array(batch);
          const grads = new Float64Array(batch * n);
          landscape.valuesAndGradients(points, batch, values, grads);
          for (let b = 0; b < batch; b++) {
            const g = new Float64Array(n);
            const v = landscape.valueAndGradient(points.slice(b * n, (b + 1) * n), g);
            expect(Object.is(values[b], v)).toBe(true);
            for (let i = 0; i < n; i++) expect(Object.is(grads[b * n + i], g[i])).toBe(true);
          }
        },
      ),
      { seed: 204, numRuns: 60 },
    );
  });

  it('the general-p kernel performs the same arithmetic as the p = 3 fast path (bit for bit)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 9 }),
        (seed, n, batch) => {
          const c = SpinGlassLandscape.sample({ n: Math.max(n, 2), p: 3, rng: createRng(`gk/${seed}`) }).couplings;
          const N = c.n;
          const points = createRng(`gk-w/${seed}`).fillNormal(new Float64Array(batch * N));
          const e1 = new Float64Array(batch);
          const g1 = new Float64Array(batch * N);
          const e2 = new Float64Array(batch);
          const g2 = new Float64Array(batch * N);
          cubicEnergiesAndGradients(c.coefficients, N, points, batch, e1, g1);
          generalEnergiesAndGradients(c.coefficients, N, 3, points, batch, e2, g2);
          for (let b = 0; b < batch; b++) expect(Object.is(e1[b], e2[b])).toBe(true);
          for (let i = 0; i < batch * N; i++) expect(Object.is(g1[i], g2[i])).toBe(true);
        },
      ),
      { seed: 205, numRuns: 40 },
    );
  });
});

describe('SpinGlassLandscape sampling', () => {
  it('the same seed gives bit-identical couplings; another seed does not', () => {
    for (const ensemble of ENSEMBLES) {
      const a = sample(7, 9, 3, ensemble).couplings.coefficients;
      const b = sample(7, 9, 3, ensemble).couplings.coefficients;
      const c = sample(8, 9, 3, ensemble).couplings.coefficients;
      const bytes = (x: Float64Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength);
      expect(bytes(a).equals(bytes(b))).toBe(true);
      expect(bytes(a).equals(bytes(c))).toBe(false);
    }
  });

  it('describes itself as a landscape on the sphere |w|² = N with energy scale N', () => {
    const landscape = sample(1, 6, 4, 'uniform');
    expect(landscape.name).toBe('4-spin N=6 uniform');
    expect(landscape.dimension).toBe(6);
    expect(landscape.geometry.kind).toBe('sphere');
    expect(landscape.geometry.tangentDimension).toBe(5);
    expect(landscape.energyScale).toBe(6);
    expect(landscape.componentCount).toBe(1);
    expect(landscape.componentCouplings[0]).toBe(landscape.couplings);
  });

  it('with P sub-samples, the couplings are the sum of the components and H the sum of their energies', () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: 2, max: 5 }), ({ seed, n, p, ensemble }, subsamples) => {
        const landscape = sample(seed, n, p, ensemble, subsamples);
        expect(landscape.componentCount).toBe(subsamples);
        const sum = new Float64Array(landscape.couplings.coefficients.length);
        for (const c of landscape.componentCouplings) for (let i = 0; i < sum.length; i++) sum[i] += c.coefficients[i];
        const stored = landscape.couplings.coefficients; // a view into the WebAssembly kernel's memory
        expect(Buffer.from(sum.buffer).equals(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength))).toBe(
          true,
        );
        const w = randomSpherePoint(n, createRng(`sg-w/${seed}`));
        const g = new Float64Array(n);
        const h = landscape.valueAndGradient(w, g);
        let hSum = 0;
        const gSum = new Float64Array(n);
        const gk = new Float64Array(n);
        for (let k = 0; k < subsamples; k++) {
          hSum += landscape.componentValueAndGradient(k, w, gk);
          for (let i = 0; i < n; i++) gSum[i] += gk[i];
        }
        const gNorm = Math.sqrt(dot(g, g)) + 1;
        expect(Math.abs(h - hSum)).toBeLessThan(1e-12 * (Math.abs(h) + gNorm));
        for (let i = 0; i < n; i++) expect(Math.abs(g[i] - gSum[i])).toBeLessThan(1e-12 * gNorm);
      }),
      { seed: 206, numRuns: 30 },
    );
    expect(() => sample(1, 4, 3, 'gaussian', 0)).toThrow(/subsamples/);
  });

  it('rejects points of the wrong dimension', () => {
    const landscape = sample(1, 5, 3);
    expect(() => landscape.value(new Float64Array(4))).toThrow(/dimension 4/);
  });
});
