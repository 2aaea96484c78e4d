import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxAbs, randomDataset, randomNetwork } from '../../test/helpers/test-networks.js';
import { createRng } from '../random/rng.js';
import type { Task } from './dataset.js';
import { NetworkLandscape } from './network-landscape.js';

const configs = fc.record({
  hidden: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }),
  task: fc.constantFrom<Task>('multiclass', 'binary'),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
});

function setup(hidden: number[], task: Task, seed: number) {
  const data = randomDataset(task, 7, 4, String(seed));
  const { arch, w } = randomNetwork(hidden, task, 4, String(seed));
  return { landscape: new NetworkLandscape(arch, data), w };
}

describe('NetworkLandscape', () => {
  it('backprop gradient equals central finite differences (depth 1..3, widths 1..6, both losses)', () => {
    // Central differences with h = 1e-6 have truncation error O(h²) and rounding error O(ε/h) ≈ 1e-10; a ReLU or
    // hinge kink inside [w − h, w + h] has probability O(h) per parameter and sample, so 1e-6 is a safe bound.
    fc.assert(
      fc.property(configs, ({ hidden, task, seed }) => {
        const { landscape, w } = setup(hidden, task, seed);
        const grad = new Float64Array(landscape.dimension);
        const f = landscape.valueAndGradient(w, grad);
        expect(f).toBe(landscape.value(w));
        const h = 1e-6;
        for (let k = 0; k < landscape.dimension; k++) {
          const wp = Float64Array.from(w);
          const wm = Float64Array.from(w);
          wp[k] += h;
          wm[k] -= h;
          const fd = (landscape.value(wp) - landscape.value(wm)) / (2 * h);
          expect(Math.abs(fd - grad[k])).toBeLessThan(1e-6 * (1 + Math.abs(grad[k])));
        }
      }),
      { seed: 21, numRuns: 40 },
    );
  });

  it('R-operator Hessian-vector product equals central differences of gradients', () => {
    fc.assert(
      fc.property(configs, ({ hidden, task, seed }) => {
        const { landscape, w } = setup(hidden, task, seed);
        const d = landscape.dimension;
        const v = createRng(`v/${seed}`).fillNormal(new Float64Array(d));
        const hv = landscape.hessianVectorProduct(w, v, new Float64Array(d));
        const h = 1e-5;
        const gp = new Float64Array(d);
        const gm = new Float64Array(d);
        const wp = Float64Array.from(w, (x, k) => x + h * v[k]);
        const wm = Float64Array.from(w, (x, k) => x - h * v[k]);
        landscape.valueAndGradient(wp, gp);
        landscape.valueAndGradient(wm, gm);
        const scale = 1 + maxAbs(hv);
        for (let k = 0; k < d; k++) {
          expect(Math.abs((gp[k] - gm[k]) / (2 * h) - hv[k])).toBeLessThan(1e-6 * scale);
        }
      }),
      { seed: 22, numRuns: 40 },
    );
  });

  it('the Hessian built from unit-vector products is symmetric to rounding and matches dense products', () => {
    fc.assert(
      fc.property(configs, ({ hidden, task, seed }) => {
        const { landscape, w } = setup(hidden, task, seed);
        const d = landscape.dimension;
        const rows = landscape.hessianRows(w);
        const scale = 1 + maxAbs(rows);
        let gap = 0;
        for (let i = 0; i < d; i++) {
          for (let j = 0; j < i; j++) gap = Math.max(gap, Math.abs(rows[i * d + j] - rows[j * d + i]));
        }
        expect(gap).toBeLessThan(1e-12 * scale);
        const hess = landscape.hessian(w);
        const v = createRng(`u/${seed}`).fillNormal(new Float64Array(d));
        const hv = landscape.hessianVectorProduct(w, v, new Float64Array(d));
        let worst = 0;
        let asymmetric = 0;
        for (let i = 0; i < d; i++) {
          let s = 0;
          for (let j = 0; j < d; j++) s += hess[i * d + j] * v[j];
          worst = Math.max(worst, Math.abs(s - hv[i]));
          for (let j = 0; j < i; j++) if (hess[i * d + j] !== hess[j * d + i]) asymmetric++;
        }
        expect(worst).toBeLessThan(1e-12 * scale * d);
        expect(asymmetric).toBe(0);
      }),
      { seed: 23, numRuns: 20 },
    );
  });

  it('valuesAndGradients equals single calls bit for bit', () => {
    const { landscape, w } = setup([3, 2], 'multiclass', 5);
    const d = landscape.dimension;
    const w2 = Float64Array.from(w, (x) => -0.5 * x);
    const points = new Float64Array(2 * d);
    points.set(w, 0);
    points.set(w2, d);
    const values = new Float64Array(2);
    const grads = new Float64Array(2 * d);
    landscape.valuesAndGradients(points, 2, values, grads);
    const g = new Float64Array(d);
    expect(Object.is(values[1], landscape.valueAndGradient(w2, g))).toBe(true);
    expect(Array.from(grads.subarray(d))).toEqual(Array.from(g));
    expect(Object.is(values[0], landscape.valueAndGradient(w, g))).toBe(true);
    expect(Array.from(grads.subarray(0, d))).toEqual(Array.from(g));
    expect(landscape.geometry.kind).toBe('euclidean');
    expect(landscape.energyScale).toBe(1);
  });
});
