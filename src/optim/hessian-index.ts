/**
 * The Riemannian Hessian of a landscape on its manifold and its index (the number of negative eigenvalues),
 * the quantity the paper layers critical values by (section 3, figures 3–4: "k-th band").
 *
 * On the tangent space T_w, in an orthonormal basis B (geometry.restrictToTangent):
 *   Hess f(w) = Bᵀ ∇²f(w) B − c·I,   c = geometry.hessianShift(w, ∇f(w))  ((w·∇f)/N on the sphere, 0 in R^D).
 */

import type { Landscape } from '../landscape/landscape.js';
import { DEFAULT_ZERO_TOLERANCE, inertia } from '../linalg/inertia.js';
import { lanczosLowest } from '../linalg/lanczos.js';
import { symmetricEigenvalues } from '../linalg/symmetric-eigenvalues.js';
import { symmetrizeInPlace } from '../linalg/symmetrize.js';
import type { Rng } from '../random/rng.js';
import { stream } from '../random/streams.js';

/**
 * The dense Euclidean Hessian, symmetrised as (A + Aᵀ)/2: from landscape.hessian when the landscape has it,
 * else column by column from D Hessian-vector products with the unit vectors.
 */
export function euclideanHessian(landscape: Landscape, w: Float64Array): Float64Array {
  const d = landscape.dimension;
  let a: Float64Array;
  if (landscape.hessian) {
    a = Float64Array.from(landscape.hessian(w));
  } else {
    a = new Float64Array(d * d);
    const e = new Float64Array(d);
    const column = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      e[j] = 1;
      landscape.hessianVectorProduct(w, e, column);
      e[j] = 0;
      for (let i = 0; i < d; i++) a[i * d + j] = column[i];
    }
  }
  return symmetrizeInPlace(a, d);
}

/** The Riemannian Hessian at w as a tangentDimension × tangentDimension row-major matrix. */
export function riemannianHessian(landscape: Landscape, w: Float64Array): Float64Array {
  const geometry = landscape.geometry;
  const grad = new Float64Array(landscape.dimension);
  landscape.valueAndGradient(w, grad);
  const shift = geometry.hessianShift(w, grad);
  const restricted = geometry.restrictToTangent(w, euclideanHessian(landscape, w));
  const t = geometry.tangentDimension;
  for (let i = 0; i < t; i++) restricted[i * t + i] -= shift;
  return restricted;
}

export interface HessianIndexOptions {
  /** |λ| < zeroTolerance counts as zero (default 1e-3, the README's rule). */
  zeroTolerance?: number;
  /** Use the exact spectrum when tangentDimension ≤ exactLimit (default 3000), else Lanczos. */
  exactLimit?: number;
  /** How many lowest eigenvalues Lanczos computes (default min(tangentDimension, 100)). */
  lanczosCount?: number;
  /** Lanczos start vectors; default the stream {master: 'hessian-index', purpose: 'monte-carlo', size: D, run: 0}. */
  rng?: Rng;
}

export interface HessianIndex {
  /** Number of eigenvalues ≤ −zeroTolerance (Lanczos: among the computed lowest ones — a lower bound). */
  index: number;
  /** index / dimension. */
  normalizedIndex: number;
  /** The tangent dimension (N − 1 on the sphere, D in Euclidean space). */
  dimension: number;
  /** Number of eigenvalues with |λ| < zeroTolerance (Lanczos: among the computed ones). */
  zero: number;
  /** All eigenvalues ascending (exact), or the lowest lanczosCount (Lanczos). */
  eigenvalues: Float64Array;
  method: 'exact' | 'lanczos-estimate';
}

export const DEFAULT_EXACT_LIMIT = 3000;
export const DEFAULT_LANCZOS_COUNT = 100;

/**
 * The index of the Riemannian Hessian at w. Exact (all eigenvalues of the dense Riemannian Hessian) when the
 * tangent dimension is at most `exactLimit`; otherwise the lowest `lanczosCount` eigenvalues of the tangent
 * operator x ↦ Bᵀ ∇²f B x − c x, applied through Hessian-vector products, labelled 'lanczos-estimate': its index
 * is exact when fewer than lanczosCount eigenvalues are negative and a lower bound otherwise.
 */
export function hessianIndex(landscape: Landscape, w: Float64Array, options: HessianIndexOptions = {}): HessianIndex {
  const zeroTolerance = options.zeroTolerance ?? DEFAULT_ZERO_TOLERANCE;
  const exactLimit = options.exactLimit ?? DEFAULT_EXACT_LIMIT;
  const geometry = landscape.geometry;
  const t = geometry.tangentDimension;
  if (w.length !== landscape.dimension)
    throw new RangeError(`point has length ${w.length}, landscape dimension is ${landscape.dimension}`);
  let eigenvalues: Float64Array;
  let method: HessianIndex['method'];
  if (t <= exactLimit) {
    eigenvalues = symmetricEigenvalues(riemannianHessian(landscape, w), t);
    method = 'exact';
  } else {
    const count = Math.min(t, options.lanczosCount ?? DEFAULT_LANCZOS_COUNT);
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`lanczosCount must be a positive integer`);
    const rng =
      options.rng ?? stream({ master: 'hessian-index', purpose: 'monte-carlo', size: landscape.dimension, run: 0 });
    eigenvalues = lanczosLowest(tangentOperator(landscape, w), t, count, { rng }).values;
    method = 'lanczos-estimate';
  }
  const { negative, zero } = inertia(eigenvalues, zeroTolerance);
  return { index: negative, normalizedIndex: negative / t, dimension: t, zero, eigenvalues, method };
}

/**
 * x ↦ Bᵀ ∇²f(w) B x − c·x on R^{tangentDimension}. On the sphere B is the first N−1 columns of the Householder
 * reflection Q = I − β u uᵀ, u = ŵ + sign(ŵ_N) e_N, which maps ŵ = w/|w| to ∓e_N (so its other columns span w⊥);
 * Q is symmetric, so B x = Q [x; 0] and Bᵀ y = (Q y)[0..N−2]. Each application costs one Hessian-vector product
 * and O(N). In Euclidean space B = I.
 */
export function tangentOperator(landscape: Landscape, w: Float64Array): (x: Float64Array, out: Float64Array) => void {
  const geometry = landscape.geometry;
  const d = landscape.dimension;
  const t = geometry.tangentDimension;
  const grad = new Float64Array(d);
  landscape.valueAndGradient(w, grad);
  const shift = geometry.hessianShift(w, grad);
  const v = new Float64Array(d);
  const hv = new Float64Array(d);
  if (geometry.kind === 'euclidean') {
    return (x, out) => {
      landscape.hessianVectorProduct(w, x, hv);
      for (let i = 0; i < d; i++) out[i] = hv[i] - shift * x[i];
    };
  }
  let norm = 0;
  for (let i = 0; i < d; i++) norm += w[i] * w[i];
  norm = Math.sqrt(norm);
  const u = new Float64Array(d);
  for (let i = 0; i < d; i++) u[i] = w[i] / norm;
  u[d - 1] += u[d - 1] >= 0 ? 1 : -1;
  let uu = 0;
  for (let i = 0; i < d; i++) uu += u[i] * u[i];
  const beta = 2 / uu;
  return (x, out) => {
    let ux = 0;
    for (let i = 0; i < t; i++) ux += u[i] * x[i];
    for (let i = 0; i < t; i++) v[i] = x[i] - beta * ux * u[i];
    v[d - 1] = -beta * ux * u[d - 1];
    landscape.hessianVectorProduct(w, v, hv);
    let uh = 0;
    for (let i = 0; i < d; i++) uh += u[i] * hv[i];
    for (let i = 0; i < t; i++) out[i] = hv[i] - beta * uh * u[i] - shift * x[i];
  };
}
