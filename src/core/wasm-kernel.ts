/**
 * Loading a WebAssembly kernel module (compiled from src/wasm/assembly/<name>.ts into dist/wasm/<name>.wasm by
 * `npm run build`) and laying out its linear memory.
 *
 * The kernels have no allocator of their own: each module exports `heapBase()` (the first free byte after its
 * static data) and functions that take byte offsets of float64 / int32 arrays. A {@link WasmArena} hands out
 * 16-byte-aligned regions above heapBase, growing the memory as needed. Growing detaches earlier typed-array
 * views of the buffer, so callers ask the arena for fresh views (`f64(region)`) after any allocation.
 *
 * Modules are compiled once per thread (synchronously: `new WebAssembly.Module` is allowed for any size in
 * Node) and cached; each {@link WasmArena} instantiates its own instance with its own memory.
 *
 * Compilation goes straight to V8's optimizing compiler (`--no-liftoff`, set once before the first module is
 * compiled). With V8's default dynamic tiering a kernel starts in the baseline compiler and is only replaced on
 * a later call; our kernels run for milliseconds to minutes per call, so the first calls ran 1.5–2× slower and
 * benchmark medians moved with the call count (measured: N = 500 batch-64 p-spin 6.4 vs 4.1 ms per replica).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { packageRoot } from './package-root.js';

const PAGE = 65536;
const compiled = new Map<string, WebAssembly.Module>();
let optimizingOnly = false;

/** The compiled module dist/wasm/<name>.wasm (cached per thread). */
export function kernelModule(name: string): WebAssembly.Module {
  const cached = compiled.get(name);
  if (cached) return cached;
  const file = join(packageRoot(), 'dist', 'wasm', `${name}.wasm`);
  if (!existsSync(file)) throw new Error(`wasm kernel ${name} is not built (${file}); run \`npm run build\``);
  if (!optimizingOnly) {
    setFlagsFromString('--no-liftoff');
    optimizingOnly = true;
  }
  const module = new WebAssembly.Module(readFileSync(file));
  compiled.set(name, module);
  return module;
}

/** A region of the arena: byte offset and element count. */
export interface Region {
  offset: number;
  length: number;
}

/** One instance of a kernel module and a bump allocator over its linear memory. */
export class WasmArena<Exports extends WebAssembly.Exports = WebAssembly.Exports> {
  readonly exports: Exports;
  private readonly memory: WebAssembly.Memory;
  private top: number;

  constructor(name: string) {
    const instance = new WebAssembly.Instance(kernelModule(name), {
      env: {
        abort: () => {
          throw new Error(`wasm kernel ${name} aborted`);
        },
      },
    });
    this.exports = instance.exports as Exports;
    this.memory = instance.exports.memory as WebAssembly.Memory;
    this.top = align((instance.exports.heapBase as () => number)());
  }

  /** Reserve `length` elements of `bytesPerElement` bytes, 16-byte aligned. */
  allocate(length: number, bytesPerElement = 8): Region {
    const offset = this.top;
    const end = align(offset + length * bytesPerElement);
    const have = this.memory.buffer.byteLength;
    if (end > have) this.memory.grow(Math.ceil((end - have) / PAGE));
    this.top = end;
    return { offset, length };
  }

  /** Free everything allocated since `mark` (a value of {@link WasmArena.mark}). */
  release(mark: number): void {
    this.top = mark;
  }

  mark(): number {
    return this.top;
  }

  /** A fresh Float64Array view of a region (views detach when the memory grows). */
  f64(region: Region): Float64Array {
    return new Float64Array(this.memory.buffer, region.offset, region.length);
  }

  /** A fresh Int32Array view of a region allocated with bytesPerElement 4. */
  i32(region: Region): Int32Array {
    return new Int32Array(this.memory.buffer, region.offset, region.length);
  }
}

function align(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}
