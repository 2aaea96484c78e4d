import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { InputError } from '../../core/input-error.js';
import type { NetworkMetrics, RunRecord } from '../../experiments/run-record.js';
import { type ExperimentSpec, parseSpec } from '../../experiments/spec.js';
import { specHash } from '../../experiments/spec-hash.js';
import { indexCounts, summarizeValues } from '../../experiments/summarize.js';
import { createArchitecture } from '../../network/architecture.js';
import { DOWNSAMPLE_METHODS, type DownsampleMethod } from '../../network/downsample.js';
import { INIT_SCHEMES, type InitScheme } from '../../network/init.js';
import { loadMnist10x10 } from '../../network/mnist.js';

import { NETWORK_ANNEALING } from '../../network/network-annealing.js';
import {
  authorsSchedule,
  paperMatchedSchedule,
  SGD_SCHEDULES,
  type SgdScheduleName,
} from '../../network/sgd-schedule.js';
import { DEFAULT_TERNARY_OPTIONS, TERNARY_SCALES, type TernaryScale } from '../../network/ternary-annealing.js';
import { DEFAULT_LEARNING_RATE } from '../../network/train-sgd.js';
import { PLATEAU_TOLERANCE } from '../../stats/loss-plateau.js';

import { pearson } from '../../stats/pearson.js';
import { type EngineFlags, engineOptions, runOrWriteSpec } from '../engine-front-end.js';
import { choiceFlag, integerFlag, numberFlag } from '../validate.js';

export type NetworkOptimizer = 'sgd' | 'sa' | 'sa-ternary';
export const NETWORK_OPTIMIZERS: readonly NetworkOptimizer[] = ['sgd', 'sa', 'sa-ternary'];

interface NetworkArgs extends EngineFlags {
  hidden: number;
  depth: number;
  runs: number;
  epochs: number;
  optimizer: string;
  seed: number;
  lr: number | undefined;
  schedule: string;
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
}

export const MAX_WIDTH = 10_000;
export const MAX_DEPTH = 8;
export const MAX_RUNS = 100_000;
const ALL_DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
/**
 * Flag defaults: SGD epochs (the paper's 200), annealing budget (loss evaluations) and annealing subset size
 * (coordinate annealing, docs/networks.md: 100,000 proposals on 4,000 digits).
 */
const DEFAULTS = { epochs: 200, evaluations: 100_000, subset: 4000 } as const;

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

/**
 * The train and test sizes: the flags, or by default 8,000 / 2,000 (multiclass) and 80 % / the rest of the two
 * digits' images (binary); checked against the images available (the executor would fail later, in a worker).
 */
function splitSizes(args: Partial<NetworkArgs>, downsample: DownsampleMethod, digits: readonly number[]) {
  const trainFlag = args.trainSize === undefined ? undefined : integerFlag('train-size', args.trainSize, 1, 10_000);
  const testFlag = args.testSize === undefined ? undefined : integerFlag('test-size', args.testSize, 1, 10_000);
  const counts = loadMnist10x10({ method: downsample }).digitCounts;
  const available = digits.reduce((s, d) => s + counts[d], 0);
  const binary = digits.length === 2;
  const trainSize = trainFlag ?? (binary ? Math.floor(0.8 * available) : 8000);
  const testSize = testFlag ?? (binary ? available - trainSize : 2000);
  if (testSize < 1 || trainSize + testSize > available) {
    throw new InputError(
      `--train-size + --test-size = ${trainSize} + ${testSize} exceeds the ${available} images of digits ${digits.join(',')}`,
    );
  }
  return { trainSize, testSize };
}

/** The annealing optimizers' spec (budget in loss evaluations on a stratified subset of the training set). */
function annealingSpec(args: Partial<NetworkArgs>, kind: 'sa' | 'sa-ternary', trainSize: number) {
  const budget = integerFlag('evaluations', args.evaluations ?? DEFAULTS.evaluations, 1, 1e9);
  const subsetSize = integerFlag('subset', args.subset ?? DEFAULTS.subset, 1, 10_000);
  if (subsetSize > trainSize) throw new InputError(`--subset ${subsetSize} exceeds the training set (${trainSize})`);
  if (kind === 'sa') return { kind, budget, ...NETWORK_ANNEALING, adaptProposal: true, subsetSize } as const;
  return {
    kind,
    budget,
    initialTemperature: DEFAULT_TERNARY_OPTIONS.initialTemperature,
    finalTemperature: DEFAULT_TERNARY_OPTIONS.finalTemperature,
    scale: choiceFlag<TernaryScale>('ternary-scale', args.ternaryScale ?? 'none', TERNARY_SCALES),
    subsetSize,
  } as const;
}

/** Validate the flags into the spec they describe (every default made explicit). Bad flags → InputError. */
export function networkSpec(args: Partial<NetworkArgs>): ExperimentSpec {
  const width = integerFlag('hidden', args.hidden, 1, MAX_WIDTH);
  const depth = integerFlag('depth', args.depth ?? 1, 1, MAX_DEPTH);
  const task = choiceFlag('task', args.task ?? 'multiclass', ['multiclass', 'binary'] as const);
  const digits = parseDigits(args.digits ?? '4,9');
  const downsample = choiceFlag<DownsampleMethod>('downsample', args.downsample ?? 'block', DOWNSAMPLE_METHODS);
  const init = choiceFlag<InitScheme>('init', args.init ?? 'torch-default', INIT_SCHEMES);
  const optimizer = choiceFlag<NetworkOptimizer>('optimizer', args.optimizer ?? 'sgd', NETWORK_OPTIMIZERS);
  const runs = integerFlag('runs', args.runs ?? 1, 1, MAX_RUNS);
  const seed = integerFlag('seed', args.seed ?? 1, 0);
  const epochs = integerFlag('epochs', args.epochs ?? DEFAULTS.epochs, 1, 100_000);
  const schedule = choiceFlag<SgdScheduleName>('schedule', args.schedule ?? 'paper-matched', SGD_SCHEDULES);
  if (schedule === 'paper-matched' && args.lr !== undefined) {
    throw new InputError(
      '--lr sets γ0 of the authors schedule only; add --schedule authors (paper-matched sets γ0 = 0.075)',
    );
  }
  const learningRate = numberFlag('lr', args.lr ?? DEFAULT_LEARNING_RATE, Number.MIN_VALUE, 1e6);
  const batchSize = integerFlag('batch', args.batch ?? 1, 1, 10_000);
  const { trainSize, testSize } = splitSizes(args, downsample, task === 'binary' ? digits : ALL_DIGITS);
  const steps =
    schedule === 'paper-matched' ? paperMatchedSchedule(trainSize, epochs) : authorsSchedule(trainSize, learningRate);
  if (optimizer === 'sgd' && batchSize > trainSize) {
    throw new InputError(`--batch ${batchSize} exceeds the training set (${trainSize})`);
  }
  return parseSpec({
    name: `network ${task} ${depth}x${width} ${optimizer}`,
    landscape: {
      kind: 'network',
      depth,
      task,
      ...(task === 'binary' ? { digits } : {}),
      trainSize,
      testSize,
      init,
      downsample,
    },
    optimizer:
      optimizer === 'sgd'
        ? { kind: 'sgd', learningRate: steps.learningRate, decayHorizon: steps.decayHorizon, epochs, batchSize }
        : annealingSpec(args, optimizer, trainSize),
    sizes: [width],
    runsPerSize: runs,
    seed,
    measure: { index: args.index ?? false },
  });
}

type MeanSd = { mean: number | null; sd: number | null };

export interface NetworkRunReport {
  /** null for a diverged run (its record has no metrics). */
  trainLoss: number | null;
  testLoss: number | null;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /** ‖∇ mean training loss‖ at the end (null for a diverged run). */
  gradNorm: number | null;
  epochs?: number;
  evaluations?: number;
  /** SGD and 'sa': the loss after each tenth of the run, and its relative drop over the last fifth. */
  lossCurve?: number[];
  plateauDrop?: number;
  index?: number;
  normalizedIndex?: number;
  diverged?: string;
}

export interface NetworkSummary {
  /** The spec hash (keys the result store). */
  specHash: string;
  runs: number;
  diverged: number;
  parameters: number;
  /** Means and sds over the runs that did not diverge. */
  trainLoss: MeanSd;
  testLoss: MeanSd;
  trainAccuracy: MeanSd;
  testAccuracy: MeanSd;
  /** ‖∇ mean training loss‖ at the end. */
  gradNorm: MeanSd;
  /** Runs whose loss fell by less than 2 % over the last fifth of the run (SGD and 'sa'; null otherwise). */
  plateaued: number | null;
  /** Pearson correlation of train and test loss across runs (null with < 3 runs or a constant loss). */
  pearsonTrainTest: number | null;
  /** How many runs ended at each Hessian index (when --index). */
  indexCounts?: Record<string, number>;
}

function runReport(record: RunRecord): NetworkRunReport {
  const m = record.metrics as NetworkMetrics | null;
  if (m === null) {
    const none = { trainLoss: null, testLoss: null, trainAccuracy: null, testAccuracy: null, gradNorm: null };
    return { ...none, diverged: record.reason ?? 'diverged' };
  }
  const { trainLoss, testLoss, trainAccuracy, testAccuracy, gradNorm, epochs, evaluations, index, normalizedIndex } = m;
  return {
    trainLoss,
    testLoss,
    trainAccuracy,
    testAccuracy,
    gradNorm,
    epochs,
    evaluations,
    ...(m.lossCurve === undefined ? {} : { lossCurve: m.lossCurve, plateauDrop: m.plateauDrop }),
    ...(index === undefined ? {} : { index, normalizedIndex }),
  };
}

function meanSd(values: number[]): MeanSd {
  const { mean, sd } = summarizeValues(values);
  return { mean, sd };
}

function isConstant(values: number[]): boolean {
  return values.every((v) => v === values[0]);
}

/** Summarise the records of a one-size network spec. */
export function networkReport(spec: ExperimentSpec, records: RunRecord[]) {
  if (spec.landscape.kind !== 'network') throw new Error(`networkReport got a ${spec.landscape.kind} spec`);
  const hidden = new Array<number>(spec.landscape.depth).fill(spec.sizes[0]);
  const runs = records.map(runReport);
  const ok = records.flatMap((r) => (r.metrics === null ? [] : [r.metrics as NetworkMetrics]));
  const train = ok.map((m) => m.trainLoss);
  const test = ok.map((m) => m.testLoss);
  const summary: NetworkSummary = {
    specHash: specHash(spec),
    runs: runs.length,
    diverged: runs.length - ok.length,
    parameters: createArchitecture(hidden, spec.landscape.task).parameterCount,
    trainLoss: meanSd(train),
    testLoss: meanSd(test),
    trainAccuracy: meanSd(ok.map((m) => m.trainAccuracy)),
    testAccuracy: meanSd(ok.map((m) => m.testAccuracy)),
    gradNorm: meanSd(ok.map((m) => m.gradNorm)),
    plateaued: ok.some((m) => m.plateauDrop === undefined)
      ? null
      : ok.filter((m) => (m.plateauDrop as number) < PLATEAU_TOLERANCE).length,
    pearsonTrainTest: ok.length >= 3 && !isConstant(train) && !isConstant(test) ? pearson(train, test) : null,
  };
  if (spec.measure.index) summary.indexCounts = indexCounts(records);
  return { runs, summary };
}

function fmt(stat: MeanSd, digits = 4): string {
  return `${stat.mean === null ? '—' : stat.mean.toFixed(digits)} ± ${stat.sd === null ? '—' : stat.sd.toFixed(digits)}`;
}

export function formatNetworkReport(spec: ExperimentSpec, summary: NetworkSummary): string {
  if (spec.landscape.kind !== 'network') throw new Error(`formatNetworkReport got a ${spec.landscape.kind} spec`);
  const { task, depth } = spec.landscape;
  const layers = new Array<number>(depth).fill(spec.sizes[0]).join('-');
  const lines = [
    `${task} ReLU network 100-${layers}-${task === 'multiclass' ? 10 : 1}` +
      ` (${summary.parameters} parameters), ${spec.optimizer.kind}, ${summary.runs} run(s), seed ${spec.seed}` +
      (summary.diverged > 0 ? `, ${summary.diverged} diverged` : ''),
    `train loss     ${fmt(summary.trainLoss)}   (mean ± sd over runs)`,
    `test loss      ${fmt(summary.testLoss)}`,
    `train accuracy ${fmt(summary.trainAccuracy)}`,
    `test accuracy  ${fmt(summary.testAccuracy)}`,
    `‖∇ train loss‖ ${fmt(summary.gradNorm, 5)}`,
    ...(summary.plateaued === null
      ? []
      : [
          `plateau        ${summary.plateaued}/${summary.runs - summary.diverged} runs lowered the loss < 2 % over the last fifth`,
        ]),
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
    engineOptions(yargs)
      .option('hidden', { type: 'number', demandOption: true, describe: 'width of each hidden layer' })
      .option('depth', { type: 'number', default: 1, describe: 'number of hidden layers' })
      .option('runs', { type: 'number', default: 1, describe: 'networks differing only in their initial weights' })
      .option('epochs', { type: 'number', default: DEFAULTS.epochs, describe: 'SGD epochs' })
      .option('optimizer', { type: 'string', default: 'sgd', describe: 'sgd | sa | sa-ternary' })
      .option('seed', { type: 'number', default: 1, describe: 'master seed (split, init, batch order, proposals)' })
      .option('schedule', {
        type: 'string',
        default: 'paper-matched',
        describe: "SGD steps: paper-matched (γ0 0.075, the paper's step sum) | authors (γ0 --lr, decay per epoch)",
      })
      .option('lr', { type: 'number', describe: `SGD γ0 of --schedule authors (default ${DEFAULT_LEARNING_RATE})` })
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
        default: DEFAULTS.evaluations,
        describe: 'annealing budget (loss evaluations on the subset)',
      })
      .option('subset', { type: 'number', default: DEFAULTS.subset, describe: 'annealing subset size' })
      .option('ternary-scale', { type: 'string', default: 'none', describe: 'sa-ternary: none | fan-in' })
      .option('index', { type: 'boolean', default: false, describe: 'Hessian index of the training loss per run' })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'print one JSON object',
      }) as unknown as Argv<NetworkArgs>,
  handler: async (args: ArgumentsCamelCase<NetworkArgs>) => {
    const spec = networkSpec(args);
    const records = await runOrWriteSpec(spec, args);
    if (!records) return;
    const report = networkReport(spec, records);
    process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : formatNetworkReport(spec, report.summary));
  },
};
