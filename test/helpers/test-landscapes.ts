/**
 * Small landscapes with known answers, for testing the optimizers and the Hessian index without the spin glass:
 *
 * - {@link quadraticForm}: f(w) = wᵀAw on the sphere |w|² = N (minimum λ_min(A)·N at the lowest eigenvector,
 *   critical points exactly at the eigenvectors, the one at the k-th lowest eigenvalue having index k), or in
 *   Euclidean space;
 * - {@link rosenbrock}: f(x, y) = (a − x)² + b(y − x²)², minimum 0 at (a, a²);
 * - {@link doubleWell}: f(w) = Σ (w_i² − 1)² + tilt·Σ w_i, two basins, the lower one at w_i ≈ −1 for tilt > 0;
 * - {@link quadraticSum}: a StochasticLandscape Σ_k w ᵀA_k w with P components.
 */
import { euclidean, type Geometry, sphere } from '../../src/landscape/geometry.js';
import type { Landscape, StochasticLandscape } from '../../src/landscape/landscape.js';

/** Adds batch evaluation (B single calls) to a single-point landscape. */
function withBatch(
  base: Omit<Landscape, 'valuesAndGradients' | 'value'> & { valueAndGradient: Landscape['valueAndGradient'] },
): Landscape {
  const d = base.dimension;
  const scratch = new Float64Array(d);
  return {
    ...base,
    value: (w) => base.valueAndGradient(w, scratch),
    valuesAndGradients(points, batch, values, grads) {
      for (let b = 0; b < batch; b++) {
        values[b] = base.valueAndGradient(points.subarray(b * d, (b + 1) * d), grads.subarray(b * d, (b + 1) * d));
      }
    },
  };
}

function matVec(a: Float64Array, x: Float64Array, out: Float64Array, scale: number): Float64Array {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a[i * n + j] * x[j];
    out[i] = scale * s;
  }
  return out;
}

/** f(w) = wᵀAw for a symmetric n×n matrix A (row-major); energyScale = n on the sphere, 1 in Euclidean space. */
export function quadraticForm(a: Float64Array, n: number, kind: 'sphere' | 'euclidean' = 'sphere'): Landscape {
  const geometry: Geometry = kind === 'sphere' ? sphere(n) : euclidean(n);
  return withBatch({
    name: `quadratic form n=${n} (${kind})`,
    dimension: n,
    geometry,
    energyScale: kind === 'sphere' ? n : 1,
    valueAndGradient(w, grad) {
      matVec(a, w, grad, 2); // ∇f = 2Aw
      let f = 0;
      for (let i = 0; i < n; i++) f += w[i] * grad[i];
      return f / 2;
    },
    hessianVectorProduct: (_w, v, out) => matVec(a, v, out, 2),
  });
}

/** f(w) = Σ_k wᵀA_k w with P = matrices.length components (A_k symmetric n×n), on the sphere. */
export function quadraticSum(matrices: Float64Array[], n: number): StochasticLandscape {
  const total = new Float64Array(n * n);
  for (const m of matrices) for (let i = 0; i < n * n; i++) total[i] += m[i];
  const full = quadraticForm(total, n, 'sphere');
  return {
    ...full,
    name: `sum of ${matrices.length} quadratic forms n=${n}`,
    componentCount: matrices.length,
    componentValueAndGradient(k, w, grad) {
      matVec(matrices[k], w, grad, 2);
      let f = 0;
      for (let i = 0; i < n; i++) f += w[i] * grad[i];
      return f / 2;
    },
  };
}

/** Rosenbrock's function in R² (Euclidean). */
export function rosenbrock(a = 1, b = 100): Landscape {
  return withBatch({
    name: 'rosenbrock',
    dimension: 2,
    geometry: euclidean(2),
    energyScale: 1,
    valueAndGradient(w, grad) {
      const [x, y] = w;
      const r = y - x * x;
      grad[0] = -2 * (a - x) - 4 * b * x * r;
      grad[1] = 2 * b * r;
      return (a - x) ** 2 + b * r * r;
    },
    hessianVectorProduct(w, v, out) {
      const [x, y] = w;
      const hxx = 2 - 4 * b * (y - x * x) + 8 * b * x * x;
      const hxy = -4 * b * x;
      out[0] = hxx * v[0] + hxy * v[1];
      out[1] = hxy * v[0] + 2 * b * v[1];
      return out;
    },
  });
}

/** f(w) = Σ_i (w_i² − 1)² + tilt·Σ_i w_i in R^n (Euclidean): 2^n minima, the lowest at w_i ≈ −1 when tilt > 0. */
export function doubleWell(n: number, tilt: number): Landscape {
  return withBatch({
    name: `double well n=${n} tilt=${tilt}`,
    dimension: n,
    geometry: euclidean(n),
    energyScale: 1,
    valueAndGradient(w, grad) {
      let f = 0;
      for (let i = 0; i < n; i++) {
        const q = w[i] * w[i] - 1;
        f += q * q + tilt * w[i];
        grad[i] = 4 * w[i] * q + tilt;
      }
      return f;
    },
    hessianVectorProduct(w, v, out) {
      for (let i = 0; i < n; i++) out[i] = (12 * w[i] * w[i] - 4) * v[i];
      return out;
    },
  });
}

/** A random symmetric n×n matrix with the given eigenvalues: Q diag(λ) Qᵀ, Q from Gram–Schmidt of normals. */
export function symmetricWithEigenvalues(
  eigenvalues: readonly number[],
  normal: () => number,
): { matrix: Float64Array; eigenvectors: Float64Array[] } {
  const n = eigenvalues.length;
  const q: Float64Array[] = [];
  while (q.length < n) {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = normal();
    for (const u of q) {
      let d = 0;
      for (let i = 0; i < n; i++) d += u[i] * v[i];
      for (let i = 0; i < n; i++) v[i] -= d * u[i];
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += v[i] * v[i];
    if (s < 1e-12) continue;
    const r = Math.sqrt(s);
    for (let i = 0; i < n; i++) v[i] /= r;
    q.push(v);
  }
  const matrix = new Float64Array(n * n);
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) matrix[i * n + j] += eigenvalues[k] * q[k][i] * q[k][j];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++) {
      const m = (matrix[i * n + j] + matrix[j * n + i]) / 2;
      matrix[i * n + j] = m;
      matrix[j * n + i] = m;
    }
  return { matrix, eigenvectors: q };
}
