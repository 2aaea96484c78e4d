import { InputError } from '../core/input-error.js';
import { coefficientCount, multiplicity, nextMultiset, type PackedCouplings } from './packed-couplings.js';

/**
 * Conversion between the full ordered coupling tensor J (N^p entries, C order: J[i1,…,ip] at
 * Σ_q i_q·N^{p−1−q}) and packed couplings (one coefficient per multiset, see packed-couplings.ts).
 * Both give the same Hamiltonian: Σ_{ordered} J Π w = Σ_{multisets} c Π w.
 */

/** Flat C-order offset of a tuple in the full tensor. */
function offset(tuple: ArrayLike<number>, n: number): number {
  let o = 0;
  for (let q = 0; q < tuple.length; q++) o = o * n + tuple[q];
  return o;
}

/** Next permutation in lexicographic order, in place (false after the last). Visits each distinct ordering once. */
function nextPermutation(a: Int32Array): boolean {
  let i = a.length - 2;
  while (i >= 0 && a[i] >= a[i + 1]) i--;
  if (i < 0) return false;
  let j = a.length - 1;
  while (a[j] <= a[i]) j--;
  [a[i], a[j]] = [a[j], a[i]];
  for (let l = i + 1, r = a.length - 1; l < r; l++, r--) [a[l], a[r]] = [a[r], a[l]];
  return true;
}

/** N^p as a safe integer, or an InputError. */
function fullLength(n: number, p: number): number {
  const len = n ** p;
  if (!Number.isSafeInteger(len)) throw new InputError(`a full ${p}-tensor with N=${n} is too large`);
  return len;
}

/**
 * Symmetrise a full ordered tensor into packed couplings: the coefficient of a multiset is the sum of the
 * ordered entries over its distinct orderings. Wrong length → InputError (the tensor usually comes from a file).
 */
export function packFullTensor(n: number, p: number, full: Float64Array): PackedCouplings {
  if (!Number.isInteger(n) || n < 1) throw new InputError(`tensor dimension N must be a positive integer, got ${n}`);
  if (!Number.isInteger(p) || p < 2) throw new InputError(`tensor order p must be an integer ≥ 2, got ${p}`);
  const len = fullLength(n, p);
  if (full.length !== len)
    throw new InputError(`a full tensor with N=${n}, p=${p} has ${len} entries, got ${full.length}`);
  const coefficients = new Float64Array(coefficientCount(n, p));
  const tuple = new Int32Array(p);
  const perm = new Int32Array(p);
  let idx = 0;
  do {
    perm.set(tuple);
    let sum = 0;
    do sum += full[offset(perm, n)];
    while (nextPermutation(perm));
    coefficients[idx++] = sum;
  } while (nextMultiset(tuple, n));
  return { n, p, coefficients };
}

/**
 * The full ordered tensor of packed couplings, each coefficient spread equally over its m distinct
 * orderings (J_ordered = c/m), so that the Hamiltonian is unchanged and packing it again returns c
 * (up to rounding of c/m·m).
 */
export function unpackToFullTensor(c: PackedCouplings): Float64Array {
  const { n, p, coefficients } = c;
  const full = new Float64Array(fullLength(n, p));
  const tuple = new Int32Array(p);
  const perm = new Int32Array(p);
  let idx = 0;
  do {
    const value = coefficients[idx++] / multiplicity(tuple);
    perm.set(tuple);
    do full[offset(perm, n)] = value;
    while (nextPermutation(perm));
  } while (nextMultiset(tuple, n));
  return full;
}
