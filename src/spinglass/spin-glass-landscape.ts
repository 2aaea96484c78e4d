import { type Geometry, sphere } from '../landscape/geometry.js';
import type { StochasticLandscape } from '../landscape/landscape.js';
import type { Rng } from '../random/rng.js';
import {
  type CouplingKernel,
  couplingKernel,
  javascriptKernel,
  type KernelChoice,
  webAssemblyCubicKernel,
} from './coupling-kernel.js';
import type { Ensemble } from './ensemble.js';
import { energies, energiesAndGradients } from './hamiltonian.js';
import { spinGlassHessian, spinGlassHessianVectorProduct } from './hessian.js';
import { assertPackedCouplings, coefficientCount, type PackedCouplings } from './packed-couplings.js';
import { sampleCouplings } from './sample-couplings.js';

export interface SpinGlassSampleOptions {
  n: number;
  p: number;
  ensemble?: Ensemble;
  /** The disorder stream (stream purpose 'disorder'). */
  rng: Rng;
  /** P ≥ 1: the couplings are the sum of P independent sub-samples of variance 1/P each (for SGD). */
  subsamples?: number;
  /** Which kernel evaluates the couplings (coupling-kernel.ts); default 'fastest' (WebAssembly for p = 3). */
  kernel?: KernelChoice;
}

/**
 * The spherical p-spin glass H(w) (normalisation in hamiltonian.ts) on the sphere |w|² = N, as a
 * {@link StochasticLandscape}: component k is H computed from the k-th sub-sample of the couplings,
 * and H is the sum of the components.
 */
export class SpinGlassLandscape implements StochasticLandscape {
  readonly name: string;
  readonly n: number;
  readonly p: number;
  readonly dimension: number;
  readonly geometry: Geometry;
  readonly energyScale: number;
  /** The full coupling sample (the sum of the components' coefficients). */
  readonly couplings: PackedCouplings;
  /** The P sub-samples; [couplings] itself when P = 1. */
  readonly componentCouplings: readonly PackedCouplings[];
  readonly componentCount: number;
  /** The kernel that evaluates the full sample (its name says which code runs: coupling-kernel.ts). */
  readonly kernel: CouplingKernel;
  /** The kernels of the P sub-samples; [kernel] when P = 1. */
  readonly componentKernels: readonly CouplingKernel[];

  private constructor(kernel: CouplingKernel, components: readonly CouplingKernel[], name: string) {
    const couplings = kernel.couplings;
    assertPackedCouplings(couplings);
    if (couplings.n < 2) throw new RangeError(`the sphere needs N ≥ 2, got ${couplings.n}`);
    this.kernel = kernel;
    this.componentKernels = components;
    this.couplings = couplings;
    this.componentCouplings = components.map((k) => k.couplings);
    this.componentCount = components.length;
    this.n = couplings.n;
    this.p = couplings.p;
    this.dimension = couplings.n;
    this.geometry = sphere(couplings.n);
    this.energyScale = couplings.n;
    this.name = name;
  }

  /**
   * Sample a coupling set from the ensemble (default gaussian). With P sub-samples the rng is consumed
   * component by component (component 0's coefficients first, in packed order).
   */
  static sample(options: SpinGlassSampleOptions): SpinGlassLandscape {
    const { n, p, rng } = options;
    const ensemble = options.ensemble ?? 'gaussian';
    const subsamples = options.subsamples ?? 1;
    if (!Number.isInteger(subsamples) || subsamples < 1) {
      throw new RangeError(`subsamples must be a positive integer, got ${subsamples}`);
    }
    const label = `${p}-spin N=${n} ${ensemble}`;
    const wasm = (options.kernel ?? 'fastest') === 'fastest' && p === 3;
    /** The kernel of coefficients `fill` writes: into WebAssembly memory directly (p = 3, fastest), else a plain array. */
    const kernelOf = (fill: (out: Float64Array) => void): CouplingKernel => {
      if (wasm) return webAssemblyCubicKernel(n, fill);
      const coefficients = new Float64Array(coefficientCount(n, p));
      fill(coefficients);
      return javascriptKernel({ n, p, coefficients });
    };
    if (subsamples === 1) {
      const kernel = kernelOf((out) => sampleCouplings({ n, p, ensemble, rng, out }));
      return new SpinGlassLandscape(kernel, [kernel], label);
    }
    const scale = 1 / Math.sqrt(subsamples);
    const components: CouplingKernel[] = [];
    for (let k = 0; k < subsamples; k++) {
      components.push(kernelOf((out) => sampleCouplings({ n, p, ensemble, rng, scale, out })));
    }
    const sum = kernelOf((out) => {
      for (const component of components) {
        const c = component.couplings.coefficients;
        for (let i = 0; i < out.length; i++) out[i] += c[i];
      }
    });
    return new SpinGlassLandscape(sum, components, `${label} P=${subsamples}`);
  }

  /**
   * A landscape from given packed couplings (one component), evaluated by the kernel `choice` names (default
   * 'fastest': for p = 3 the coefficients are copied into a WebAssembly kernel's memory).
   */
  static fromCouplings(c: PackedCouplings, choice: KernelChoice = 'fastest'): SpinGlassLandscape {
    assertPackedCouplings(c);
    const kernel = couplingKernel(c, choice);
    return new SpinGlassLandscape(kernel, [kernel], `${c.p}-spin N=${c.n}`);
  }

  private checkPoint(w: Float64Array): void {
    if (w.length !== this.n) throw new RangeError(`point has dimension ${w.length}, expected N=${this.n}`);
  }

  value(w: Float64Array): number {
    this.checkPoint(w);
    const out = new Float64Array(1);
    energies(this.couplings, w, 1, out);
    return out[0];
  }

  valueAndGradient(w: Float64Array, grad: Float64Array): number {
    this.checkPoint(w);
    const out = new Float64Array(1);
    energiesAndGradients(this.kernel, w, 1, out, grad);
    return out[0];
  }

  valuesAndGradients(points: Float64Array, batch: number, values: Float64Array, grads: Float64Array): void {
    energiesAndGradients(this.kernel, points, batch, values, grads);
  }

  componentValueAndGradient(k: number, w: Float64Array, grad: Float64Array): number {
    if (!Number.isInteger(k) || k < 0 || k >= this.componentCount) {
      throw new RangeError(`component index must be in 0..${this.componentCount - 1}, got ${k}`);
    }
    this.checkPoint(w);
    const out = new Float64Array(1);
    energiesAndGradients(this.componentKernels[k], w, 1, out, grad);
    return out[0];
  }

  hessianVectorProduct(w: Float64Array, v: Float64Array, out: Float64Array): Float64Array {
    this.checkPoint(w);
    return spinGlassHessianVectorProduct(this.couplings, w, v, out);
  }

  hessian(w: Float64Array): Float64Array {
    this.checkPoint(w);
    return spinGlassHessian(this.couplings, w);
  }

  /** Riemannian gradient P_w ∇H(w) (tangent projection), written into `out`; returns H(w). */
  riemannianGradient(w: Float64Array, out: Float64Array): number {
    const value = this.valueAndGradient(w, out);
    this.geometry.projectTangent(w, out, out);
    return value;
  }
}
