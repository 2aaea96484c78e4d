/**
 * A search for critical points of ANY index (minima, saddles, maxima) on a landscape's manifold: damped Newton
 * (Levenberg–Marquardt) on the equation grad_R f(w) = 0, with the exact Riemannian Hessian.
 *
 * Gradient descent only finds minima; the layered structure of the paper (section 4: critical values of index k
 * live above −E_k·N) needs saddles too. We solve grad_R f = 0 as a least-squares problem, minimising the merit
 * ½‖grad_R f‖², whose Riemannian gradient is Hess_R f · grad_R f. Its Gauss–Newton model has Hessian Hess_R f²,
 * so with the eigenpairs (λ_i, e_i) of Hess_R f on the tangent space the damped step is
 *
 *     v = −Σ_i λ_i / (λ_i² + μ) · (e_i · g) e_i,    g = grad_R f(w),
 *
 * which tends to the Newton step −Hess_R f⁻¹ g as μ → 0 (quadratic convergence to the nearby non-degenerate
 * critical point, whatever its index) and to a short merit-descent step −Hess_R f·g/μ for large μ. The step is
 * retracted (sphere: rescaled to |w|² = N) and accepted when it lowers ‖g‖ (then μ ← μ/4), else rejected
 * (μ ← 4μ). The Riemannian Hessian in ambient coordinates is P∇²f P − c·P (geometry.ts), c = (w·∇f)/N on the
 * sphere, P the tangent projection; its extra eigenvector along w (eigenvalue 0) is orthogonal to g and does not
 * contribute.
 *
 * Convergence criterion: ‖grad_R f‖ / √energyScale < tolerance (for the spin glass ‖grad_R H‖/√N, the RMS
 * component, as in gradient-descent.ts). Runs that do not reach it within maxIterations, or whose damping
 * exceeds maxDamping (stuck at a non-zero local minimum of ‖g‖), report converged = false and must not be
 * counted as critical points.
 *
 * Cost per iteration: one dense Hessian (landscape.hessian, or D Hessian-vector products) and one symmetric
 * eigendecomposition (O(D³)), so this is for small D (tens to a few hundreds).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Landscape } from '../landscape/landscape.js';
import { symmetrizeInPlace } from '../linalg/symmetrize.js';
import { norm } from '../linalg/vector.js';
import { euclideanHessian } from './hessian-index.js';
import { gradientScale } from './run-result.js';

export interface CriticalPointSearchOptions {
  /** Stop when ‖grad_R f‖ / √energyScale < tolerance. */
  tolerance: number;
  /** The most iterations (accepted or rejected trial steps). */
  maxIterations: number;
  /** μ0, the initial damping (default 1; Hessian eigenvalues of the spin glass are O(1)). */
  initialDamping?: number;
  /** Give up (converged = false) when μ grows past this (default 1e12). */
  maxDamping?: number;
  /** Longest step, as a multiple of √energyScale (default 0.5: at most a 0.5-radian move on the sphere). */
  maxStep?: number;
}

export const DEFAULT_CRITICAL_POINT_SEARCH_OPTIONS: Readonly<Required<CriticalPointSearchOptions>> = Object.freeze({
  tolerance: 1e-9,
  maxIterations: 200,
  initialDamping: 1,
  maxDamping: 1e12,
  maxStep: 0.5,
});

export interface CriticalPointRun {
  /** The final point (a fresh array). */
  point: Float64Array;
  energy: number;
  /** energy / energyScale. */
  scaledEnergy: number;
  /** ‖grad_R f‖ at the final point (unscaled). */
  gradNorm: number;
  /** gradNorm / √energyScale, the quantity compared with the tolerance. */
  scaledGradNorm: number;
  /** Iterations taken (trial steps, accepted or rejected). */
  iterations: number;
  /** Whether scaledGradNorm < tolerance. */
  converged: boolean;
  /** Value-and-gradient evaluations of f (the start, each trial point, and one per Hessian). */
  gradientEvaluations: number;
  /** Dense Hessians computed (one at the start and one after each accepted step, while not converged). */
  hessianEvaluations: number;
}

function checkOptions(o: Required<CriticalPointSearchOptions>): void {
  if (!(o.tolerance > 0) || !Number.isFinite(o.tolerance)) throw new RangeError(`tolerance must be positive`);
  if (!Number.isInteger(o.maxIterations) || o.maxIterations < 0)
    throw new RangeError(`maxIterations must be a non-negative integer, got ${o.maxIterations}`);
  if (!(o.initialDamping > 0) || !(o.maxDamping >= o.initialDamping))
    throw new RangeError('need 0 < initialDamping ≤ maxDamping');
  if (!(o.maxStep > 0)) throw new RangeError('maxStep must be positive');
}

/** The Riemannian gradient P∇f at w, written into `out`; returns f(w). */
function riemannianGradient(landscape: Landscape, w: Float64Array, euclideanGrad: Float64Array, out: Float64Array) {
  const f = landscape.valueAndGradient(w, euclideanGrad);
  landscape.geometry.projectTangent(w, euclideanGrad, out);
  return f;
}

/**
 * The Riemannian Hessian at w as a D×D ambient matrix P∇²f P − c·P (row-major, symmetric): it acts as Hess_R f
 * on tangent vectors and maps the normal direction to 0.
 */
export function ambientRiemannianHessian(landscape: Landscape, w: Float64Array): Float64Array {
  const d = landscape.dimension;
  const geometry = landscape.geometry;
  const grad = new Float64Array(d);
  landscape.valueAndGradient(w, grad);
  const c = geometry.hessianShift(w, grad);
  const a = euclideanHessian(landscape, w);
  const column = new Float64Array(d);
  // Project the columns (A ← A P is the same as P A for symmetric A, then transposed), then the rows.
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < d; i++) column[i] = a[i * d + j];
    geometry.projectTangent(w, column, column);
    for (let i = 0; i < d; i++) a[i * d + j] = column[i];
  }
  const row = new Float64Array(d);
  const unit = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    row.set(a.subarray(i * d, (i + 1) * d));
    geometry.projectTangent(w, row, row);
    a.set(row, i * d);
  }
  if (c !== 0) {
    for (let j = 0; j < d; j++) {
      unit.fill(0);
      unit[j] = 1;
      geometry.projectTangent(w, unit, unit); // column j of P
      for (let i = 0; i < d; i++) a[i * d + j] -= c * unit[i];
    }
  }
  return symmetrizeInPlace(a, d);
}

/**
 * Search for a critical point from `start` (on the manifold; not modified). Deterministic: the same start gives
 * the same run bit for bit.
 */
export function criticalPointSearch(
  landscape: Landscape,
  start: Float64Array,
  options: Partial<CriticalPointSearchOptions> = {},
): CriticalPointRun {
  const o: Required<CriticalPointSearchOptions> = { ...DEFAULT_CRITICAL_POINT_SEARCH_OPTIONS, ...options };
  checkOptions(o);
  const d = landscape.dimension;
  if (start.length !== d) throw new RangeError(`start has length ${start.length}, landscape dimension is ${d}`);
  const geometry = landscape.geometry;
  const scale = gradientScale(landscape);
  const maxStepNorm = o.maxStep * scale;
  let w = Float64Array.from(start);
  const eg = new Float64Array(d);
  let g = new Float64Array(d);
  let f = riemannianGradient(landscape, w, eg, g);
  let gn = norm(g);
  let mu = o.initialDamping;
  let iterations = 0;
  let trial = new Float64Array(d);
  let trialG = new Float64Array(d);
  const step = new Float64Array(d);
  // Eigenpairs of the Hessian at the current point (recomputed only after an accepted step).
  let values: number[] = [];
  let vectors: Matrix | null = null;
  let projections: Float64Array = new Float64Array(d);
  let gradientEvaluations = 1;
  let hessianEvaluations = 0;
  while (Number.isFinite(gn) && gn / scale >= o.tolerance && iterations < o.maxIterations && mu <= o.maxDamping) {
    if (vectors === null) {
      const hessian = ambientRiemannianHessian(landscape, w);
      hessianEvaluations++;
      gradientEvaluations++; // ambientRiemannianHessian evaluates the gradient for the shift c
      const rows = Array.from({ length: d }, (_, i) => Array.from(hessian.subarray(i * d, (i + 1) * d)));
      const decomposition = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
      values = decomposition.realEigenvalues;
      vectors = decomposition.eigenvectorMatrix;
      projections = new Float64Array(d);
      for (let k = 0; k < d; k++) {
        let s = 0;
        for (let i = 0; i < d; i++) s += vectors.get(i, k) * g[i];
        projections[k] = s;
      }
    }
    step.fill(0);
    for (let k = 0; k < d; k++) {
      const lambda = values[k];
      const coefficient = (-lambda / (lambda * lambda + mu)) * projections[k];
      if (coefficient === 0) continue;
      for (let i = 0; i < d; i++) step[i] += coefficient * vectors.get(i, k);
    }
    geometry.projectTangent(w, step, step);
    const length = norm(step);
    if (length > maxStepNorm) for (let i = 0; i < d; i++) step[i] *= maxStepNorm / length;
    geometry.retract(w, step, trial);
    const trialF = riemannianGradient(landscape, trial, eg, trialG);
    const trialN = norm(trialG);
    gradientEvaluations++;
    iterations++;
    if (Number.isFinite(trialN) && trialN < gn) {
      [w, trial] = [trial, w];
      [g, trialG] = [trialG, g];
      f = trialF;
      gn = trialN;
      mu = Math.max(mu / 4, 1e-12);
      vectors = null;
    } else {
      mu *= 4;
    }
  }
  return {
    point: w,
    energy: f,
    scaledEnergy: f / landscape.energyScale,
    gradNorm: gn,
    scaledGradNorm: gn / scale,
    iterations,
    converged: Number.isFinite(gn) && gn / scale < o.tolerance,
    gradientEvaluations,
    hessianEvaluations,
  };
}
