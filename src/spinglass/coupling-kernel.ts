/**
 * The kernel that evaluates Σ c·Π w and its gradient over packed couplings, chosen by name. A landscape holds one
 * (SpinGlassLandscape.kernel), so which code runs is a property one can read and test, not a consequence of which
 * allocator made an array:
 *
 * - 'webassembly-cubic' (p = 3): the SIMD kernel of cubic-kernel-wasm.ts, the couplings in its linear memory;
 * - 'javascript-cubic' (p = 3): cubic-kernel.ts, bit-identical to the WebAssembly kernel (tested);
 * - 'javascript-general' (any p): general-kernel.ts.
 *
 * {@link couplingKernel} picks the fastest by default ('webassembly-cubic' for p = 3, 'javascript-general' else);
 * `'javascript'` asks for the JavaScript kernels (the reference the WebAssembly one is tested against).
 */
import { cubicEnergiesAndGradients } from './cubic-kernel.js';
import { CubicWasmKernel } from './cubic-kernel-wasm.js';
import { generalEnergiesAndGradients } from './general-kernel.js';
import { coefficientCount, type PackedCouplings } from './packed-couplings.js';

export type CouplingKernelName = 'webassembly-cubic' | 'javascript-cubic' | 'javascript-general';

/** 'fastest': WebAssembly where there is a kernel for p (p = 3), JavaScript otherwise. */
export type KernelChoice = 'fastest' | 'javascript';

export interface CouplingKernel {
  readonly name: CouplingKernelName;
  /** The couplings it evaluates (for the WebAssembly kernel, a view of its memory). */
  readonly couplings: PackedCouplings;
  /**
   * Unscaled sums Σ c·Π w (`raw`, B entries) and their gradients (`rawGrads`, row-major B×N) of B replicas
   * (`points`, row-major B×N). Every replica gets the same numbers whatever B is.
   */
  rawEnergiesAndGradients(points: Float64Array, batch: number, raw: Float64Array, rawGrads: Float64Array): void;
}

/** The JavaScript kernel of the couplings (cubic for p = 3, general otherwise); evaluates them in place. */
export function javascriptKernel(couplings: PackedCouplings): CouplingKernel {
  const { n, p, coefficients } = couplings;
  if (p === 3) {
    return {
      name: 'javascript-cubic',
      couplings,
      rawEnergiesAndGradients: (points, batch, raw, rawGrads) =>
        cubicEnergiesAndGradients(coefficients, n, points, batch, raw, rawGrads),
    };
  }
  return {
    name: 'javascript-general',
    couplings,
    rawEnergiesAndGradients: (points, batch, raw, rawGrads) =>
      generalEnergiesAndGradients(coefficients, n, p, points, batch, raw, rawGrads),
  };
}

/**
 * A WebAssembly 3-spin kernel for N spins whose coefficients `fill` writes straight into the kernel's memory
 * (zeroed before the call): how sampled couplings are made, without a copy.
 */
export function webAssemblyCubicKernel(n: number, fill: (coefficients: Float64Array) => void): CouplingKernel {
  const wasm = new CubicWasmKernel(n);
  fill(wasm.coefficients);
  return {
    name: 'webassembly-cubic',
    couplings: { n, p: 3, coefficients: wasm.coefficients },
    rawEnergiesAndGradients: (points, batch, raw, rawGrads) => wasm.energiesAndGradients(points, batch, raw, rawGrads),
  };
}

/** The kernel `choice` names for these couplings; the WebAssembly kernel evaluates a copy in its own memory. */
export function couplingKernel(couplings: PackedCouplings, choice: KernelChoice = 'fastest'): CouplingKernel {
  if (choice === 'javascript' || couplings.p !== 3) return javascriptKernel(couplings);
  if (couplings.coefficients.length !== coefficientCount(couplings.n, 3)) {
    throw new RangeError(`a 3-spin sample of N=${couplings.n} has ${coefficientCount(couplings.n, 3)} coefficients`);
  }
  return webAssemblyCubicKernel(couplings.n, (out) => out.set(couplings.coefficients));
}
