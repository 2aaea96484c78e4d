import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { couplingKernel, javascriptKernel } from './coupling-kernel.js';
import { sampleCouplings } from './sample-couplings.js';
import { SpinGlassLandscape } from './spin-glass-landscape.js';

describe('couplingKernel', () => {
  it('names the kernel it chooses: WebAssembly for p = 3 by default, JavaScript on request or for other p', () => {
    const cubic = sampleCouplings({ n: 6, p: 3, rng: createRng('kernel-choice/3') });
    const quartic = sampleCouplings({ n: 5, p: 4, rng: createRng('kernel-choice/4') });
    expect(couplingKernel(cubic).name).toBe('webassembly-cubic');
    expect(couplingKernel(cubic, 'javascript').name).toBe('javascript-cubic');
    expect(couplingKernel(quartic).name).toBe('javascript-general');
    expect(javascriptKernel(quartic).name).toBe('javascript-general');
  });

  it('the WebAssembly kernel evaluates a copy of the couplings, bit for bit like the JavaScript one', () => {
    const c = sampleCouplings({ n: 9, p: 3, rng: createRng('kernel-copy') });
    const wasm = couplingKernel(c);
    expect(wasm.couplings.coefficients).not.toBe(c.coefficients);
    expect(Array.from(wasm.couplings.coefficients)).toEqual(Array.from(c.coefficients));
    const points = createRng('kernel-copy/points').fillNormal(new Float64Array(3 * 9));
    const run = (kernel: ReturnType<typeof couplingKernel>) => {
      const raw = new Float64Array(3);
      const grads = new Float64Array(3 * 9);
      kernel.rawEnergiesAndGradients(points, 3, raw, grads);
      return [...raw, ...grads];
    };
    expect(run(wasm)).toEqual(run(javascriptKernel(c)));
  });
});

describe('SpinGlassLandscape kernels', () => {
  it('a sampled or loaded 3-spin landscape runs the WebAssembly kernel unless JavaScript is asked for', () => {
    const sampled = SpinGlassLandscape.sample({ n: 8, p: 3, rng: createRng('kernel-landscape') });
    expect(sampled.kernel.name).toBe('webassembly-cubic');
    const loaded = SpinGlassLandscape.fromCouplings(sampled.couplings);
    expect(loaded.kernel.name).toBe('webassembly-cubic');
    const reference = SpinGlassLandscape.fromCouplings(sampled.couplings, 'javascript');
    expect(reference.kernel.name).toBe('javascript-cubic');
    const js = SpinGlassLandscape.sample({ n: 8, p: 3, rng: createRng('kernel-landscape'), kernel: 'javascript' });
    expect(js.kernel.name).toBe('javascript-cubic');
    expect(Array.from(js.couplings.coefficients)).toEqual(Array.from(sampled.couplings.coefficients));
    const w = createRng('kernel-landscape/w').fillNormal(new Float64Array(8));
    const g1 = new Float64Array(8);
    const g2 = new Float64Array(8);
    expect(sampled.valueAndGradient(w, g1)).toBe(js.valueAndGradient(w, g2));
    expect(Array.from(g1)).toEqual(Array.from(g2));
  });
});
