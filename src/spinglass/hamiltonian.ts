/**
 * The Hamiltonian of the spherical p-spin glass — THE normalisation of the project (the paper's spin-glass
 * Hamiltonian of section 3, with N for Λ and p for H; the README's conventions quote this comment):
 *
 *   H(w) = N^{-(p-1)/2} · Σ_{i1,…,ip = 1..N} J_{i1…ip} w_{i1} ⋯ w_{ip},    |w|² = N,
 *
 * the sum running over all ordered p-tuples, J i.i.d. with mean 0 and variance 1. The scaled energy is H/N.
 * Then Var_J H(w) = N^{-(p-1)} Σ (w_{i1}⋯w_{ip})² = N^{-(p-1)} |w|^{2p} = N, and more generally
 *   E_J[H(w) H(w')] = N^{-(p-1)} (w·w')^p = N·R^p,    R = w·w'/N.
 *
 * Storage is packed (see packed-couplings.ts): one coefficient per multiset i1 ≤ … ≤ ip. The energy is
 * s·Σ c·Π w and the Euclidean gradient s·∇(Σ c·Π w) with s = N^{-(p-1)/2}. H is homogeneous of degree p,
 * so Euler's identity w·∇H(w) = p·H(w) holds.
 */
import type { CouplingKernel } from './coupling-kernel.js';
import { cubicEnergy } from './cubic-kernel.js';
import { generalEnergiesAndGradients } from './general-kernel.js';
import type { PackedCouplings } from './packed-couplings.js';

/** s = N^{-(p-1)/2}, the factor in front of the coupling sum. */
export function hamiltonianScale(n: number, p: number): number {
  return n ** (-(p - 1) / 2);
}

function checkBatch(c: PackedCouplings, points: Float64Array, batch: number, values: Float64Array): void {
  if (!Number.isInteger(batch) || batch < 1) throw new RangeError(`batch must be a positive integer, got ${batch}`);
  if (points.length < batch * c.n) throw new RangeError(`points holds ${points.length} numbers, need ${batch * c.n}`);
  if (values.length < batch) throw new RangeError(`values holds ${values.length} numbers, need ${batch}`);
}

/**
 * Energies H(w_b) and Euclidean gradients ∇H(w_b) of B replicas sharing one coupling sample, in one pass over
 * the coefficients, by the given kernel (coupling-kernel.ts). `points` and `grads` are row-major B×N. A batch
 * equals B single calls bit for bit: the kernels perform the same operations in the same order for each replica
 * whatever B is.
 */
export function energiesAndGradients(
  kernel: CouplingKernel,
  points: Float64Array,
  batch: number,
  values: Float64Array,
  grads: Float64Array,
): void {
  const c = kernel.couplings;
  checkBatch(c, points, batch, values);
  const { n, p } = c;
  if (grads.length < batch * n) throw new RangeError(`grads holds ${grads.length} numbers, need ${batch * n}`);
  const raw = new Float64Array(batch);
  const rawGrads = new Float64Array(batch * n);
  kernel.rawEnergiesAndGradients(points, batch, raw, rawGrads);
  const s = hamiltonianScale(n, p);
  for (let b = 0; b < batch; b++) values[b] = s * raw[b];
  for (let i = 0; i < batch * n; i++) grads[i] = s * rawGrads[i];
}

/** Energies only; equal bit for bit to the energies of {@link energiesAndGradients}. */
export function energies(c: PackedCouplings, points: Float64Array, batch: number, values: Float64Array): void {
  checkBatch(c, points, batch, values);
  const { n, p } = c;
  const raw = new Float64Array(batch);
  if (p === 3) {
    for (let b = 0; b < batch; b++) raw[b] = cubicEnergy(c.coefficients, n, points.subarray(b * n, (b + 1) * n));
  } else {
    generalEnergiesAndGradients(c.coefficients, n, p, points, batch, raw, null);
  }
  const s = hamiltonianScale(n, p);
  for (let b = 0; b < batch; b++) values[b] = s * raw[b];
}
