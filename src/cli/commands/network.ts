import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { createArchitecture } from '../../network/architecture.js';
import { DOWNSAMPLE_METHODS, type DownsampleMethod } from '../../network/downsample.js';
import { INIT_SCHEMES, type InitScheme } from '../../network/init.js';
import {
  DEFAULT_NETWORK_CONFIG,
  NETWORK_OPTIMIZERS,
  type NetworkExperimentConfig,
  type NetworkOptimizer,
  type NetworkRunResult,
  runNetworkExperiment,
} from '../../network/network-experiment.js';
import { TERNARY_SCALES, type TernaryScale } from '../../network/ternary-annealing.js';
import { mean } from '../../stats/mean.js';
import { pearson } from '../../stats/pearson.js';
import { standardDeviation } from '../../stats/standard-deviation.js';
import { InputError } from '../input-error.js';
import { choiceFlag, integerFlag, numberFlag } from '../validate.js';

interface NetworkArgs {
  hidden: number;
  depth: number;
  runs: number;
  epochs: number;
  optimizer: string;
  seed: number;
  lr: number;
  batch: number;
  trainSize: number | undefined;
  testSize: number | undefined;
  init: string;
  task: string;
  digits: string;
  downsample: string;
  evaluations: number;
  subset: number;
  ternaryScale: string;
  index: boolean;
  json: boolean;
}

export const MAX_WIDTH = 10_000;
export const MAX_DEPTH = 10;
export const MAX_RUNS = 100_000;

/** Parse "4,9" into two different digits 0..9. */
export function parseDigits(value: unknown): [number, number] {
  const parts = String(value).split(',');
  const digits = parts.map((p) => (/^\s*\d+\s*$/.test(p) ? Number(p) : Number.NaN));
  if (digits.length !== 2 || digits.some((d) => !Number.isInteger(d) || d < 0 || d > 9)) {
    throw new InputError(`--digits must be two digits 0..9 separated by a comma, got ${String(value)}`);
  }
  if (digits[0] === digits[1]) throw new InputError(`--digits must be two different digits, got ${String(value)}`);
  return [digits[0], digits[1]];
}

/** Validate the flags into an experiment configuration. Bad flags → InputError. */
export function networkConfig(args: Omit<NetworkArgs, 'json'>): NetworkExperimentConfig {
  const width = integerFlag('hidden', args.hidden, 1, MAX_WIDTH);
  const depth = integerFlag('depth', args.depth, 1, MAX_DEPTH);
  const trainSize = args.trainSize === undefined ? undefined : integerFlag('train-size', args.trainSize, 1, 10_000);
  const testSize = args.testSize === undefined ? undefined : integerFlag('test-size', args.testSize, 1, 10_000);
  if (trainSize !== undefined && testSize !== undefined && trainSize + testSize > 10_000) {
    throw new InputError(`--train-size + --test-size = ${trainSize + testSize} exceeds the 10000 digits available`);
  }
  return {
    hidden: new Array<number>(depth).fill(width),
    task: choiceFlag('task', args.task, ['multiclass', 'binary'] as const),
    digits: parseDigits(args.digits),
    trainSize,
    testSize,
    downsample: choiceFlag<DownsampleMethod>('downsample', args.downsample, DOWNSAMPLE_METHODS),
    init: choiceFlag<InitScheme>('init', args.init, INIT_SCHEMES),
    optimizer: choiceFlag<NetworkOptimizer>('optimizer', args.optimizer, NETWORK_OPTIMIZERS),
    runs: integerFlag('runs', args.runs, 1, MAX_RUNS),
    seed: integerFlag('seed', args.seed, 0),
    epochs: integerFlag('epochs', args.epochs, 1, 100_000),
    learningRate: numberFlag('lr', args.lr, Number.MIN_VALUE, 1e6),
    batchSize: integerFlag('batch', args.batch, 1, 10_000),
    evaluations: integerFlag('evaluations', args.evaluations, 1, 1e9),
    subsetSize: integerFlag('subset', args.subset, 1, 10_000),
    ternaryScale: choiceFlag<TernaryScale>('ternary-scale', args.ternaryScale, TERNARY_SCALES),
    index: args.index,
  };
}

export interface NetworkSummary {
  runs: number;
  parameters: number;
  trainLoss: { mean: number; sd: number | null };
  testLoss: { mean: number; sd: number | null };
  trainAccuracy: { mean: number; sd: number | null };
  testAccuracy: { mean: number; sd: number | null };
  /** Pearson correlation of train and test loss across runs (null with < 2 runs or a constant loss). */
  pearsonTrainTest: number | null;
  /** How many runs ended at each Hessian index (when --index). */
  indexCounts?: Record<string, number>;
}

function meanSd(values: number[]): { mean: number; sd: number | null } {
  return { mean: mean(values), sd: values.length >= 2 ? standardDeviation(values) : null };
}

function isConstant(values: number[]): boolean {
  return values.every((v) => v === values[0]);
}

export function summarize(results: NetworkRunResult[], parameters: number): NetworkSummary {
  const train = results.map((r) => r.trainLoss);
  const test = results.map((r) => r.testLoss);
  const summary: NetworkSummary = {
    runs: results.length,
    parameters,
    trainLoss: meanSd(train),
    testLoss: meanSd(test),
    trainAccuracy: meanSd(results.map((r) => r.trainAccuracy)),
    testAccuracy: meanSd(results.map((r) => r.testAccuracy)),
    pearsonTrainTest: results.length >= 3 && !isConstant(train) && !isConstant(test) ? pearson(train, test) : null,
  };
  if (results.some((r) => r.index !== undefined)) {
    const counts: Record<string, number> = {};
    for (const r of results) counts[String(r.index)] = (counts[String(r.index)] ?? 0) + 1;
    summary.indexCounts = counts;
  }
  return summary;
}

function fmt(stat: { mean: number; sd: number | null }, digits = 4): string {
  return `${stat.mean.toFixed(digits)} ± ${stat.sd === null ? '—' : stat.sd.toFixed(digits)}`;
}

export function formatNetworkReport(config: NetworkExperimentConfig, summary: NetworkSummary): string {
  const lines = [
    `${config.task} ReLU network 100-${config.hidden.join('-')}-${config.task === 'multiclass' ? 10 : 1}` +
      ` (${summary.parameters} parameters), ${config.optimizer}, ${summary.runs} run(s), seed ${config.seed}`,
    `train loss     ${fmt(summary.trainLoss)}   (mean ± sd over runs)`,
    `test loss      ${fmt(summary.testLoss)}`,
    `train accuracy ${fmt(summary.trainAccuracy)}`,
    `test accuracy  ${fmt(summary.testAccuracy)}`,
    `Pearson ρ(train loss, test loss) = ${summary.pearsonTrainTest === null ? '— (needs ≥ 3 runs with varying losses)' : summary.pearsonTrainTest.toFixed(4)}`,
  ];
  if (summary.indexCounts) {
    const parts = Object.entries(summary.indexCounts)
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([k, n]) => `index ${k}: ${n}`);
    lines.push(`Hessian index of the training loss: ${parts.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export const networkCommand: CommandModule<object, NetworkArgs> = {
  command: 'network',
  describe: 'Train ReLU networks on 10×10 MNIST digits (SGD, annealing, ternary annealing); losses, accuracy, index',
  builder: (yargs: Argv<object>) =>
    yargs
      .option('hidden', { type: 'number', demandOption: true, describe: 'width of each hidden layer' })
      .option('depth', { type: 'number', default: 1, describe: 'number of hidden layers' })
      .option('runs', { type: 'number', default: 1, describe: 'networks differing only in their initial weights' })
      .option('epochs', { type: 'number', default: DEFAULT_NETWORK_CONFIG.epochs, describe: 'SGD epochs' })
      .option('optimizer', { type: 'string', default: 'sgd', describe: 'sgd | sa | sa-ternary' })
      .option('seed', { type: 'number', default: 1, describe: 'master seed (split, init, batch order, proposals)' })
      .option('lr', { type: 'number', default: DEFAULT_NETWORK_CONFIG.learningRate, describe: 'SGD γ0' })
      .option('batch', { type: 'number', default: 1, describe: 'SGD mini-batch size' })
      .option('train-size', {
        type: 'number',
        describe: 'training digits (default 8000; binary: 80% of the two digits)',
      })
      .option('test-size', { type: 'number', describe: 'test digits (default 2000; binary: the rest)' })
      .option('init', { type: 'string', default: 'torch-default', describe: 'torch-default | unit-cube' })
      .option('task', { type: 'string', default: 'multiclass', describe: 'multiclass (softmax NLL) | binary (hinge)' })
      .option('digits', { type: 'string', default: '4,9', describe: 'binary task: positive,negative digit' })
      .option('downsample', { type: 'string', default: 'block', describe: 'block | bilinear' })
      .option('evaluations', {
        type: 'number',
        default: DEFAULT_NETWORK_CONFIG.evaluations,
        describe: 'annealing budget (loss evaluations on the subset)',
      })
      .option('subset', {
        type: 'number',
        default: DEFAULT_NETWORK_CONFIG.subsetSize,
        describe: 'annealing subset size',
      })
      .option('ternary-scale', { type: 'string', default: 'none', describe: 'sa-ternary: none | fan-in' })
      .option('index', { type: 'boolean', default: false, describe: 'Hessian index of the training loss per run' })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'print one JSON object',
      }) as unknown as Argv<NetworkArgs>,
  handler: (args: ArgumentsCamelCase<NetworkArgs>) => {
    const config = networkConfig(args);
    const results = runNetworkExperiment(config);
    const parameters = createArchitecture(config.hidden, config.task).parameterCount;
    const summary = summarize(results, parameters);
    if (args.json) {
      const runs = results.map((r) => {
        const out: Record<string, number | string> = {
          trainLoss: r.trainLoss,
          testLoss: r.testLoss,
          trainAccuracy: r.trainAccuracy,
          testAccuracy: r.testAccuracy,
          epochs: r.epochs,
          evaluations: r.evaluations,
        };
        if (r.index !== undefined) {
          out.index = r.index;
          out.normalizedIndex = r.normalizedIndex as number;
          out.indexMethod = r.indexMethod as string;
        }
        return out;
      });
      process.stdout.write(`${JSON.stringify({ runs, summary })}\n`);
    } else {
      process.stdout.write(formatNetworkReport(config, summary));
    }
  },
};
