/**
 * Parameter manifolds: the sphere |w|² = N of the spherical spin glass, and Euclidean space for networks.
 *
 * On the sphere S = {w : |w|² = N} (paper, section 4) the Riemannian gradient is the tangent projection
 * P_w g = g − (w·g / N) w, and the Riemannian Hessian, as an operator on the tangent space T_w S, is
 *   Hess f(w) = P_w ∇²f(w) P_w − (w·∇f(w) / N) · I,
 * the second term being the sphere's curvature correction (for a p-homogeneous f, w·∇f = p·f).
 */
import { dot } from '../linalg/vector.js';

export interface Geometry {
  readonly kind: 'sphere' | 'euclidean';
  /** Ambient dimension D. */
  readonly dimension: number;
  /** Dimension of the tangent space: N − 1 on the sphere, D in Euclidean space. */
  readonly tangentDimension: number;
  /** out ← P_w v, the projection of v onto the tangent space at w (out may alias v). */
  projectTangent(w: Float64Array, v: Float64Array, out: Float64Array): Float64Array;
  /** out ← R_w(v), the retraction of the tangent step v at w (sphere: rescale w + v to |·|² = N). out may alias w. */
  retract(w: Float64Array, v: Float64Array, out: Float64Array): Float64Array;
  /** The scalar c with Hess f(w) = P ∇²f P − c·I on the tangent space: (w·∇f)/N on the sphere, 0 in Euclidean space. */
  hessianShift(w: Float64Array, euclideanGradient: Float64Array): number;
  /**
   * Restrict a symmetric D×D matrix (row-major) to the tangent space at w in an orthonormal basis:
   * returns Bᵀ M B (tangentDimension² entries, row-major). Does not modify M.
   */
  restrictToTangent(w: Float64Array, matrix: Float64Array): Float64Array;
  /** Whether w lies on the manifold, to a relative tolerance. */
  contains(w: Float64Array, relativeTolerance?: number): boolean;
}

/** The sphere |w|² = radiusSquared in R^D (radiusSquared = D for the spin glass). */
export function sphere(dimension: number, radiusSquared = dimension): Geometry {
  if (!Number.isInteger(dimension) || dimension < 2)
    throw new RangeError(`sphere dimension must be an integer ≥ 2, got ${dimension}`);
  return {
    kind: 'sphere',
    dimension,
    tangentDimension: dimension - 1,
    projectTangent(w, v, out) {
      const c = dot(w, v) / dot(w, w);
      for (let i = 0; i < dimension; i++) out[i] = v[i] - c * w[i];
      return out;
    },
    retract(w, v, out) {
      let s = 0;
      for (let i = 0; i < dimension; i++) {
        const x = w[i] + v[i];
        out[i] = x;
        s += x * x;
      }
      const scale = Math.sqrt(radiusSquared / s);
      for (let i = 0; i < dimension; i++) out[i] *= scale;
      return out;
    },
    hessianShift(w, g) {
      return dot(w, g) / dot(w, w);
    },
    restrictToTangent(w, m) {
      return householderRestrict(w, m, dimension);
    },
    contains(w, tol = 1e-9) {
      return w.length === dimension && Math.abs(dot(w, w) - radiusSquared) <= tol * radiusSquared;
    },
  };
}

/** Euclidean space R^D. */
export function euclidean(dimension: number): Geometry {
  if (!Number.isInteger(dimension) || dimension < 1)
    throw new RangeError(`dimension must be a positive integer, got ${dimension}`);
  return {
    kind: 'euclidean',
    dimension,
    tangentDimension: dimension,
    projectTangent(_w, v, out) {
      if (out !== v) out.set(v);
      return out;
    },
    retract(w, v, out) {
      for (let i = 0; i < dimension; i++) out[i] = w[i] + v[i];
      return out;
    },
    hessianShift() {
      return 0;
    },
    restrictToTangent(_w, m) {
      return Float64Array.from(m);
    },
    contains(w) {
      return w.length === dimension;
    },
  };
}

/**
 * Bᵀ M B for an orthonormal basis B of w's orthogonal complement, using the Householder reflection
 * Q = I − 2uuᵀ/(uᵀu) that maps w/|w| to ±e_last: the first D−1 columns of Q span the tangent space.
 * With β = 2/(uᵀu) and y = β M u, the product is a rank-two update costing O(D²):
 *   Q M Q = M − u yᵀ − y uᵀ + β (uᵀy) u uᵀ   (Golub & Van Loan, §5.1).
 */
function householderRestrict(w: Float64Array, m: Float64Array, d: number): Float64Array {
  const norm = Math.sqrt(dot(w, w));
  const u = new Float64Array(d);
  for (let i = 0; i < d; i++) u[i] = w[i] / norm;
  // Reflect onto -sign(u_last)·e_last for numerical stability: u ← x + sign(x_last) e_last.
  const sign = u[d - 1] >= 0 ? 1 : -1;
  u[d - 1] += sign;
  const uu = dot(u, u);
  // y = M u · (2/uu); QMQ = M − u yᵀ − y uᵀ + (2/uu)(uᵀy) u uᵀ  with Q = I − (2/uu) u uᵀ.
  const beta = 2 / uu;
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = 0;
    const row = i * d;
    for (let j = 0; j < d; j++) s += m[row + j] * u[j];
    y[i] = beta * s;
  }
  const uy = dot(u, y);
  const k = beta * uy;
  const t = d - 1;
  const out = new Float64Array(t * t);
  for (let i = 0; i < t; i++) {
    const row = i * d;
    for (let j = 0; j < t; j++) {
      out[i * t + j] = m[row + j] - u[i] * y[j] - y[i] * u[j] + k * u[i] * u[j];
    }
  }
  return out;
}
