/**
 * The one couplings file format: the full ordered coupling tensor J as a float64 .npy of shape N×…×N (p equal
 * axes), H(w) = N^{-(p-1)/2} Σ J_{i1…ip} w_{i1}⋯w_{ip}. Read by `landscape spinglass --couplings` and
 * `landscape spinglass eval`, written by `landscape spinglass --save-couplings`. Bad files → InputError.
 */
import { InputError } from '../core/input-error.js';
import { readNpy, writeNpy } from '../io/npy.js';
import { packFullTensor, unpackToFullTensor } from './full-tensor.js';
import { SpinGlassLandscape } from './spin-glass-landscape.js';

/** Every entry finite, or an InputError naming the first bad flat index. */
export function assertFiniteEntries(data: Float64Array, what: string): void {
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) throw new InputError(`${what} has a non-finite entry at flat index ${i}`);
  }
}

/**
 * The landscape of a couplings file: shape N×…×N with p ≥ 2 equal axes and N ≥ 2, every entry finite. `what`
 * names the file in messages (the flag that gave it).
 */
export function readCouplingsFile(path: string, what = '--couplings'): SpinGlassLandscape {
  const tensor = readNpy(path);
  const p = tensor.shape.length;
  const n = tensor.shape[0];
  if (p < 2 || n < 2 || tensor.shape.some((d) => d !== n)) {
    throw new InputError(
      `${what} must be a full tensor of shape N×…×N (p ≥ 2 equal axes, N ≥ 2), got shape (${tensor.shape.join(', ')})`,
    );
  }
  assertFiniteEntries(tensor.data, what);
  return SpinGlassLandscape.fromCouplings(packFullTensor(n, p, tensor.data));
}

/** Write a landscape's couplings as the full tensor file {@link readCouplingsFile} reads back. */
export function writeCouplingsFile(path: string, landscape: SpinGlassLandscape): void {
  writeNpy(path, new Array<number>(landscape.p).fill(landscape.n), unpackToFullTensor(landscape.couplings));
}
