/**
 * The job of `landscape network`: flags → the experiment spec they describe (every default explicit, every bad
 * value an InputError naming the flag); the runs go through the engine (run-or-write-spec.ts) and are summarised by
 * network-summary.ts.
 */
import { InputError } from '../core/input-error.js';
import { type ExperimentSpec, parseSpec } from '../experiments/spec.js';
import { DOWNSAMPLE_METHODS, type DownsampleMethod } from '../network/downsample.js';
import { INIT_SCHEMES, type InitScheme } from '../network/init.js';
import { loadMnist10x10 } from '../network/mnist.js';
import { NETWORK_ANNEALING } from '../network/network-annealing.js';
import { authorsSchedule, paperMatchedSchedule, SGD_SCHEDULES, type SgdScheduleName } from '../network/sgd-schedule.js';
import { DEFAULT_TERNARY_OPTIONS, TERNARY_SCALES, type TernaryScale } from '../network/ternary-annealing.js';
import { DEFAULT_LEARNING_RATE } from '../network/train-sgd.js';
import { choiceFlag, integerFlag, numberFlag } from './flag-checks.js';
import { networkReport } from './network-summary.js';
import { type EngineFlags, runOrWriteSpec } from './run-or-write-spec.js';

export type NetworkOptimizer = 'sgd' | 'sa' | 'sa-ternary';
export const NETWORK_OPTIMIZERS: readonly NetworkOptimizer[] = ['sgd', 'sa', 'sa-ternary'];

/** The flags of `landscape network` (yargs' camel-case names); missing ones take their defaults. */
export interface NetworkOptions extends EngineFlags {
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
export const NETWORK_FLAG_DEFAULTS = { epochs: 200, evaluations: 100_000, subset: 4000 } as const;

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
function splitSizes(args: Partial<NetworkOptions>, downsample: DownsampleMethod, digits: readonly number[]) {
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
function annealingSpec(args: Partial<NetworkOptions>, kind: 'sa' | 'sa-ternary', trainSize: number) {
  const budget = integerFlag('evaluations', args.evaluations ?? NETWORK_FLAG_DEFAULTS.evaluations, 1, 1e9);
  const subsetSize = integerFlag('subset', args.subset ?? NETWORK_FLAG_DEFAULTS.subset, 1, 10_000);
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
export function networkSpec(args: Partial<NetworkOptions>): ExperimentSpec {
  const width = integerFlag('hidden', args.hidden, 1, MAX_WIDTH);
  const depth = integerFlag('depth', args.depth ?? 1, 1, MAX_DEPTH);
  const task = choiceFlag('task', args.task ?? 'multiclass', ['multiclass', 'binary'] as const);
  const digits = parseDigits(args.digits ?? '4,9');
  const downsample = choiceFlag<DownsampleMethod>('downsample', args.downsample ?? 'block', DOWNSAMPLE_METHODS);
  const init = choiceFlag<InitScheme>('init', args.init ?? 'torch-default', INIT_SCHEMES);
  const optimizer = choiceFlag<NetworkOptimizer>('optimizer', args.optimizer ?? 'sgd', NETWORK_OPTIMIZERS);
  const runs = integerFlag('runs', args.runs ?? 1, 1, MAX_RUNS);
  const seed = integerFlag('seed', args.seed ?? 1, 0);
  const epochs = integerFlag('epochs', args.epochs ?? NETWORK_FLAG_DEFAULTS.epochs, 1, 100_000);
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

/** Validate, run (or, with --spec-out, write the spec) and summarise; undefined when nothing ran. */
export async function runNetwork(args: Partial<NetworkOptions>) {
  const spec = networkSpec(args);
  const records = await runOrWriteSpec(spec, args);
  return records && { spec, report: networkReport(spec, records) };
}
