import { type Geometry, sphere } from '../optim/geometry.js';
import type { StochasticLandscape } from '../optim/landscape.js';
import type { Rng } from '../random/rng.js';
import { allocateCubicCoefficients } from './cubic-kernel-wasm.js';
import type { Ensemble } from './ensemble.js';
import { energies, energiesAndGradients } from './hamiltonian.js';
import { spinGlassHessian, spinGlassHessianVectorProduct } from './hessian.js';
import { assertPackedCouplings, type PackedCouplings } from './packed-couplings.js';
import { sampleCouplings } from './sample-couplings.js';

export interface SpinGlassSampleOptions {
  n: number;
  p: number;
  ensemble?: Ensemble;
  /** The disorder stream (stream purpose 'disorder'). */
  rng: Rng;
  /** P ≥ 1: the couplings are the sum of P independent sub-samples of variance 1/P each (for SGD). */
  subsamples?: number;
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

  private constructor(couplings: PackedCouplings, components: readonly PackedCouplings[], name: string) {
    assertPackedCouplings(couplings);
    if (couplings.n < 2) throw new RangeError(`the sphere needs N ≥ 2, got ${couplings.n}`);
    this.couplings = couplings;
    this.componentCouplings = components;
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
    if (subsamples === 1) {
      const c = sampleCouplings({ n, p, ensemble, rng });
      return new SpinGlassLandscape(c, [c], label);
    }
    const scale = 1 / Math.sqrt(subsamples);
    const components: PackedCouplings[] = [];
    for (let k = 0; k < subsamples; k++) components.push(sampleCouplings({ n, p, ensemble, rng, scale }));
    const sum = p === 3 ? allocateCubicCoefficients(n) : new Float64Array(components[0].coefficients.length);
    for (const component of components) {
      const c = component.coefficients;
      for (let i = 0; i < sum.length; i++) sum[i] += c[i];
    }
    return new SpinGlassLandscape({ n, p, coefficients: sum }, components, `${label} P=${subsamples}`);
  }

  /** A landscape from given packed couplings (one component). */
  static fromCouplings(c: PackedCouplings): SpinGlassLandscape {
    return new SpinGlassLandscape(c, [c], `${c.p}-spin N=${c.n}`);
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
    energiesAndGradients(this.couplings, w, 1, out, grad);
    return out[0];
  }

  valuesAndGradients(points: Float64Array, batch: number, values: Float64Array, grads: Float64Array): void {
    energiesAndGradients(this.couplings, points, batch, values, grads);
  }

  componentValueAndGradient(k: number, w: Float64Array, grad: Float64Array): number {
    if (!Number.isInteger(k) || k < 0 || k >= this.componentCount) {
      throw new RangeError(`component index must be in 0..${this.componentCount - 1}, got ${k}`);
    }
    this.checkPoint(w);
    const out = new Float64Array(1);
    energiesAndGradients(this.componentCouplings[k], w, 1, out, grad);
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
