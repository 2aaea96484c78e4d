/**
 * The one interface that both landscapes (the spherical p-spin glass and ReLU networks) implement, and
 * through which the optimizers and the Hessian-index code work.
 *
 * Vectors are Float64Array. Batches are row-major: B points of dimension D are one Float64Array of
 * length B·D, point b at [b·D, (b+1)·D).
 */
import type { Geometry } from './geometry.js';

export interface Landscape {
  /** Short description, e.g. "3-spin N=100 gaussian" or "mlp 100-25-10". */
  readonly name: string;
  /** Ambient dimension D (N for the spin glass, the parameter count for networks). */
  readonly dimension: number;
  /** The manifold the parameters live on (sphere |w|² = N, or Euclidean space). */
  readonly geometry: Geometry;
  /** Divide an energy by this to get the scaled energy (N for the spin glass, 1 for networks). */
  readonly energyScale: number;

  /** f(w). */
  value(w: Float64Array): number;
  /** f(w); writes the Euclidean gradient ∇f(w) into `grad`. */
  valueAndGradient(w: Float64Array, grad: Float64Array): number;
  /**
   * Batch-first evaluation: `points` holds B points (row-major); writes f into `values[b]` and the
   * Euclidean gradients into `grads` (row-major). Must equal B single calls bit for bit.
   */
  valuesAndGradients(points: Float64Array, batch: number, values: Float64Array, grads: Float64Array): void;
  /** Euclidean Hessian-vector product ∇²f(w)·v, written into `out`. */
  hessianVectorProduct(w: Float64Array, v: Float64Array, out: Float64Array): Float64Array;
  /** Dense Euclidean Hessian (D×D row-major), when the landscape has a faster way than D products. */
  hessian?(w: Float64Array): Float64Array;
}

/**
 * A landscape that is a sum of components, for stochastic gradient methods: step t uses component
 * t mod componentCount (the spin glass's P sub-samples of the couplings).
 */
export interface StochasticLandscape extends Landscape {
  readonly componentCount: number;
  /** The k-th component's value; writes its Euclidean gradient into `grad`. */
  componentValueAndGradient(k: number, w: Float64Array, grad: Float64Array): number;
}

export function isStochastic(landscape: Landscape): landscape is StochasticLandscape {
  return typeof (landscape as Partial<StochasticLandscape>).componentValueAndGradient === 'function';
}
