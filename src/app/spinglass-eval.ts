/**
 * `landscape spinglass eval`: a p-spin glass given by a full coupling tensor (.npy) at one point (.npy) — energy,
 * Euclidean and Riemannian gradients, the tangent Hessian spectrum and index — and its human-readable form.
 */
import { InputError } from '../core/input-error.js';
import { readNpy } from '../io/npy.js';
import { dot, norm } from '../linalg/vector.js';
import { hessianIndex } from '../optim/hessian-index.js';
import { assertFiniteEntries, readCouplingsFile } from '../spinglass/couplings-file.js';

/** What `landscape spinglass eval --json` prints. */
export interface SpinglassEvalReport {
  n: number;
  p: number;
  /** H(w) (not divided by N). */
  energy: number;
  /** Euclidean gradient ∇H(w). */
  gradient: number[];
  /** Tangent projection of the gradient. */
  riemannianGradient: number[];
  /** Eigenvalues of the Riemannian Hessian on the tangent space (N−1 of them), ascending. */
  hessianEigenvalues: number[];
  /** Number of negative eigenvalues (|λ| < 1e-3 counts as zero). */
  index: number;
}

/** A point must satisfy | |w|² − N | ≤ this · N; it is never rescaled. */
export const SPHERE_TOLERANCE = 1e-8;

/**
 * Evaluate the p-spin Hamiltonian given by a full ordered coupling tensor J (shape N×…×N, p ≥ 2 axes,
 * H(w) = N^{-(p-1)/2} Σ J_{i1…ip} w_{i1}⋯w_{ip}) at a point w (shape (N,), |w|² = N).
 * Bad files, shapes or points → InputError.
 */
export function evaluateSpinGlassFiles(couplingsPath: string, pointPath: string): SpinglassEvalReport {
  const landscape = readCouplingsFile(couplingsPath);
  const { n } = landscape;
  const point = readNpy(pointPath);
  if (point.shape.length !== 1 || point.shape[0] !== n) {
    throw new InputError(`--point must have shape (${n},) to match the couplings, got (${point.shape.join(', ')})`);
  }
  const w = point.data;
  assertFiniteEntries(w, '--point');
  const norm2 = dot(w, w);
  if (Math.abs(norm2 - n) > SPHERE_TOLERANCE * n) {
    throw new InputError(`--point is not on the sphere |w|² = N = ${n}: |w|² = ${norm2}`);
  }
  const gradient = new Float64Array(n);
  const energy = landscape.valueAndGradient(w, gradient);
  const riemannian = landscape.geometry.projectTangent(w, gradient, new Float64Array(n));
  const { eigenvalues, index } = hessianIndex(landscape, w, { exactLimit: Number.POSITIVE_INFINITY });
  return {
    n,
    p: landscape.p,
    energy,
    gradient: Array.from(gradient),
    riemannianGradient: Array.from(riemannian),
    hessianEigenvalues: Array.from(eigenvalues),
    index,
  };
}

/** The human-readable form. */
export function formatSpinglassEvalReport(r: SpinglassEvalReport): string {
  const eig = r.hessianEigenvalues;
  const shown = eig.length <= 8 ? eig : [...eig.slice(0, 4), ...eig.slice(-4)];
  return `${[
    `${r.p}-spin glass, N = ${r.n}`,
    `energy H(w)          ${r.energy}`,
    `scaled energy H/N    ${r.energy / r.n}`,
    `|∇H|                 ${norm(Float64Array.from(r.gradient))}`,
    `|Riemannian ∇H|      ${norm(Float64Array.from(r.riemannianGradient))}`,
    `index                ${r.index} of ${r.n - 1} (normalized ${r.index / (r.n - 1)})`,
    `Hessian eigenvalues  ${shown.map((x) => x.toPrecision(6)).join(' ')}${eig.length > 8 ? ' (lowest 4, highest 4)' : ''}`,
  ].join('\n')}\n`;
}
