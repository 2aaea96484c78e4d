/**
 * The WebAssembly SIMD version of cubicEnergiesAndGradients (cubic-kernel.ts, p = 3), bit-identical to it: the kernel
 * (src/wasm/assembly/cubic.ts) puts two replicas in the two lanes of an f64x2 and streams four coefficient rows
 * at a time, keeping every accumulator's additions in the JavaScript order (see the comment there).
 *
 * The couplings live inside the kernel's linear memory, once per coupling sample: a {@link CubicWasmKernel} owns
 * a shared WebAssembly.Memory sized for the coefficients plus a fixed scratch area, and exposes a Float64Array
 * view of the coefficients that the sampler fills. The memory never grows, so the view stays valid. Which kernel
 * a landscape uses is chosen by name in coupling-kernel.ts.
 *
 * Batches larger than the scratch area go through in chunks; with two threads the replica pairs of a chunk are
 * split between the caller and a helper thread (cubic-helper-thread.ts) sharing the memory. Each replica is
 * computed by one thread with the same operations, so results are the same for every thread count and chunking.
 */
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { kernelModule } from '../core/wasm-kernel.js';
import { CubicHelperThread, type CubicPairsArgs } from './cubic-helper-thread.js';
import { coefficientCount } from './packed-couplings.js';

interface CubicExports {
  heapBase(): number;
  cubicPairs(...args: CubicPairsArgs): void;
}

const PAGE = 65536;
/** Bytes below the arrays left to the module's static data (its heapBase, checked at instantiation). */
const STATIC_RESERVE = 4096;
/** Replicas per kernel call (even: whole pairs). Scratch = 4·CHUNK·N + 5·CHUNK doubles. */
const CHUNK = 128;

/** Threading of the kernel: `threads` ∈ {1, 2}; a batch is split only when each thread gets at least
 * `minPairWork` coefficient-pair products (pairs × C(N+2, 3)), so small calls stay on the caller. */
export interface CubicThreading {
  threads: number;
  minPairWork: number;
}

const threading: CubicThreading = {
  threads: isMainThread && availableParallelism() >= 2 ? 2 : 1,
  minPairWork: 2e6,
};

/** Set the kernel's threading (results do not depend on it). Defaults: 2 threads on the main thread of a
 * machine with ≥ 2 cores, 1 inside worker threads (the engine's pool already uses the cores); minPairWork 2e6. */
export function setCubicThreading(options: Partial<CubicThreading>): void {
  const threads = options.threads ?? threading.threads;
  const minPairWork = options.minPairWork ?? threading.minPairWork;
  if (threads !== 1 && threads !== 2) throw new RangeError(`cubic kernel threads must be 1 or 2, got ${threads}`);
  if (!(minPairWork >= 0)) throw new RangeError(`minPairWork must be ≥ 0, got ${minPairWork}`);
  threading.threads = threads;
  threading.minPairWork = minPairWork;
}

/** The current threading settings (a copy). */
export function cubicThreading(): CubicThreading {
  return { ...threading };
}

let helper: CubicHelperThread | undefined;

/** One coupling sample's memory, kernel instance and scratch. */
export class CubicWasmKernel {
  readonly n: number;
  readonly memory: WebAssembly.Memory;
  /** The packed coefficients (C(N+2, 3) doubles), a view of the memory. */
  readonly coefficients: Float64Array;
  private readonly exports: CubicExports;
  private readonly coef: number;
  private readonly points: Float64Array;
  private readonly grads: Float64Array;
  private readonly energies: Float64Array;
  private readonly w2: number;
  private readonly g2: number;
  private readonly e2: number;

  constructor(n: number) {
    const count = coefficientCount(n, 3);
    const doubles = count + 4 * CHUNK * n + 5 * CHUNK;
    const bytes = STATIC_RESERVE + 8 * doubles + 6 * 64; // each array starts on a 64-byte cache line
    const pages = Math.ceil(bytes / PAGE);
    if (pages > 65536) throw new RangeError(`N=${n}: the couplings do not fit in a 4 GiB WebAssembly memory`);
    this.memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    const instance = new WebAssembly.Instance(kernelModule('cubic'), {
      env: {
        memory: this.memory,
        abort: () => {
          throw new Error('wasm kernel cubic aborted');
        },
      },
    });
    this.exports = instance.exports as unknown as CubicExports;
    if (this.exports.heapBase() > STATIC_RESERVE) throw new Error('wasm kernel cubic: static data exceeds reserve');
    let top = STATIC_RESERVE;
    const take = (length: number): number => {
      const at = top;
      top = Math.ceil((top + 8 * length) / 64) * 64;
      return at;
    };
    const buffer = this.memory.buffer;
    this.n = n;
    this.coef = take(count);
    this.coefficients = new Float64Array(buffer, this.coef, count);
    this.points = new Float64Array(buffer, take(CHUNK * n), CHUNK * n);
    this.grads = new Float64Array(buffer, take(CHUNK * n), CHUNK * n);
    this.energies = new Float64Array(buffer, take(CHUNK), CHUNK);
    this.w2 = take(CHUNK * n);
    this.g2 = take(CHUNK * n);
    this.e2 = take(4 * CHUNK); // CHUNK/2 pairs × one 64-byte line
  }

  /** Same contract as cubicEnergiesAndGradients (cubic-kernel.ts) over this.coefficients (energies, grads overwritten). */
  energiesAndGradients(points: Float64Array, batch: number, energies: Float64Array, grads: Float64Array): void {
    const n = this.n;
    const work = coefficientCount(n, 3);
    for (let start = 0; start < batch; start += CHUNK) {
      const length = Math.min(CHUNK, batch - start);
      this.points.set(points.subarray(start * n, (start + length) * n));
      const pairs = Math.ceil(length / 2);
      const args = (from: number, to: number): CubicPairsArgs => [
        this.coef,
        n,
        this.points.byteOffset,
        length,
        from,
        to,
        this.w2,
        this.g2,
        this.e2,
        this.grads.byteOffset,
        this.energies.byteOffset,
      ];
      const half = Math.ceil(pairs / 2);
      if (threading.threads === 2 && pairs >= 2 && (pairs - half) * work >= threading.minPairWork) {
        helper ??= new CubicHelperThread(kernelModule('cubic'));
        helper.start(this.memory, args(half, pairs));
        this.exports.cubicPairs(...args(0, half));
        helper.finish();
      } else {
        this.exports.cubicPairs(...args(0, pairs));
      }
      grads.set(this.grads.subarray(0, length * n), start * n);
      energies.set(this.energies.subarray(0, length), start);
    }
  }
}
