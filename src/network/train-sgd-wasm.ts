/**
 * SGD training through the WebAssembly SIMD kernel src/wasm/assembly/mlp-sgd.ts: the data, the epoch orders and
 * the weights go into the instance's memory once per training call and whole epochs run inside WebAssembly.
 * The result is bit-identical to `trainFromReference` (train-sgd.ts), any depth, both tasks; the kernel takes
 * exp and log from this thread's Math.exp / Math.log. Weights are stored transposed inside the kernel (see the
 * kernel's header) and transposed back at the end.
 *
 * `kernelCovers` says when the kernel applies: it needs the module built (dist/wasm/mlp-sgd.wasm), input rows of
 * the architecture's input size, sample orders that are permutations of the rows' indices, multiclass targets in
 * range, and no start weight equal to −0 (the kernel's bit-neutral "add ±0 instead of skipping a zero row" rests
 * on it). Otherwise train-sgd.ts runs the JavaScript reference.
 */
import { kernelModule } from '../core/wasm-kernel.js';
import type { Architecture } from './architecture.js';
import type { Dataset } from './dataset.js';
import type { SgdResult } from './train-sgd.js';

interface MlpSgdExports {
  memory: WebAssembly.Memory;
  heapBase(): number;
  train(
    desc: number,
    depth: number,
    task: number,
    inputs: number,
    inputSize: number,
    targets: number,
    n: number,
    orders: number,
    epochs: number,
    batchSize: number,
    learningRate: number,
    horizon: number,
    losses: number,
  ): void;
}

/** Must match the kernel's descriptor: FIELDS int32 per layer. */
const FIELDS = 12;
const F = { fanIn: 0, fanOut: 1, stride: 2, w: 3, b: 4, act: 5, actStride: 6, z: 7, d: 8, finite: 9, g: 10 };
const PAGE = 65536;

let instance: MlpSgdExports | null | undefined;

/** This thread's kernel instance, or null when the module is not built. */
function kernel(): MlpSgdExports | null {
  if (instance !== undefined) return instance;
  try {
    const module = kernelModule('mlp-sgd');
    instance = new WebAssembly.Instance(module, {
      env: {
        exp: Math.exp,
        log: Math.log,
        abort: () => {
          throw new Error('wasm kernel mlp-sgd aborted');
        },
      },
    }).exports as unknown as MlpSgdExports;
  } catch {
    instance = null;
  }
  return instance;
}

/** Whether the SGD kernel is built and loads in this thread. */
export function sgdKernelAvailable(): boolean {
  return kernel() !== null;
}

/** Whether `trainWithKernel` applies to this training problem (see the file comment). */
export function kernelCovers(arch: Architecture, data: Dataset, start: Float64Array, orders: Int32Array[]): boolean {
  if (!sgdKernelAvailable()) return false;
  if (data.inputSize !== arch.sizes[0] || data.inputs.length !== data.count * data.inputSize) return false;
  if (data.targets.length !== data.count || start.length !== arch.parameterCount) return false;
  for (let k = 0; k < start.length; k++) if (start[k] === 0 && 1 / start[k] < 0) return false;
  const outputs = arch.sizes[arch.sizes.length - 1];
  if (arch.task === 'multiclass') {
    for (const y of data.targets) if (!(y >= 0 && y < outputs)) return false;
  }
  const seen = new Uint8Array(data.count);
  for (const order of orders) {
    if (order.length !== data.count) return false;
    seen.fill(0);
    for (const r of order) {
      if (!(r >= 0 && r < data.count) || seen[r]) return false;
      seen[r] = 1;
    }
  }
  return true;
}

function allFinite(x: Float64Array): boolean {
  for (let k = 0; k < x.length; k++) if (!Number.isFinite(x[k])) return false;
  return true;
}

const roundEven = (x: number) => x + (x & 1);
const align16 = (x: number) => Math.ceil(x / 16) * 16;

/**
 * Train from `start` (not modified) along `orders` (one permutation of the rows per epoch) with γ_t = γ0/(1+t/H)
 * and batches of `batchSize`: the same numbers as `trainFromReference`, bit for bit. Call only when
 * {@link kernelCovers} holds.
 */
export function trainWithKernel(
  arch: Architecture,
  data: Dataset,
  start: Float64Array,
  orders: Int32Array[],
  epochs: number,
  learningRate: number,
  batchSize: number,
  decayHorizon: number = data.count,
): SgdResult {
  const k = kernel();
  if (!k) throw new Error('wasm kernel mlp-sgd is not built; run `npm run build`');
  const n = data.count;
  const depth = arch.layers.length;
  const batch = Math.max(1, Math.min(batchSize, n));

  // Lay out the memory: descriptor, per-layer buffers, data, orders, losses.
  let top = align16(k.heapBase());
  const take = (bytes: number) => {
    const at = top;
    top = align16(top + bytes);
    return at;
  };
  const desc = take(depth * FIELDS * 4);
  const layout = arch.layers.map((layer, l) => {
    const stride = roundEven(layer.fanOut);
    const actStride = l === 0 ? data.inputSize : roundEven(arch.layers[l - 1].fanOut);
    return {
      stride,
      actStride,
      w: take(roundEven(layer.fanIn) * stride * 8),
      b: take(stride * 8),
      act: take(batch * actStride * 8),
      z: take(batch * stride * 8),
      d: take(batch * stride * 8),
      g: take((layer.fanIn + 1) * stride * 8),
    };
  });
  const inputs = take(data.inputs.length * 8);
  const targets = take(n * 4);
  const orderBytes = take(epochs * n * 4);
  const losses = take(epochs * 8);
  if (top > k.memory.buffer.byteLength) k.memory.grow(Math.ceil((top - k.memory.buffer.byteLength) / PAGE));
  const buffer = k.memory.buffer;
  // Zero the weights and biases (their pad lanes must be 0); every other buffer is written before it is read.
  for (const at of layout) new Uint8Array(buffer, at.w, at.act - at.w).fill(0);

  const descView = new Int32Array(buffer, desc, depth * FIELDS);
  arch.layers.forEach((layer, l) => {
    const at = layout[l];
    const row = l * FIELDS;
    descView[row + F.fanIn] = layer.fanIn;
    descView[row + F.fanOut] = layer.fanOut;
    descView[row + F.stride] = at.stride;
    descView[row + F.w] = at.w;
    descView[row + F.b] = at.b;
    descView[row + F.act] = at.act;
    descView[row + F.actStride] = at.actStride;
    descView[row + F.z] = at.z;
    descView[row + F.d] = at.d;
    descView[row + F.g] = at.g;
    // WT[i·S + j] = W[j, i].
    const wt = new Float64Array(buffer, at.w, layer.fanIn * at.stride);
    for (let j = 0; j < layer.fanOut; j++) {
      const row0 = layer.weightOffset + j * layer.fanIn;
      for (let i = 0; i < layer.fanIn; i++) wt[i * at.stride + j] = start[row0 + i];
    }
    new Float64Array(buffer, at.b, layer.fanOut).set(start.subarray(layer.biasOffset, layer.biasOffset + layer.fanOut));
  });
  descView[F.finite] = allFinite(data.inputs) ? 1 : 0;
  new Float64Array(buffer, inputs, data.inputs.length).set(data.inputs);
  new Int32Array(buffer, targets, n).set(data.targets);
  const orderView = new Int32Array(buffer, orderBytes, epochs * n);
  for (let e = 0; e < epochs; e++) orderView.set(orders[e], e * n);

  k.train(
    desc,
    depth,
    arch.task === 'multiclass' ? 0 : 1,
    inputs,
    data.inputSize,
    targets,
    n,
    orderBytes,
    epochs,
    batch,
    learningRate,
    decayHorizon,
    losses,
  );

  const after = k.memory.buffer;
  const weights = new Float64Array(arch.parameterCount);
  arch.layers.forEach((layer, l) => {
    const at = layout[l];
    const wt = new Float64Array(after, at.w, layer.fanIn * at.stride);
    for (let j = 0; j < layer.fanOut; j++) {
      const row0 = layer.weightOffset + j * layer.fanIn;
      for (let i = 0; i < layer.fanIn; i++) weights[row0 + i] = wt[i * at.stride + j];
    }
    weights.set(new Float64Array(after, at.b, layer.fanOut), layer.biasOffset);
  });
  const sums = new Float64Array(after, losses, epochs);
  const epochLosses = Array.from(sums, (sum) => sum / n);
  return { weights, epochs, samplesSeen: epochs * n, epochLosses };
}
