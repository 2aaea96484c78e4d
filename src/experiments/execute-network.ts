/**
 * The network executor: runs of a ReLU-network spec on MNIST 10×10 (sections 5–6 of the paper).
 *
 * The size is the hidden width n1; a network of depth H has H hidden layers of width n1. The data are fixed per
 * spec: the stratified train/test split draws from the 'split' stream of the spec's problem master (src/network/
 * stratified-split.ts), so every size and run sees the same images. Per run r, following src/network/train-sgd.ts,
 * the streams are indexed by the parameter count D: init (problem, 'init', D, r), SGD sample order
 * (optimizer, 'batch-order', D, 0, shared by all runs, as in the authors' setup), annealing proposals
 * (optimizer, 'proposal', D, r), the Lanczos start of the index (optimizer, 'monte-carlo', D, r). Paired seeding
 * (spec-hash.ts): the problem master depends on (seed, landscape) only, so an SGD and an annealing spec on the same
 * landscape and seed share the split and the initial weights of every run.
 *
 * Annealing ('sa', 'sa-ternary') evaluates the mean loss of the whole training set, or, with `subsetSize`, of a
 * fixed stratified subset of it (annealingSubset, src/network/network-annealing.ts).
 *
 * Metrics: mean loss and accuracy on the train and test sets at the end of training; `gradNorm` = ‖∇‖ of the
 * mean full-training-set loss at the final weights (Euclidean, over all D parameters); `lossCurve` (SGD and 'sa')
 * = the training loss (SGD: the start's, then the on-the-fly epoch means) or annealing-set loss ('sa') after each
 * tenth of the run, and `plateauDrop` = its relative drop over the last fifth (src/stats/loss-plateau.ts:
 * < 2 % is a plateau). 'sa' on networks is coordinate annealing (src/network/coordinate-annealing.ts); `epochs` = passes over the
 * training set (SGD: its epochs; full-batch GD and annealing: one per loss evaluation, on the annealing set);
 * `evaluations` = sample gradients (SGD), loss-and-gradient evaluations (GD) or loss evaluations (annealing). The
 * index is that of the training-loss Hessian at the final weights (normalized by D).
 */
import { type Architecture, createArchitecture } from '../network/architecture.js';
import { coordinateAnnealing } from '../network/coordinate-annealing.js';
import { type Dataset, makeDataset } from '../network/dataset.js';
import { evaluateNetwork } from '../network/evaluate.js';
import { loadMnist10x10, type Mnist10x10 } from '../network/mnist.js';
import { annealingSubset } from '../network/network-annealing.js';
import { NetworkLandscape } from '../network/network-landscape.js';
import { stratifiedSplit } from '../network/stratified-split.js';
import { ternaryAnnealing } from '../network/ternary-annealing.js';
import { epochOrders, initialWeights, trainFrom } from '../network/train-sgd.js';
import { gradientDescent } from '../optim/gradient-descent.js';
import { type StreamId, stream, streamSeed } from '../random/streams.js';
import { CURVE_POINTS, plateauDrop } from '../stats/loss-plateau.js';
import { type ExecutorOptions, plantedOptimizer } from './engine-plant.js';
import type { NetworkMetrics, RunRecord } from './run-record.js';
import type { ExperimentSpec, NetworkLandscapeSpec } from './spec.js';
import { masterFor, specHash } from './spec-hash.js';

const mnistByMethod = new Map<string, Mnist10x10>();

/** The digits, loaded once per thread and downsampling method. */
function mnist(method: NetworkLandscapeSpec['downsample']): Mnist10x10 {
  let data = mnistByMethod.get(method);
  if (!data) {
    data = loadMnist10x10({ method });
    mnistByMethod.set(method, data);
  }
  return data;
}

/**
 * The spec's train and test sets (the same for every size and run of the spec); the training rows are grouped by
 * digit, `trainPerDigit[g]` rows of the g-th digit used.
 */
export function networkData(spec: ExperimentSpec): { train: Dataset; test: Dataset; trainPerDigit: number[] } {
  if (spec.landscape.kind !== 'network') throw new Error(`networkData got a ${spec.landscape.kind} spec`);
  const land = spec.landscape;
  const digits = land.digits ?? (land.task === 'binary' ? undefined : [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const data = mnist(land.downsample);
  const split = stratifiedSplit(data.labels, {
    trainSize: land.trainSize,
    testSize: land.testSize,
    seed: masterFor(spec, 'split'),
    digits,
  });
  return {
    train: makeDataset(data, split.train, land.task, digits),
    test: makeDataset(data, split.test, land.task, digits),
    trainPerDigit: split.trainPerDigit,
  };
}

interface Trained {
  weights: Float64Array;
  epochs: number;
  evaluations: number;
  diverged?: string;
  /** Training (SGD) or annealing-set (annealing) loss after each tenth of the run. */
  lossCurve?: number[];
}

/**
 * SGD's loss curve: the loss of the start, then the on-the-fly mean training loss of the epoch that ends each tenth
 * of the epochs (epoch ⌈i·E/10⌉, i = 1 … 10). Needs E ≥ 1.
 */
function sgdCurve(startLoss: number, epochLosses: number[]): number[] {
  const e = epochLosses.length;
  return Array.from({ length: CURVE_POINTS }, (_, i) =>
    i === 0 ? startLoss : epochLosses[Math.max(1, Math.ceil((i * e) / (CURVE_POINTS - 1))) - 1],
  );
}

export async function executeNetwork(
  spec: ExperimentSpec,
  size: number,
  runs: number[],
  executorOptions: ExecutorOptions = {},
): Promise<RunRecord[]> {
  // The index code is loaded only when the spec measures the index.
  const hessianIndex = spec.measure.index ? (await import('../optim/hessian-index.js')).hessianIndex : undefined;
  if (spec.landscape.kind !== 'network') throw new Error(`executeNetwork got a ${spec.landscape.kind} spec`);
  const land: NetworkLandscapeSpec = spec.landscape;
  const initMaster = masterFor(spec, 'init');
  const orderMaster = masterFor(spec, 'batch-order');
  const hash = specHash(spec);
  const { train, test, trainPerDigit } = networkData(spec);
  const arch: Architecture = createArchitecture(new Array<number>(land.depth).fill(size), land.task);
  const d = arch.parameterCount;
  const id = (purpose: StreamId['purpose'], run: number): StreamId => ({
    master: masterFor(spec, purpose),
    purpose,
    size: d,
    run,
  });
  // A planted variant (engine-plant.ts, calibration only) changes what the optimizer does, not the streams.
  const opt = plantedOptimizer(spec.optimizer, executorOptions.planted, size);
  let landscape: NetworkLandscape | undefined;
  const trainLandscape = () => {
    landscape ??= new NetworkLandscape(arch, train);
    return landscape;
  };
  const subsetSize = opt.kind === 'sa' || opt.kind === 'sa-ternary' ? opt.subsetSize : undefined;
  const annealingSet = subsetSize === undefined ? undefined : annealingSubset(train, trainPerDigit, subsetSize);

  const streams = runs.map((run) => {
    const s: Record<string, string> = {
      split: streamSeed({ master: masterFor(spec, 'split'), purpose: 'split', size: 100, run: 0 }),
    };
    s.init = streamSeed(id('init', run));
    if (opt.kind === 'sgd') s.batchOrder = streamSeed(id('batch-order', 0));
    if (opt.kind === 'sa' || opt.kind === 'sa-ternary') s.proposal = streamSeed(id('proposal', run));
    return s;
  });

  let trained: Trained[];
  switch (opt.kind) {
    case 'sgd': {
      const options = {
        learningRate: opt.learningRate,
        batchSize: opt.batchSize,
        decayHorizon: opt.decayHorizon,
        epochs: opt.epochs,
        seed: orderMaster,
      };
      const orders = epochOrders(arch, train.count, options);
      trained = runs.map((run) => {
        const start = initialWeights(arch, land.init, initMaster, run);
        const r = trainFrom(arch, train, start, options, orders);
        const lossCurve = sgdCurve(evaluateNetwork(arch, start, train).loss, r.epochLosses);
        return { weights: r.weights, epochs: r.epochs, evaluations: r.samplesSeen, lossCurve };
      });
      break;
    }
    case 'gd': {
      const starts = runs.map((run) => initialWeights(arch, land.init, initMaster, run));
      trained = gradientDescent(trainLandscape(), starts, {
        learningRate: opt.learningRate,
        decay: opt.decay,
        tolerance: opt.tolerance,
        maxIterations: opt.maxIterations,
        haltingThresholds: opt.haltingThresholds,
      }).map((r) => ({
        weights: r.point,
        epochs: r.gradientEvaluations,
        evaluations: r.gradientEvaluations,
        diverged: r.diverged,
      }));
      break;
    }
    case 'sa': {
      trained = runs.map((run) => {
        const r = coordinateAnnealing(arch, annealingSet ?? train, initialWeights(arch, land.init, initMaster, run), {
          budget: opt.budget,
          initialTemperature: opt.initialTemperature,
          finalTemperature: opt.finalTemperature,
          proposalScale: opt.proposalScale,
          adaptProposal: opt.adaptProposal,
          rng: stream(id('proposal', run)),
        });
        const ok = r.weights.every(Number.isFinite) && Number.isFinite(r.energy);
        return {
          weights: r.weights,
          epochs: r.evaluations,
          evaluations: r.evaluations,
          lossCurve: r.curve,
          ...(ok ? {} : { diverged: 'non-finite weights or loss' }),
        };
      });
      break;
    }
    case 'sa-ternary':
      trained = runs.map((run) => {
        const r = ternaryAnnealing(arch, annealingSet ?? train, {
          budget: opt.budget,
          initialTemperature: opt.initialTemperature,
          finalTemperature: opt.finalTemperature,
          scale: opt.scale,
          initRng: stream(id('init', run)),
          rng: stream(id('proposal', run)),
        });
        return { weights: r.weights, epochs: r.evaluations, evaluations: r.evaluations };
      });
      break;
  }
  const gradient = new Float64Array(d);

  return runs.map((run, i) => {
    const t = trained[i];
    const base = { specHash: hash, size, run, streams: streams[i] };
    if (t.diverged !== undefined) return { ...base, status: 'diverged', reason: t.diverged, metrics: null };
    const onTrain = evaluateNetwork(arch, t.weights, train);
    // Planted 'test-on-train' (calibration only): the test metrics measured on the training set.
    const onTest = executorOptions.planted?.kind === 'test-on-train' ? onTrain : evaluateNetwork(arch, t.weights, test);
    trainLandscape().valueAndGradient(t.weights, gradient);
    let gradNorm = 0;
    for (let k = 0; k < d; k++) gradNorm += gradient[k] * gradient[k];
    const metrics: NetworkMetrics = {
      trainLoss: onTrain.loss,
      testLoss: onTest.loss,
      trainAccuracy: onTrain.accuracy,
      testAccuracy: onTest.accuracy,
      gradNorm: Math.sqrt(gradNorm),
      epochs: t.epochs,
      evaluations: t.evaluations,
    };
    if (t.lossCurve) {
      metrics.lossCurve = t.lossCurve;
      metrics.plateauDrop = plateauDrop(t.lossCurve);
    }
    if (hessianIndex) {
      const indexId = id('monte-carlo', run);
      streams[i].index = streamSeed(indexId);
      const index = hessianIndex(trainLandscape(), t.weights, { rng: stream(indexId) });
      metrics.index = index.index;
      metrics.normalizedIndex = index.normalizedIndex;
    }
    return { ...base, status: 'ok', metrics };
  });
}
