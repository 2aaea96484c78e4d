/**
 * Eigenvalues of a symmetric tridiagonal matrix by the root-free (Pal–Walker–Kahan) QL algorithm in WebAssembly
 * (src/wasm/assembly/tridiagonal-eigenvalues.ts; the algorithm of LAPACK dsterf). Same contract as
 * {@link tridiagonalEigenvalues} (the JavaScript implicit QL, its reference), about twice as fast: a rotation needs
 * no square root. Agrees with the reference to O(n ε ‖T‖), not bit for bit.
 */
import { WasmArena } from '../core/wasm-kernel.js';
import { DEFAULT_QL_MAX_SWEEPS } from './tridiagonal-ql.js';

interface TridiagonalEigenvaluesExports extends WebAssembly.Exports {
  tridiagonalEigenvalues(d: number, e: number, n: number, budget: number, pair: number): number;
}

let arena: WasmArena<TridiagonalEigenvaluesExports> | null = null;

function kernelArena(): WasmArena<TridiagonalEigenvaluesExports> {
  if (arena === null) arena = new WasmArena<TridiagonalEigenvaluesExports>('tridiagonal-eigenvalues');
  return arena;
}

/**
 * All eigenvalues, ascending, of the symmetric tridiagonal matrix with the given diagonal (length n) and
 * off-diagonal (length n−1). Inputs are not modified. Throws if the eigenvalues need more than `maxSweeps`·n
 * QL sweeps in all (LAPACK's budget; never observed for finite input with the default).
 */
export function tridiagonalEigenvaluesWasm(
  diagonal: Float64Array,
  offDiagonal: Float64Array,
  maxSweeps: number = DEFAULT_QL_MAX_SWEEPS,
): Float64Array {
  const n = diagonal.length;
  if (offDiagonal.length !== Math.max(n - 1, 0)) {
    throw new RangeError(
      `tridiagonalEigenvalues: offDiagonal has length ${offDiagonal.length}, expected ${Math.max(n - 1, 0)}`,
    );
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(diagonal[i])) throw new RangeError(`tridiagonalEigenvalues: diagonal[${i}] is not finite`);
  }
  for (let i = 0; i < n - 1; i++) {
    if (!Number.isFinite(offDiagonal[i]))
      throw new RangeError(`tridiagonalEigenvalues: offDiagonal[${i}] is not finite`);
  }
  const values = new Float64Array(n);
  if (n === 0) return values;
  const w = kernelArena();
  const mark = w.mark();
  try {
    const dRegion = w.allocate(n);
    const eRegion = w.allocate(n);
    const pair = w.allocate(2);
    w.f64(dRegion).set(diagonal);
    const e = w.f64(eRegion);
    e.set(offDiagonal);
    e[n - 1] = 0;
    const budget = maxSweeps * n;
    const sweeps = w.exports.tridiagonalEigenvalues(dRegion.offset, eRegion.offset, n, budget, pair.offset);
    if (sweeps < 0) throw new Error(`tridiagonal QL: no convergence within ${budget} sweeps (n = ${n})`);
    values.set(w.f64(dRegion));
  } finally {
    w.release(mark);
  }
  return values.sort();
}
