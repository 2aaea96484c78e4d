/**
 * Plain SGD on a network, as in the authors' code: no momentum, step size γ_t = γ0 / (1 + t / H) with t
 * the number of samples seen before the step and H the decay horizon (default n_train, the authors' decay per
 * epoch), mini-batches of B samples (the last batch of an epoch may be smaller) whose mean gradient is followed.
 * γ0 = 0.01, H = n_train and B = 1 are the authors' settings; the paper-matched schedule (sgd-schedule.ts) sets
 * γ0 and H so that the sum of the steps equals the paper's.
 *
 * The sample order of each epoch is a Fisher–Yates permutation drawn from the 'batch-order' stream (master
 * seed, size = parameter count, run = `orderRun`, default 0); networks trained together share it, so they
 * differ only in their initial weights ('init' stream, one run index per network).
 *
 * With B = 1 the step is done in place during backpropagation (each layer's δ is computed before that layer's
 * weights change, so it is exactly the gradient at the old weights). Everything is sequential, fixed-order
 * float64 arithmetic: the same seed gives bit-identical networks.
 */
import type { Rng } from '../random/rng.js';
import { stream } from '../random/streams.js';
import type { Architecture } from './architecture.js';
import type { Dataset } from './dataset.js';
import { type InitScheme, initializeParameters } from './init.js';
import { backward, createWorkspace, forward, outputLoss } from './mlp.js';
import { kernelCovers, trainWithKernel } from './train-sgd-wasm.js';

export interface SgdOptions {
  /** γ0 (default 0.01). */
  learningRate?: number;
  /** B (default 1). */
  batchSize?: number;
  /** H in samples (default n_train). */
  decayHorizon?: number;
  /** Passes over the training set. */
  epochs: number;
  /** Master seed of the 'batch-order' stream. */
  seed: string | number;
  /** Run index of the 'batch-order' stream (default 0: shared by all networks). */
  orderRun?: number;
}

export const DEFAULT_LEARNING_RATE = 0.01;

export interface SgdResult {
  weights: Float64Array;
  epochs: number;
  /** Sample gradients evaluated (= epochs · n_train). */
  samplesSeen: number;
  /** Mean training loss over each epoch's steps (measured on the fly, before each step). */
  epochLosses: number[];
}

function permutation(n: number, rng: Rng, out: Int32Array): Int32Array {
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}

/** The sample orders of `epochs` epochs (shared by all networks trained with these options). */
export function epochOrders(arch: Architecture, n: number, options: SgdOptions): Int32Array[] {
  const rng = stream({
    master: options.seed,
    purpose: 'batch-order',
    size: arch.parameterCount,
    run: options.orderRun ?? 0,
  });
  return Array.from({ length: options.epochs }, () => permutation(n, rng, new Int32Array(n)));
}

function checkOptions(
  options: SgdOptions,
  n: number,
): { learningRate: number; batchSize: number; decayHorizon: number } {
  const learningRate = options.learningRate ?? DEFAULT_LEARNING_RATE;
  const batchSize = options.batchSize ?? 1;
  const decayHorizon = options.decayHorizon ?? n;
  if (!(decayHorizon > 0) || !Number.isFinite(decayHorizon)) throw new RangeError(`decay horizon must be > 0`);
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) throw new RangeError(`learning rate must be > 0`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer`);
  if (!Number.isInteger(options.epochs) || options.epochs < 0) throw new RangeError(`epochs must be an integer ≥ 0`);
  return { learningRate, batchSize, decayHorizon };
}

/**
 * Train one network from `start` (not modified) along the given epoch orders: through the WebAssembly kernel
 * (train-sgd-wasm.ts, bit-identical) when it covers the problem, else through {@link trainFromReference}.
 */
export function trainFrom(
  arch: Architecture,
  data: Dataset,
  start: Float64Array,
  options: SgdOptions,
  orders: Int32Array[] = epochOrders(arch, data.count, options),
): SgdResult {
  const { learningRate, batchSize, decayHorizon } = checkOptions(options, data.count);
  if (orders.length >= options.epochs && kernelCovers(arch, data, start, orders.slice(0, options.epochs))) {
    return trainWithKernel(arch, data, start, orders, options.epochs, learningRate, batchSize, decayHorizon);
  }
  return trainFromReference(arch, data, start, options, orders);
}

/** The JavaScript reference of {@link trainFrom} (the kernel's specification). */
export function trainFromReference(
  arch: Architecture,
  data: Dataset,
  start: Float64Array,
  options: SgdOptions,
  orders: Int32Array[] = epochOrders(arch, data.count, options),
): SgdResult {
  const n = data.count;
  const { learningRate, batchSize, decayHorizon } = checkOptions(options, n);
  const w = Float64Array.from(start);
  const grad = new Float64Array(arch.parameterCount);
  const ws = createWorkspace(arch);
  const epochLosses: number[] = [];
  let t = 0;
  for (let e = 0; e < options.epochs; e++) {
    const order = orders[e];
    let lossSum = 0;
    for (let s = 0; s < n; s += batchSize) {
      const gamma = learningRate / (1 + t / decayHorizon);
      const end = Math.min(s + batchSize, n);
      if (end - s === 1) {
        forward(arch, w, data.inputs, order[s], ws);
        lossSum += outputLoss(arch, ws, data.targets[order[s]]);
        backward(arch, w, ws, w, -gamma);
      } else {
        grad.fill(0);
        for (let k = s; k < end; k++) {
          forward(arch, w, data.inputs, order[k], ws);
          lossSum += outputLoss(arch, ws, data.targets[order[k]]);
          backward(arch, w, ws, grad);
        }
        const step = -gamma / (end - s);
        for (let k = 0; k < w.length; k++) w[k] += step * grad[k];
      }
      t += end - s;
    }
    epochLosses.push(lossSum / n);
  }
  return { weights: w, epochs: options.epochs, samplesSeen: t, epochLosses };
}

/**
 * Train `runs` networks that differ only in their initial weights: network r starts from the 'init' stream
 * (master seed, size = parameter count, run = firstRun + r). The epoch orders are drawn once and shared.
 */
export function trainSgd(
  arch: Architecture,
  data: Dataset,
  options: SgdOptions & { runs: number; firstRun?: number; init?: InitScheme },
): SgdResult[] {
  const orders = epochOrders(arch, data.count, options);
  const results: SgdResult[] = [];
  for (let r = 0; r < options.runs; r++) {
    const start = initialWeights(arch, options.init ?? 'torch-default', options.seed, (options.firstRun ?? 0) + r);
    results.push(trainFrom(arch, data, start, options, orders));
  }
  return results;
}

/** The initial weights of run `run`: the 'init' stream (master, size = parameter count, run). */
export function initialWeights(
  arch: Architecture,
  scheme: InitScheme,
  seed: string | number,
  run: number,
): Float64Array {
  return initializeParameters(arch, scheme, stream({ master: seed, purpose: 'init', size: arch.parameterCount, run }));
}
