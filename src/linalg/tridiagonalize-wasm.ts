/**
 * Householder tridiagonalisation, eigenvalues only, in WebAssembly SIMD (src/wasm/assembly/tridiagonalize.ts):
 * the reflectors of {@link tridiagonalize} (the JavaScript reference), with the rank-2 update of step i fused with
 * the symmetric matrix-vector product of step i−1 so that the trailing lower triangle is streamed once per step,
 * two rows at a time on f64x2 lanes. Sums are reordered relative to the reference, so the tridiagonal agrees with
 * it to rounding (a backward-stable reduction either way: both are exactly similar to A + E, ‖E‖ = O(n ε ‖A‖)),
 * not bit for bit. The result is a pure function of the input (one thread, fixed operation order).
 */
import { WasmArena } from '../core/wasm-kernel.js';
import type { Tridiagonal } from './tridiagonalize.js';

interface TridiagonalizeExports extends WebAssembly.Exports {
  tridiagonalize(
    a: number,
    stride: number,
    n: number,
    d: number,
    e: number,
    u: number,
    q: number,
    v: number,
    p: number,
  ): number;
}

let arena: WasmArena<TridiagonalizeExports> | null = null;

/**
 * A call whose matrix needs more than this many bytes of linear memory drops the instance afterwards, so that a
 * one-off large reduction (62 MB at n = 2785) does not stay allocated for the life of the thread.
 */
const RETAINED_BYTES = 32 * 1024 * 1024;

/** The kernel instance of this thread (created on first use; a missing .wasm throws kernelModule's error). */
function kernelArena(): WasmArena<TridiagonalizeExports> {
  if (arena === null) arena = new WasmArena<TridiagonalizeExports>('tridiagonalize');
  return arena;
}

/**
 * Orthogonally similar tridiagonal form of the symmetric n×n matrix `matrix` (row-major). Only the lower
 * triangle (row i, columns ≤ i) is read; the input is not modified. Same contract and errors as
 * {@link tridiagonalize}.
 */
export function tridiagonalizeWasm(matrix: Float64Array, n: number): Tridiagonal {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`tridiagonalize: n must be a non-negative integer, got ${n}`);
  if (matrix.length !== n * n)
    throw new RangeError(`tridiagonalize: matrix has ${matrix.length} entries, expected n² = ${n * n}`);
  for (let k = 0; k < matrix.length; k++) {
    if (!Number.isFinite(matrix[k])) throw new RangeError(`tridiagonalize: entry ${k} is not finite (${matrix[k]})`);
  }
  const diagonal = new Float64Array(n);
  const offDiagonal = new Float64Array(Math.max(n - 1, 0));
  if (n === 0) return { diagonal, offDiagonal };
  const w = kernelArena();
  const mark = w.mark();
  try {
    const stride = n + (n & 1); // even, so that every row starts on a 16-byte boundary
    const aRegion = w.allocate(n * stride);
    const dRegion = w.allocate(n);
    const eRegion = w.allocate(n);
    const scratch = Array.from({ length: 4 }, () => w.allocate(stride));
    const a = w.f64(aRegion);
    for (let i = 0; i < n; i++) a.set(matrix.subarray(i * n, i * n + i + 1), i * stride);
    const status = w.exports.tridiagonalize(
      aRegion.offset,
      stride,
      n,
      dRegion.offset,
      eRegion.offset,
      scratch[0].offset,
      scratch[1].offset,
      scratch[2].offset,
      scratch[3].offset,
    );
    if (status === 1) throw new RangeError('tridiagonalize: a row sum overflows; rescale the matrix');
    diagonal.set(w.f64(dRegion));
    offDiagonal.set(w.f64(eRegion).subarray(0, n - 1));
  } finally {
    w.release(mark);
    if (n * n * 8 > RETAINED_BYTES) arena = null;
  }
  return { diagonal, offDiagonal };
}
