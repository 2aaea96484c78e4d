import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { InputError } from '../../core/input-error.js';
import { executeSpinGlass, spinGlassSample } from '../../experiments/execute-spinglass.js';
import { guardFinite, type RunRecord, type SpinGlassMetrics } from '../../experiments/run-record.js';
import { type ExperimentSpec, parseSpec } from '../../experiments/spec.js';
import { specHash } from '../../experiments/spec-hash.js';
import { indexCounts, summarizeValues } from '../../experiments/summarize.js';
import { DEFAULT_GD_OPTIONS, spinGlassLearningRate } from '../../optim/gradient-descent.js';
import { DEFAULT_ANNEALING_OPTIONS } from '../../optim/simulated-annealing.js';
import { DEFAULT_SGD_OPTIONS } from '../../optim/stochastic-gradient-descent.js';
import { readCouplingsFile, writeCouplingsFile } from '../../spinglass/couplings-file.js';
import type { Ensemble } from '../../spinglass/ensemble.js';
import type { SpinGlassLandscape } from '../../spinglass/spin-glass-landscape.js';
import { eInfinity } from '../../theory/e-infinity.js';
import { type EngineFlags, engineOptions, runOrWriteSpec } from '../engine-front-end.js';
import { choiceFlag, integerFlag, numberFlag } from '../validate.js';
import { spinglassEvalCommand } from './spinglass-eval.js';

export const OPTIMIZERS = ['gd', 'sgd', 'sa'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];
const ENSEMBLES: readonly Ensemble[] = ['gaussian', 'rademacher', 'uniform'];
const DISORDERS = ['fixed', 'per-run', 'landscapes'] as const;

/** Upper bounds that keep a mistyped flag from starting a days-long run or allocating N^p memory (p: the spec's). */
export const MAX_N = 5000;
export const MAX_P = 8;
export const MAX_RUNS = 100_000;

interface SpinglassArgs extends EngineFlags {
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

export interface SpinglassRunReport {
  /** null for a diverged run (its record has no metrics). */
  scaledEnergy: number | null;
  energy: number | null;
  gradNorm: number | null;
  iterations: number | null;
  converged: boolean;
  diverged?: string;
  index?: number;
}

export interface SpinglassReport {
  runs: SpinglassRunReport[];
  summary: {
    n: number;
    p: number;
    optimizer: OptimizerName;
    disorder: 'fixed' | 'per-run' | 'landscapes';
    /** Coupling samples the runs are spread over (disorder 'landscapes' only). */
    landscapes?: number;
    seed: number;
    ensemble: Ensemble;
    /** The --couplings file the runs used instead of the spec's coupling sample. */
    couplings?: string;
    /** The spec hash (keys the result store). */
    specHash: string;
    runs: number;
    converged: number;
    diverged: number;
    /** Over the runs that did not diverge; sd is null with fewer than two. */
    scaledEnergy: { mean: number | null; sd: number | null; min: number | null; max: number | null };
    /** −E_∞(p), the level the bottom of the landscape approaches as N → ∞. */
    minusEInfinity: number;
    /** Over the runs that did not diverge (null if none). */
    meanIterations: number | null;
    /** index value → number of runs, when --index was given. */
    indexCounts?: Record<string, number>;
  };
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
export function spinglassSettings(args: Partial<SpinglassArgs>): SpinglassSettings {
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

/** The per-run report of a record (a diverged record has no metrics: nulls and its reason). */
function runReport(record: RunRecord): SpinglassRunReport {
  const m = record.metrics as SpinGlassMetrics | null;
  if (m === null) {
    return {
      scaledEnergy: null,
      energy: null,
      gradNorm: null,
      iterations: null,
      converged: false,
      diverged: record.reason ?? 'diverged',
    };
  }
  return {
    scaledEnergy: m.scaledEnergy,
    energy: m.energy,
    gradNorm: m.gradNorm,
    iterations: m.iterations,
    converged: m.converged,
    ...(m.index === undefined ? {} : { index: m.index }),
  };
}

/** Summarise the records of a one-size spin-glass spec. */
export function spinglassReport(spec: ExperimentSpec, records: RunRecord[], couplingsFile?: string): SpinglassReport {
  if (spec.landscape.kind !== 'spinglass') throw new Error(`spinglassReport got a ${spec.landscape.kind} spec`);
  const runs = records.map(runReport);
  const finished = runs.filter((r) => r.diverged === undefined);
  const energy = summarizeValues(finished.map((r) => r.scaledEnergy as number));
  const summary: SpinglassReport['summary'] = {
    n: spec.sizes[0],
    p: spec.landscape.p,
    optimizer: spec.optimizer.kind as OptimizerName,
    disorder: spec.landscape.disorder,
    ...(spec.landscape.landscapes === undefined ? {} : { landscapes: spec.landscape.landscapes }),
    seed: spec.seed,
    ensemble: spec.landscape.ensemble,
    ...(couplingsFile === undefined ? {} : { couplings: couplingsFile }),
    specHash: specHash(spec),
    runs: runs.length,
    converged: runs.filter((r) => r.converged).length,
    diverged: runs.length - finished.length,
    scaledEnergy: { mean: energy.mean, sd: energy.sd, min: energy.min, max: energy.max },
    minusEInfinity: -eInfinity(spec.landscape.p),
    meanIterations: summarizeValues(finished.map((r) => r.iterations as number)).mean,
  };
  if (spec.measure.index) summary.indexCounts = indexCounts(records);
  return { runs, summary };
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
export async function runSpinglass(args: Partial<SpinglassArgs>): Promise<SpinglassReport | undefined> {
  const settings = spinglassSettings(args);
  const { spec, couplings, saveCouplings } = settings;
  if (saveCouplings !== undefined) {
    const landscape = couplings ?? spinGlassSample(spec, spec.sizes[0], 0);
    writeCouplingsFile(saveCouplings, landscape);
  }
  const records = couplings ? await runOnCouplings(settings) : await runOrWriteSpec(spec, args);
  return records && spinglassReport(spec, records, settings.couplingsFile);
}

function fmt(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(6);
}

/** The human-readable summary. */
export function formatSpinglassReport(report: SpinglassReport): string {
  const s = report.summary;
  const e = s.scaledEnergy;
  const couplings = s.couplings === undefined ? `${s.ensemble} couplings` : `couplings from ${s.couplings}`;
  const lines = [
    `${s.p}-spin glass, N = ${s.n}, ${couplings}, ${s.runs} runs of ${s.optimizer}, disorder ${s.disorder}${s.landscapes === undefined ? '' : ` (${s.landscapes} landscapes)`}, seed ${s.seed}`,
    `scaled energy H/N: mean ${fmt(e.mean)}  sd ${fmt(e.sd)}  min ${fmt(e.min)}  max ${fmt(e.max)}   (−E_inf = ${s.minusEInfinity.toFixed(6)})`,
    `converged ${s.converged} of ${s.runs}${s.diverged > 0 ? `, diverged ${s.diverged}` : ''}; mean iterations ${s.meanIterations === null ? 'n/a' : s.meanIterations.toFixed(1)}`,
  ];
  if (s.indexCounts) {
    const entries = Object.entries(s.indexCounts).sort((a, b) => Number(a[0]) - Number(b[0]));
    lines.push(`index: ${entries.map(([k, c]) => `${k}: ${c}`).join(', ')}  (index: runs)`);
  }
  return `${lines.join('\n')}\n`;
}

export const spinglassCommand: CommandModule<object, SpinglassArgs> = {
  command: 'spinglass',
  describe:
    'Optimize the spherical p-spin glass from many random starts (gd, sgd or sa); `spinglass eval` for one point',
  builder: (y: Argv) =>
    engineOptions(y)
      .command(spinglassEvalCommand)
      .option('n', {
        global: false,
        type: 'number',
        describe: 'N, the number of spins (default 100, or from --couplings)',
      })
      .option('p', {
        global: false,
        type: 'number',
        describe: 'interaction order p ≥ 2 (default 3, or from --couplings)',
      })
      .option('runs', { global: false, type: 'number', default: 50, describe: 'number of runs (random starts)' })
      .option('optimizer', { global: false, type: 'string', default: 'gd', describe: 'gd | sgd | sa' })
      .option('seed', {
        global: false,
        type: 'number',
        default: 1,
        describe: 'master seed of the named random streams',
      })
      .option('disorder', {
        global: false,
        type: 'string',
        default: 'fixed',
        describe:
          'fixed: one landscape, many starts (the paper); per-run: a new landscape per run; landscapes: --landscapes L samples, run r on sample r mod L',
      })
      .option('landscapes', {
        global: false,
        type: 'number',
        describe: 'coupling samples per size with --disorder landscapes (run r uses sample r mod L)',
      })
      .option('lr', {
        global: false,
        type: 'number',
        describe: 'γ0 (default min(0.1, 1/(4√(p(p−1)))): half the stability limit near the ground state)',
      })
      .option('decay', {
        global: false,
        type: 'number',
        default: DEFAULT_GD_OPTIONS.decay,
        describe: 'γ_t = γ0/(1 + decay·t)',
      })
      .option('tol', {
        global: false,
        type: 'number',
        default: DEFAULT_GD_OPTIONS.tolerance,
        describe: 'stop when ‖grad_R H‖/√N < tol',
      })
      .option('max-iter', {
        global: false,
        type: 'number',
        default: DEFAULT_GD_OPTIONS.maxIterations,
        describe: 'GD step limit',
      })
      .option('P', {
        global: false,
        type: 'number',
        default: 1,
        describe: 'sgd: number of coupling sub-samples (components)',
      })
      .option('epochs', {
        global: false,
        type: 'number',
        default: DEFAULT_SGD_OPTIONS.epochs,
        describe: 'sgd: epochs of P steps',
      })
      .option('budget', {
        global: false,
        type: 'number',
        default: DEFAULT_ANNEALING_OPTIONS.budget,
        describe: 'sa: energy evaluations',
      })
      .option('ensemble', {
        global: false,
        type: 'string',
        default: 'gaussian',
        describe: 'gaussian | rademacher | uniform',
      })
      .option('couplings', {
        global: false,
        type: 'string',
        describe: 'read the full coupling tensor (float64 .npy, N×…×N)',
      })
      .option('save-couplings', {
        global: false,
        type: 'string',
        describe: 'write the full coupling tensor (.npy) used',
      })
      .option('index', {
        global: false,
        type: 'boolean',
        default: false,
        describe: 'compute the Hessian index at each final point',
      })
      .option('json', {
        global: false,
        type: 'boolean',
        default: false,
        describe: 'print one JSON object',
      }) as unknown as Argv<SpinglassArgs>,
  async handler(args: ArgumentsCamelCase<SpinglassArgs>) {
    const report = await runSpinglass(args);
    if (report) process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : formatSpinglassReport(report));
  },
};
