import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { javascriptKernel } from './coupling-kernel.js';
import { cubicEnergiesAndGradients } from './cubic-kernel.js';
import { CubicWasmKernel, cubicThreading, setCubicThreading } from './cubic-kernel-wasm.js';
import { energiesAndGradients } from './hamiltonian.js';
import { SpinGlassLandscape } from './spin-glass-landscape.js';

const defaults = cubicThreading();
afterEach(() => setCubicThreading(defaults));

/** Coefficients and points from a seed; some exact zeros and negative zeros among them, as in real inputs. */
function inputs(seed: number, n: number, batch: number) {
  const rng = createRng(`cubic-wasm-test/${seed}`);
  const kernel = new CubicWasmKernel(n);
  const coefficients = kernel.coefficients;
  const draw = () => {
    const u = rng.uniform();
    return u < 0.03 ? 0 : u < 0.06 ? -0 : rng.normal() * 2 ** Math.floor(8 * rng.uniform() - 4);
  };
  for (let i = 0; i < coefficients.length; i++) coefficients[i] = draw();
  const points = new Float64Array(batch * n);
  for (let i = 0; i < points.length; i++) points[i] = draw();
  return { kernel, coefficients, points };
}

/** Run both kernels; every energy and gradient entry must be the same float64 (Object.is: −0 ≠ +0). */
function expectBitIdentical(seed: number, n: number, batch: number): void {
  const { kernel, coefficients, points } = inputs(seed, n, batch);
  const jsEnergies = new Float64Array(batch);
  const jsGrads = new Float64Array(batch * n);
  cubicEnergiesAndGradients(coefficients, n, points, batch, jsEnergies, jsGrads);
  const energies = new Float64Array(batch).fill(Number.NaN);
  const grads = new Float64Array(batch * n).fill(Number.NaN);
  kernel.energiesAndGradients(points, batch, energies, grads);
  for (let b = 0; b < batch; b++) expect(Object.is(energies[b], jsEnergies[b])).toBe(true);
  for (let i = 0; i < batch * n; i++) expect(Object.is(grads[i], jsGrads[i])).toBe(true);
}

const shapes = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  n: fc.integer({ min: 1, max: 40 }),
  batch: fc.integer({ min: 1, max: 9 }),
});

describe('WebAssembly 3-spin kernel', () => {
  it('equals the JavaScript kernel bit for bit (one thread; N 1…40, batch 1…9)', () => {
    setCubicThreading({ threads: 1 });
    fc.assert(
      fc.property(shapes, ({ seed, n, batch }) => expectBitIdentical(seed, n, batch)),
      { seed: 6061, numRuns: 60 },
    );
  });

  it('equals the JavaScript kernel bit for bit with the batch split across two threads', () => {
    setCubicThreading({ threads: 2, minPairWork: 0 });
    fc.assert(
      fc.property(shapes, ({ seed, n, batch }) => expectBitIdentical(seed, n, batch)),
      { seed: 6062, numRuns: 25 },
    );
  });

  it('equals the JavaScript kernel past one scratch chunk (batch 131 > 128, odd remainder)', () => {
    setCubicThreading({ threads: 2, minPairWork: 0 });
    expectBitIdentical(7, 6, 131);
    setCubicThreading({ threads: 1 });
    expectBitIdentical(8, 5, 130);
  });

  it('gives every replica the same numbers whatever the batch it is in', () => {
    const n = 11;
    const { kernel, points } = inputs(3, n, 7);
    const energies = new Float64Array(7);
    const grads = new Float64Array(7 * n);
    kernel.energiesAndGradients(points, 7, energies, grads);
    for (let b = 0; b < 7; b++) {
      const e = new Float64Array(1);
      const g = new Float64Array(n);
      kernel.energiesAndGradients(points.subarray(b * n, (b + 1) * n), 1, e, g);
      expect(Object.is(e[0], energies[b])).toBe(true);
      expect(Array.from(g)).toEqual(Array.from(grads.subarray(b * n, (b + 1) * n)));
    }
  });

  it('sampled p = 3 landscapes use it, and agree bit for bit with the JS kernel on a plain copy', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 2, max: 25 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 3 }),
        (seed, n, batch, subsamples) => {
          const landscape = SpinGlassLandscape.sample({ n, p: 3, rng: createRng(`cw-land/${seed}`), subsamples });
          expect(landscape.kernel.name).toBe('webassembly-cubic');
          expect(landscape.componentKernels.every((k) => k.name === 'webassembly-cubic')).toBe(true);
          const plain = javascriptKernel({
            n,
            p: 3,
            coefficients: Float64Array.from(landscape.couplings.coefficients),
          });
          expect(plain.name).toBe('javascript-cubic');
          const rng = createRng(`cw-land-points/${seed}`);
          const points = rng.fillNormal(new Float64Array(batch * n));
          const values = new Float64Array(batch);
          const grads = new Float64Array(batch * n);
          landscape.valuesAndGradients(points, batch, values, grads);
          const jsValues = new Float64Array(batch);
          const jsGrads = new Float64Array(batch * n);
          energiesAndGradients(plain, points, batch, jsValues, jsGrads);
          expect(Array.from(values)).toEqual(Array.from(jsValues));
          expect(Array.from(grads)).toEqual(Array.from(jsGrads));
        },
      ),
      { seed: 6063, numRuns: 20 },
    );
  });

  it('rejects thread counts other than 1 and 2', () => {
    expect(() => setCubicThreading({ threads: 3 })).toThrow(RangeError);
    expect(() => setCubicThreading({ minPairWork: -1 })).toThrow(RangeError);
  });
});
