import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxAbs, randomDataset, randomNetwork } from '../../test/helpers/test-networks.js';
import type { Task } from './dataset.js';
import { depthOneHessian } from './depth-one-hessian.js';
import { NetworkLandscape } from './network-landscape.js';

describe('depthOneHessian', () => {
  it('equals the Hessian from R-operator products with the unit vectors (both losses, odd sizes)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 140 }),
        fc.constantFrom<Task>('multiclass', 'binary'),
        fc.integer({ min: 0, max: 1_000_000 }),
        (hidden, inputSize, count, task, seed) => {
          const data = randomDataset(task, count, inputSize, String(seed));
          const { arch, w } = randomNetwork([hidden], task, inputSize, String(seed));
          const landscape = new NetworkLandscape(arch, data);
          const structured = depthOneHessian(arch, data, w);
          const products = landscape.hessianFromProducts(w);
          const scale = Math.max(maxAbs(products), 1e-300);
          // Both are sums of the same n terms in different groupings: each entry differs by a few ulps of the
          // largest partial sums, far below 1e-12 of the largest entry for these sizes (n ≤ 140, D ≤ 80).
          for (let k = 0; k < products.length; k++)
            expect(Math.abs(structured[k] - products[k])).toBeLessThan(1e-12 * scale);
        },
      ),
      { seed: 20261127, numRuns: 40 },
    );
  });

  it('is exactly symmetric, and the landscape uses it for one hidden layer', () => {
    const data = randomDataset('multiclass', 150, 5, 'sym');
    const { arch, w } = randomNetwork([6], 'multiclass', 5, 'sym');
    const h = new NetworkLandscape(arch, data).hessian(w);
    const d = arch.parameterCount;
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) expect(h[i * d + j]).toBe(h[j * d + i]);
    expect(h).toEqual(depthOneHessian(arch, data, w));
  });

  it('rejects deeper networks', () => {
    const data = randomDataset('multiclass', 3, 4, 'deep');
    const { arch, w } = randomNetwork([3, 2], 'multiclass', 4, 'deep');
    expect(() => depthOneHessian(arch, data, w)).toThrow(/one hidden layer/);
  });
});
