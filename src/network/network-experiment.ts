/**
 * One network experiment, end to end: load the 10×10 digits, split them (stratified, seeded), build the network,
 * optimise `runs` networks that differ only in their initial weights (run index r → 'init' stream run r), and
 * report each run's final train and test loss (over the full sets), accuracies, cost and, on request, the
 * Hessian index of the full-training-set loss at the final weights.
 *
 * Optimizers:
 * - 'sgd': trainSgd (train-sgd.ts) on the full training set.
 * - 'sa': the project's simulatedAnnealing (optim) on the weights, Gaussian proposals in R^D, over the mean loss
 *   of a fixed stratified subset of the training set; budget in loss evaluations on that subset.
 * - 'sa-ternary': ternaryAnnealing (ternary-annealing.ts) on the same subset.
 */
import { InputError } from '../cli/input-error.js';
import { hessianIndex } from '../optim/hessian-index.js';
import { simulatedAnnealing } from '../optim/simulated-annealing.js';
import { stream } from '../random/streams.js';
import { type Architecture, createArchitecture } from './architecture.js';
import { type Dataset, makeDataset, subsetDataset, type Task } from './dataset.js';
import type { DownsampleMethod } from './downsample.js';
import { evaluateNetwork } from './evaluate.js';
import type { InitScheme } from './init.js';
import { loadMnist10x10 } from './mnist.js';
import { NetworkLandscape } from './network-landscape.js';
import { proportionalAllocation, stratifiedSplit } from './stratified-split.js';
import { DEFAULT_TERNARY_OPTIONS, type TernaryScale, ternaryAnnealing } from './ternary-annealing.js';
import { DEFAULT_LEARNING_RATE, epochOrders, initialWeights, trainFrom } from './train-sgd.js';

export type NetworkOptimizer = 'sgd' | 'sa' | 'sa-ternary';
export const NETWORK_OPTIMIZERS: readonly NetworkOptimizer[] = ['sgd', 'sa', 'sa-ternary'];

export interface NetworkExperimentConfig {
  /** Hidden-layer widths, e.g. [25] or [25, 25]. */
  hidden: number[];
  task: Task;
  /** Binary task: [positive digit, negative digit]. */
  digits: [number, number];
  /** Default: 8,000 (multiclass) or 80 % of the two digits' images (binary). */
  trainSize?: number;
  /** Default: 2,000 (multiclass) or the rest of the two digits' images (binary). */
  testSize?: number;
  downsample: DownsampleMethod;
  init: InitScheme;
  optimizer: NetworkOptimizer;
  runs: number;
  /** Run index of the first network (default 0). */
  firstRun?: number;
  seed: string | number;
  epochs: number;
  learningRate: number;
  batchSize: number;
  /** Annealing budget in loss evaluations. */
  evaluations: number;
  /** Size of the annealing subset of the training set. */
  subsetSize: number;
  ternaryScale: TernaryScale;
  /** Compute the Hessian index of the full-training-set loss at the final weights. */
  index: boolean;
  cacheDir?: string;
}

export const DEFAULT_NETWORK_CONFIG: Readonly<Omit<NetworkExperimentConfig, 'hidden'>> = Object.freeze({
  task: 'multiclass',
  digits: [4, 9] as [number, number],
  downsample: 'block',
  init: 'torch-default',
  optimizer: 'sgd',
  runs: 1,
  seed: 1,
  epochs: 20,
  learningRate: DEFAULT_LEARNING_RATE,
  batchSize: 1,
  evaluations: 2000,
  subsetSize: 1000,
  ternaryScale: 'none',
  index: false,
});

/**
 * Continuous annealing on network weights (loss units: mean NLL). T0 = 0.05 and T_end = 1e-4 span the loss
 * differences of single proposals from the start (≈ 1e-2) to the end of a run (≈ 1e-4); σ0 = 0.01 per weight,
 * adapted towards 30 % acceptance.
 */
export const NETWORK_ANNEALING = Object.freeze({
  initialTemperature: 0.05,
  finalTemperature: 1e-4,
  proposalScale: 0.01,
});

export interface NetworkRunResult {
  run: number;
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  /** SGD epochs (0 for annealing, which does not pass over the data in epochs). */
  epochs: number;
  /** SGD: sample gradients evaluated; annealing: loss evaluations on the subset. */
  evaluations: number;
  index?: number;
  normalizedIndex?: number;
  indexMethod?: 'exact' | 'lanczos-estimate';
}

export interface PreparedData {
  arch: Architecture;
  train: Dataset;
  test: Dataset;
  /** Per-digit counts of the training set, in the order of its rows. */
  trainPerDigit: number[];
}

export function prepareNetworkData(config: NetworkExperimentConfig): PreparedData {
  const [a, b] = config.digits;
  if (config.task === 'binary') {
    for (const d of config.digits) {
      if (!Number.isInteger(d) || d < 0 || d > 9) throw new InputError(`digits must be integers 0..9, got ${d}`);
    }
    if (a === b) throw new InputError(`the binary task needs two different digits, got ${a},${b}`);
  }
  const mnist = loadMnist10x10({ method: config.downsample, cacheDir: config.cacheDir });
  const digits = config.task === 'binary' ? [a, b] : [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const available = digits.reduce((s, d) => s + mnist.digitCounts[d], 0);
  const trainSize = config.trainSize ?? (config.task === 'binary' ? Math.floor(0.8 * available) : 8000);
  const testSize = config.testSize ?? (config.task === 'binary' ? available - trainSize : 2000);
  const split = stratifiedSplit(mnist.labels, { trainSize, testSize, seed: config.seed, digits });
  const arch = createArchitecture(config.hidden, config.task);
  return {
    arch,
    train: makeDataset(mnist, split.train, config.task, config.digits),
    test: makeDataset(mnist, split.test, config.task, config.digits),
    trainPerDigit: split.trainPerDigit,
  };
}

/** A stratified subset of the training set: the first k_d rows of each digit's group, k_d proportional. */
export function annealingSubset(data: PreparedData, size: number): Dataset {
  if (size > data.train.count) {
    throw new InputError(`--subset ${size} exceeds the training set (${data.train.count})`);
  }
  const take = proportionalAllocation(size, data.trainPerDigit, data.trainPerDigit);
  const rows: number[] = [];
  let offset = 0;
  data.trainPerDigit.forEach((count, g) => {
    for (let k = 0; k < take[g]; k++) rows.push(offset + k);
    offset += count;
  });
  return subsetDataset(data.train, rows);
}

export function runNetworkExperiment(
  config: NetworkExperimentConfig,
  prepared = prepareNetworkData(config),
): NetworkRunResult[] {
  const { arch, train, test } = prepared;
  if (config.batchSize > train.count) {
    throw new InputError(`--batch ${config.batchSize} exceeds the training set (${train.count})`);
  }
  const sgdOptions = {
    epochs: config.epochs,
    seed: config.seed,
    learningRate: config.learningRate,
    batchSize: config.batchSize,
  };
  const orders = config.optimizer === 'sgd' ? epochOrders(arch, train.count, sgdOptions) : [];
  const subset = config.optimizer === 'sgd' ? undefined : annealingSubset(prepared, config.subsetSize);
  const subsetLandscape = config.optimizer === 'sa' && subset ? new NetworkLandscape(arch, subset) : undefined;
  const trainLandscape = config.index ? new NetworkLandscape(arch, train) : undefined;
  const results: NetworkRunResult[] = [];
  for (let k = 0; k < config.runs; k++) {
    const run = (config.firstRun ?? 0) + k;
    let weights: Float64Array;
    let epochs = 0;
    let evaluations: number;
    if (config.optimizer === 'sgd') {
      const trained = trainFrom(arch, train, initialWeights(arch, config.init, config.seed, run), sgdOptions, orders);
      weights = trained.weights;
      epochs = trained.epochs;
      evaluations = trained.samplesSeen;
    } else if (config.optimizer === 'sa') {
      const annealed = simulatedAnnealing(
        subsetLandscape as NetworkLandscape,
        initialWeights(arch, config.init, config.seed, run),
        {
          budget: config.evaluations,
          ...NETWORK_ANNEALING,
          adaptProposal: true,
          rng: stream({ master: config.seed, purpose: 'proposal', size: arch.parameterCount, run }),
        },
      );
      weights = annealed.point;
      evaluations = annealed.energyEvaluations;
    } else {
      const annealed = ternaryAnnealing(arch, subset as Dataset, {
        budget: config.evaluations,
        initialTemperature: DEFAULT_TERNARY_OPTIONS.initialTemperature,
        finalTemperature: DEFAULT_TERNARY_OPTIONS.finalTemperature,
        scale: config.ternaryScale,
        initRng: stream({ master: config.seed, purpose: 'init', size: arch.parameterCount, run }),
        rng: stream({ master: config.seed, purpose: 'proposal', size: arch.parameterCount, run }),
      });
      weights = annealed.weights;
      evaluations = annealed.evaluations;
    }
    const onTrain = evaluateNetwork(arch, weights, train);
    const onTest = evaluateNetwork(arch, weights, test);
    const result: NetworkRunResult = {
      run,
      trainLoss: onTrain.loss,
      testLoss: onTest.loss,
      trainAccuracy: onTrain.accuracy,
      testAccuracy: onTest.accuracy,
      epochs,
      evaluations,
    };
    if (trainLandscape) {
      const idx = hessianIndex(trainLandscape, weights);
      result.index = idx.index;
      result.normalizedIndex = idx.normalizedIndex;
      result.indexMethod = idx.method;
    }
    results.push(result);
  }
  return results;
}
