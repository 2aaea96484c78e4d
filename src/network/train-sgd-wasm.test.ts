import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDataset, randomNetwork } from '../../test/helpers/test-networks.js';
import { createArchitecture } from './architecture.js';
import type { Dataset, Task } from './dataset.js';
import { epochOrders, type SgdResult, trainFrom, trainFromReference } from './train-sgd.js';
import { kernelCovers, sgdKernelAvailable, trainWithKernel } from './train-sgd-wasm.js';

function sameBits(a: Float64Array, b: Float64Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** Element by element with Object.is (NaN equals NaN whatever its payload; +0 and −0 differ). */
function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return false;
  return true;
}

function expectIdentical(kernel: SgdResult, reference: SgdResult): void {
  expect(sameBits(kernel.weights, reference.weights)).toBe(true);
  expect(sameValues(kernel.epochLosses, reference.epochLosses)).toBe(true);
  expect(kernel.samplesSeen).toBe(reference.samplesSeen);
  expect(kernel.epochs).toBe(reference.epochs);
}

const problem = fc.record({
  task: fc.constantFrom<Task>('multiclass', 'binary'),
  hidden: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 0, maxLength: 3 }),
  inputSize: fc.integer({ min: 1, max: 7 }),
  count: fc.integer({ min: 1, max: 40 }),
  batchSize: fc.constantFrom(1, 2, 3, 7, 32),
  epochs: fc.integer({ min: 1, max: 3 }),
  learningRate: fc.constantFrom(0.01, 0.1, 0.5),
  // Large gains saturate the softmax (p exactly 0 or 1, so δ_j = 0 rows the reference skips).
  gain: fc.constantFrom(0.5, 2, 60),
  seed: fc.integer({ min: 0, max: 1000 }),
});

function setUp(p: {
  task: Task;
  hidden: number[];
  inputSize: number;
  count: number;
  batchSize: number;
  epochs: number;
  learningRate: number;
  gain: number;
  seed: number;
}) {
  const data = randomDataset(p.task, p.count, p.inputSize, `kernel-${p.seed}`);
  const { arch, w } = randomNetwork(p.hidden, p.task, p.inputSize, `kernel-${p.seed}`, p.gain);
  const options = { epochs: p.epochs, seed: p.seed, batchSize: p.batchSize, learningRate: p.learningRate };
  const orders = epochOrders(arch, data.count, options);
  return { data, arch, w, options, orders };
}

describe('trainWithKernel (WebAssembly SGD) against trainFromReference', () => {
  it('the kernel module is built and loads', () => {
    expect(sgdKernelAvailable()).toBe(true);
  });

  it('gives bit-identical weights and epoch losses (any depth, odd widths and width 1, partial batches)', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const { data, arch, w, options, orders } = setUp(p);
        expect(kernelCovers(arch, data, w, orders)).toBe(true);
        const reference = trainFromReference(arch, data, w, options, orders);
        const kernel = trainWithKernel(arch, data, w, orders, p.epochs, p.learningRate, p.batchSize);
        expectIdentical(kernel, reference);
      }),
      { seed: 6006, numRuns: 120 },
    );
  });

  it('one hidden layer, 10×10-sized inputs, 3 epochs of 75 samples at batch 1 and 32 (last batch of 11)', () => {
    for (const width of [1, 25, 31]) {
      for (const batchSize of [1, 32]) {
        const p = {
          task: 'multiclass' as const,
          hidden: [width],
          inputSize: 100,
          count: 75,
          batchSize,
          epochs: 3,
          learningRate: 0.05,
          gain: 1,
          seed: width,
        };
        const { data, arch, w, options, orders } = setUp(p);
        const reference = trainFromReference(arch, data, w, options, orders);
        expectIdentical(trainWithKernel(arch, data, w, orders, 3, 0.05, batchSize), reference);
        // trainFrom routes through the kernel and gives the same numbers.
        expectIdentical(trainFrom(arch, data, w, options, orders), reference);
      }
    }
  });

  it('follows a decay horizon H ≠ n bit for bit (the paper-matched schedule), and H changes the result', () => {
    const p = {
      task: 'multiclass' as const,
      hidden: [13],
      inputSize: 100,
      count: 60,
      batchSize: 1,
      epochs: 3,
      learningRate: 0.075,
      gain: 1,
      seed: 77,
    };
    const { data, arch, w, options, orders } = setUp(p);
    const withHorizon = { ...options, decayHorizon: 517 };
    const reference = trainFromReference(arch, data, w, withHorizon, orders);
    expectIdentical(trainWithKernel(arch, data, w, orders, 3, 0.075, 1, 517), reference);
    expectIdentical(trainFrom(arch, data, w, withHorizon, orders), reference);
    const authors = trainFromReference(arch, data, w, options, orders);
    expect(sameBits(authors.weights, reference.weights)).toBe(false);
  });

  it('takes the exact path when activations overflow (non-finite) and still matches the reference', () => {
    // A huge step sends the weights and then the hidden activations to ±∞ / NaN within a few samples.
    for (const batchSize of [1, 3]) {
      const { data, arch, w, orders, options } = setUp({
        task: 'multiclass',
        hidden: [5, 3],
        inputSize: 4,
        count: 12,
        batchSize,
        epochs: 2,
        learningRate: 1e200,
        gain: 2,
        seed: 3,
      });
      const reference = trainFromReference(arch, data, w, options, orders);
      expect(reference.weights.some((x) => !Number.isFinite(x))).toBe(true);
      const kernel = trainWithKernel(arch, data, w, orders, 2, 1e200, batchSize);
      expect(sameValues(kernel.weights, reference.weights)).toBe(true);
      expect(sameValues(kernel.epochLosses, reference.epochLosses)).toBe(true);
    }
  });

  it('matches with non-finite inputs (exact path from the first layer)', () => {
    const base = randomDataset('binary', 9, 3, 'inf');
    const inputs = Float64Array.from(base.inputs);
    inputs[4] = Number.POSITIVE_INFINITY;
    const data: Dataset = { ...base, inputs };
    const arch = createArchitecture([4], 'binary', 3);
    const { w } = randomNetwork([4], 'binary', 3, 'inf');
    for (const batchSize of [1, 2]) {
      const options = { epochs: 2, seed: 1, batchSize };
      const orders = epochOrders(arch, data.count, options);
      const reference = trainFromReference(arch, data, w, options, orders);
      const kernel = trainWithKernel(arch, data, w, orders, 2, 0.01, batchSize);
      expect(sameValues(kernel.weights, reference.weights)).toBe(true);
      expect(sameValues(kernel.epochLosses, reference.epochLosses)).toBe(true);
    }
  });

  it('does not cover (so trainFrom runs the reference) a −0 start weight, a bad target or a bad order', () => {
    const { data, arch, w, options, orders } = setUp({
      task: 'multiclass',
      hidden: [3],
      inputSize: 4,
      count: 10,
      batchSize: 2,
      epochs: 1,
      learningRate: 0.1,
      gain: 1,
      seed: 9,
    });
    expect(kernelCovers(arch, data, w, orders)).toBe(true);
    const negativeZero = Float64Array.from(w);
    negativeZero[2] = -0;
    expect(kernelCovers(arch, data, negativeZero, orders)).toBe(false);
    expect(
      sameBits(
        trainFrom(arch, data, negativeZero, options, orders).weights,
        trainFromReference(arch, data, negativeZero, options, orders).weights,
      ),
    ).toBe(true);
    const badTargets = Int32Array.from(data.targets);
    badTargets[0] = 10;
    expect(kernelCovers(arch, { ...data, targets: badTargets }, w, orders)).toBe(false);
    const repeated = Int32Array.from(orders[0]);
    repeated[1] = repeated[0];
    expect(kernelCovers(arch, data, w, [repeated])).toBe(false);
    expect(kernelCovers(arch, data, w, [orders[0].subarray(1)])).toBe(false);
  });

  it('trains zero epochs to the start and handles a batch larger than the data', () => {
    const { data, arch, w, orders } = setUp({
      task: 'binary',
      hidden: [2],
      inputSize: 3,
      count: 5,
      batchSize: 1,
      epochs: 1,
      learningRate: 0.1,
      gain: 1,
      seed: 4,
    });
    expect(sameBits(trainWithKernel(arch, data, w, orders, 0, 0.1, 1).weights, w)).toBe(true);
    const options = { epochs: 1, seed: 4, batchSize: 64, learningRate: 0.1 };
    expectIdentical(
      trainWithKernel(arch, data, w, orders, 1, 0.1, 64),
      trainFromReference(arch, data, w, options, orders),
    );
  });
});
