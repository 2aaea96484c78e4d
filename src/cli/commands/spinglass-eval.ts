import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { readNpy } from '../../io/npy.js';
import { inertia } from '../../linalg/inertia.js';
import { symmetricEigenvalues } from '../../linalg/symmetric-eigenvalues.js';
import { riemannianHessian } from '../../optim/hessian-index.js';
import { packFullTensor } from '../../spinglass/full-tensor.js';
import { SpinGlassLandscape } from '../../spinglass/spin-glass-landscape.js';
import { InputError } from '../input-error.js';

interface SpinglassEvalArgs {
  couplings: string;
  point: string;
  json: boolean;
}

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

function assertFinite(data: Float64Array, what: string): void {
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) throw new InputError(`${what} has a non-finite entry at flat index ${i}`);
  }
}

/**
 * Evaluate the p-spin Hamiltonian given by a full ordered coupling tensor J (shape N×…×N, p ≥ 2 axes,
 * H(w) = N^{-(p-1)/2} Σ J_{i1…ip} w_{i1}⋯w_{ip}) at a point w (shape (N,), |w|² = N).
 * Bad files, shapes or points → InputError.
 */
export function evaluateSpinGlassFiles(couplingsPath: string, pointPath: string): SpinglassEvalReport {
  const tensor = readNpy(couplingsPath);
  const p = tensor.shape.length;
  const n = tensor.shape[0];
  if (p < 2 || tensor.shape.some((d) => d !== n) || n < 2) {
    throw new InputError(
      `--couplings must be a full tensor of shape N×…×N (p ≥ 2 equal axes, N ≥ 2), got shape (${tensor.shape.join(', ')})`,
    );
  }
  assertFinite(tensor.data, '--couplings');
  const point = readNpy(pointPath);
  if (point.shape.length !== 1 || point.shape[0] !== n) {
    throw new InputError(`--point must have shape (${n},) to match the couplings, got (${point.shape.join(', ')})`);
  }
  const w = point.data;
  assertFinite(w, '--point');
  let norm2 = 0;
  for (let i = 0; i < n; i++) norm2 += w[i] * w[i];
  if (Math.abs(norm2 - n) > SPHERE_TOLERANCE * n) {
    throw new InputError(`--point is not on the sphere |w|² = N = ${n}: |w|² = ${norm2}`);
  }
  const landscape = SpinGlassLandscape.fromCouplings(packFullTensor(n, p, tensor.data));
  const gradient = new Float64Array(n);
  const energy = landscape.valueAndGradient(w, gradient);
  const riemannian = landscape.geometry.projectTangent(w, gradient, new Float64Array(n));
  const eigenvalues = symmetricEigenvalues(riemannianHessian(landscape, w), n - 1);
  return {
    n,
    p,
    energy,
    gradient: Array.from(gradient),
    riemannianGradient: Array.from(riemannian),
    hessianEigenvalues: Array.from(eigenvalues),
    index: inertia(eigenvalues).negative,
  };
}

function norm(v: number[]): number {
  return Math.sqrt(v.reduce((s, x) => s + x * x, 0));
}

/** The human-readable form. */
export function formatSpinglassEvalReport(r: SpinglassEvalReport): string {
  const eig = r.hessianEigenvalues;
  const shown = eig.length <= 8 ? eig : [...eig.slice(0, 4), ...eig.slice(-4)];
  return `${[
    `${r.p}-spin glass, N = ${r.n}`,
    `energy H(w)          ${r.energy}`,
    `scaled energy H/N    ${r.energy / r.n}`,
    `|∇H|                 ${norm(r.gradient)}`,
    `|Riemannian ∇H|      ${norm(r.riemannianGradient)}`,
    `index                ${r.index} of ${r.n - 1} (normalized ${r.index / (r.n - 1)})`,
    `Hessian eigenvalues  ${shown.map((x) => x.toPrecision(6)).join(' ')}${eig.length > 8 ? ' (lowest 4, highest 4)' : ''}`,
  ].join('\n')}\n`;
}

export const spinglassEvalCommand: CommandModule<object, SpinglassEvalArgs> = {
  command: 'eval',
  describe: 'Energy, gradients, tangent Hessian spectrum and index of a p-spin glass at a point (.npy files)',
  builder: (y: Argv) =>
    y
      .option('couplings', {
        type: 'string',
        demandOption: true,
        describe: 'full ordered coupling tensor J, float64 .npy of shape N×…×N (p axes)',
      })
      .option('point', {
        type: 'string',
        demandOption: true,
        describe: 'point w, float64 .npy of shape (N,), |w|² = N',
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'print one JSON object',
      }) as unknown as Argv<SpinglassEvalArgs>,
  handler(args: ArgumentsCamelCase<SpinglassEvalArgs>) {
    const report = evaluateSpinGlassFiles(args.couplings, args.point);
    process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : formatSpinglassEvalReport(report));
  },
};
