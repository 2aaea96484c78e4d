import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { createRng } from '../random/rng.js';
import { packFullTensor, unpackToFullTensor } from './full-tensor.js';
import { hamiltonianScale } from './hamiltonian.js';
import { SpinGlassLandscape } from './spin-glass-landscape.js';

/** H(w) straight from the definition: N^{-(p-1)/2} Σ over all ordered tuples of J w_{i1}⋯w_{ip}. */
function directEnergy(full: Float64Array, n: number, p: number, w: Float64Array): number {
  let sum = 0;
  for (let code = 0; code < full.length; code++) {
    let x = code;
    let prod = 1;
    for (let q = 0; q < p; q++) {
      prod *= w[x % n];
      x = Math.floor(x / n);
    }
    sum += full[code] * prod;
  }
  return hamiltonianScale(n, p) * sum;
}

const shapes = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  n: fc.integer({ min: 2, max: 5 }),
  p: fc.integer({ min: 2, max: 4 }),
});

describe('full ordered tensor ↔ packed couplings', () => {
  it('a random full ordered tensor, packed, gives the same H as the direct sum', () => {
    fc.assert(
      fc.property(shapes, ({ seed, n, p }) => {
        const rng = createRng(`full/${seed}`);
        const full = rng.fillNormal(new Float64Array(n ** p));
        const landscape = SpinGlassLandscape.fromCouplings(packFullTensor(n, p, full));
        const w = rng.fillNormal(new Float64Array(n));
        const direct = directEnergy(full, n, p, w);
        let magnitude = 0; // Σ|J Π w|: the size of the rounding error of either sum
        for (const x of full) magnitude += Math.abs(x);
        magnitude *= Math.max(...w.map(Math.abs)) ** p;
        expect(Math.abs(landscape.value(w) - direct)).toBeLessThan(1e-13 * magnitude);
      }),
      { seed: 401, numRuns: 50 },
    );
  });

  it('unpacking spreads each coefficient over its orderings: same H, symmetric tensor, packs back', () => {
    fc.assert(
      fc.property(shapes, ({ seed, n, p }) => {
        const landscape = SpinGlassLandscape.sample({ n, p, rng: createRng(`unpack/${seed}`) });
        const c = landscape.couplings;
        const full = unpackToFullTensor(c);
        expect(full.length).toBe(n ** p);
        const w = createRng(`unpack-w/${seed}`).fillNormal(new Float64Array(n));
        const h = landscape.value(w);
        const scale = Math.max(...c.coefficients.map(Math.abs)) * Math.max(...w.map(Math.abs)) ** p * full.length;
        expect(Math.abs(directEnergy(full, n, p, w) - h)).toBeLessThan(1e-13 * scale);
        // symmetric under swapping the first two indices
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++)
            for (let r = 0; r < n ** (p - 2); r++) {
              const a = full[(i * n + j) * n ** (p - 2) + r];
              const b = full[(j * n + i) * n ** (p - 2) + r];
              expect(a).toBe(b);
            }
        const back = packFullTensor(n, p, full).coefficients;
        for (let k = 0; k < back.length; k++) {
          expect(Math.abs(back[k] - c.coefficients[k])).toBeLessThan(1e-14 * (1 + Math.abs(c.coefficients[k])) * p);
        }
      }),
      { seed: 402, numRuns: 40 },
    );
  });

  it('packing a tensor of the wrong size is an InputError', () => {
    expect(() => packFullTensor(3, 3, new Float64Array(26))).toThrow(InputError);
    expect(() => packFullTensor(3, 1, new Float64Array(3))).toThrow(InputError);
  });
});
