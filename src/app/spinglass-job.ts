/**
 * The job of `landscape spinglass`: flags → the experiment spec they describe (every default explicit, every bad
 * value an InputError naming the flag), then the runs — through the engine, or in this process on a landscape read
 * with --couplings — and their summary (spinglass-summary.ts).
 */
import { InputError } from '../core/input-error.js';
import { executeSpinGlass, spinGlassSample } from '../experiments/execute-spinglass.js';
import { guardFinite, type RunRecord } from '../experiments/run-record.js';
import { type ExperimentSpec, parseSpec } from '../experiments/spec.js';
import { DEFAULT_GD_OPTIONS, spinGlassLearningRate } from '../optim/gradient-descent.js';
import { DEFAULT_ANNEALING_OPTIONS } from '../optim/simulated-annealing.js';
import { DEFAULT_SGD_OPTIONS } from '../optim/stochastic-gradient-descent.js';
import { readCouplingsFile, writeCouplingsFile } from '../spinglass/couplings-file.js';
import type { Ensemble } from '../spinglass/ensemble.js';
import type { SpinGlassLandscape } from '../spinglass/spin-glass-landscape.js';
import { choiceFlag, integerFlag, numberFlag } from './flag-checks.js';
import { type EngineFlags, runOrWriteSpec } from './run-or-write-spec.js';
import { type SpinglassReport, spinglassReport } from './spinglass-summary.js';

export const OPTIMIZERS = ['gd', 'sgd', 'sa'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];
const ENSEMBLES: readonly Ensemble[] = ['gaussian', 'rademacher', 'uniform'];
const DISORDERS = ['fixed', 'per-run', 'landscapes'] as const;

/** Upper bounds that keep a mistyped flag from starting a days-long run or allocating N^p memory (p: the spec's). */
export const MAX_N = 5000;
export const MAX_P = 8;
export const MAX_RUNS = 100_000;

/** The flags of `landscape spinglass` (yargs' camel-case names); missing ones take their defaults. */
export interface SpinglassOptions extends EngineFlags {
  n?: number;
  p?: number;
  runs: number;
  optimizer: string;
  seed: number;
  disorder: string;
  landscapes?: number;
  lr?: number;
  decay: number;
  tol: number;
  maxIter: number;
  P: number;
  epochs: number;
  budget: number;
  ensemble: string;
  couplings?: string;
  saveCouplings?: string;
  index: boolean;
}

/** What one `landscape spinglass` invocation runs: a spec, or (with --couplings) a spec on a loaded landscape. */
export interface SpinglassSettings {
  spec: ExperimentSpec;
  /** The landscape read from --couplings (it replaces the spec's coupling sample). */
  couplings?: SpinGlassLandscape;
  couplingsFile?: string;
  saveCouplings?: string;
}

/** Read --couplings (src/spinglass/couplings-file.ts), agreeing with --n/--p when given and within the limits. */
function readCouplings(file: string, n: number | undefined, p: number | undefined): SpinGlassLandscape {
  const landscape = readCouplingsFile(file);
  if ((n !== undefined && n !== landscape.n) || (p !== undefined && p !== landscape.p)) {
    const shape = new Array<number>(landscape.p).fill(landscape.n).join(', ');
    throw new InputError(
      `--couplings has shape (${shape}), which disagrees with --n ${n ?? landscape.n} --p ${p ?? landscape.p}`,
    );
  }
  integerFlag('n', landscape.n, 2, MAX_N);
  integerFlag('p', landscape.p, 2, MAX_P);
  return landscape;
}

/**
 * Turn flags into the spec they describe (every default made explicit); every bad value → InputError. Reads the
 * couplings file if given.
 */
export function spinglassSettings(args: Partial<SpinglassOptions>): SpinglassSettings {
  const optimizer = choiceFlag('optimizer', args.optimizer ?? 'gd', OPTIMIZERS);
  const disorder = choiceFlag('disorder', args.disorder ?? 'fixed', DISORDERS);
  const ensemble = choiceFlag('ensemble', args.ensemble ?? 'gaussian', ENSEMBLES);
  if (args.landscapes !== undefined && disorder !== 'landscapes')
    throw new InputError('--landscapes L needs --disorder landscapes');
  if (args.landscapes === undefined && disorder === 'landscapes')
    throw new InputError('--disorder landscapes needs --landscapes L (coupling samples; run r uses sample r mod L)');
  const landscapes =
    args.landscapes === undefined ? undefined : integerFlag('landscapes', args.landscapes, 1, MAX_RUNS);
  const runs = integerFlag('runs', args.runs ?? 50, 1, MAX_RUNS);
  const seed = integerFlag('seed', args.seed ?? 1, 0);
  const subsamples = integerFlag('P', args.P ?? 1, 1, 1000);
  const epochs = integerFlag('epochs', args.epochs ?? DEFAULT_SGD_OPTIONS.epochs, 1, 1e9);
  const budget = integerFlag('budget', args.budget ?? DEFAULT_ANNEALING_OPTIONS.budget, 1, 1e12);
  let n = args.n === undefined ? undefined : integerFlag('n', args.n, 2, MAX_N);
  let p = args.p === undefined ? undefined : integerFlag('p', args.p, 2, MAX_P);
  let couplings: SpinGlassLandscape | undefined;
  if (args.couplings !== undefined) {
    if (disorder !== 'fixed') throw new InputError('--couplings gives one landscape: use it with --disorder fixed');
    if (optimizer === 'sgd' && subsamples > 1)
      throw new InputError('--optimizer sgd with --P > 1 samples its own sub-samples; it cannot use --couplings');
    if (args.specOut !== undefined)
      throw new InputError('--spec-out cannot describe --couplings runs: a spec draws its couplings from its seed');
    if (args.results !== undefined)
      throw new InputError('--couplings runs are not stored (no spec can name the file): drop --results');
    couplings = readCouplings(args.couplings, n, p);
    n = couplings.n;
    p = couplings.p;
  }
  n ??= 100;
  p ??= 3;
  if (args.saveCouplings !== undefined && disorder !== 'fixed')
    throw new InputError('--save-couplings needs --disorder fixed (one landscape)');
  if (args.saveCouplings !== undefined && args.specOut !== undefined)
    throw new InputError('--save-couplings writes the couplings of a run, and --spec-out runs nothing: use one');
  const learningRate = args.lr === undefined ? spinGlassLearningRate(p) : numberFlag('lr', args.lr, 0, 1e6);
  if (learningRate === 0) throw new InputError('--lr must be positive, got 0');
  const descent = {
    learningRate,
    decay: numberFlag('decay', args.decay ?? DEFAULT_GD_OPTIONS.decay, 0, 1e6),
    tolerance: numberFlag('tol', args.tol ?? DEFAULT_GD_OPTIONS.tolerance, 0, 1e6),
    maxIterations: integerFlag('max-iter', args.maxIter ?? DEFAULT_GD_OPTIONS.maxIterations, 1, 1e9),
    haltingThresholds: [...DEFAULT_GD_OPTIONS.haltingThresholds],
  };
  const optimizerSpec: ExperimentSpec['optimizer'] =
    optimizer === 'gd'
      ? { kind: 'gd', ...descent }
      : optimizer === 'sgd'
        ? { kind: 'sgd', learningRate, decay: descent.decay, epochs, polish: descent }
        : {
            kind: 'sa',
            budget,
            initialTemperature: DEFAULT_ANNEALING_OPTIONS.initialTemperature as number,
            finalTemperature: DEFAULT_ANNEALING_OPTIONS.finalTemperature as number,
            proposalScale: DEFAULT_ANNEALING_OPTIONS.proposalScale as number,
            adaptProposal: DEFAULT_ANNEALING_OPTIONS.adaptProposal as boolean,
          };
  const spec = parseSpec({
    name: `spinglass p=${p} N=${n} ${optimizer}`,
    // P sub-samples are what SGD steps through; the other optimizers see the full coupling sample only.
    landscape: {
      kind: 'spinglass',
      p,
      ensemble,
      disorder,
      ...(landscapes === undefined ? {} : { landscapes }),
      ...(optimizer === 'sgd' ? { subsamples } : {}),
    },
    optimizer: optimizerSpec,
    sizes: [n],
    runsPerSize: runs,
    seed,
    measure: { index: args.index ?? false },
  });
  return { spec, couplings, couplingsFile: args.couplings, saveCouplings: args.saveCouplings };
}

/**
 * Runs on a --couplings landscape: in this process (--workers does not apply; results never depend on it), through
 * the executor's own code (executeSpinGlass with the loaded landscape in place of the sample). Not stored: no spec
 * can name the file.
 */
async function runOnCouplings(settings: SpinglassSettings): Promise<RunRecord[]> {
  const { spec, couplings } = settings;
  const runIndices = Array.from({ length: spec.runsPerSize }, (_, r) => r);
  return (await executeSpinGlass(spec, spec.sizes[0], runIndices, { couplings })).map(guardFinite);
}

/** Validate, save the couplings if asked, run (or write the spec) and summarise; undefined when nothing ran. */
export async function runSpinglass(args: Partial<SpinglassOptions>): Promise<SpinglassReport | undefined> {
  const settings = spinglassSettings(args);
  const { spec, couplings, saveCouplings } = settings;
  if (saveCouplings !== undefined) {
    const landscape = couplings ?? spinGlassSample(spec, spec.sizes[0], 0);
    writeCouplingsFile(saveCouplings, landscape);
  }
  const records = couplings ? await runOnCouplings(settings) : await runOrWriteSpec(spec, args);
  return records && spinglassReport(spec, records, settings.couplingsFile);
}
