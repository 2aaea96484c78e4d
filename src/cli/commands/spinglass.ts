import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { readNpy, writeNpy } from '../../io/npy.js';
import {
  DEFAULT_GD_OPTIONS,
  type GradientDescentOptions,
  gradientDescent,
  spinGlassLearningRate,
} from '../../optim/gradient-descent.js';
import { hessianIndex } from '../../optim/hessian-index.js';
import type { OptimizerRun } from '../../optim/run-result.js';
import { DEFAULT_ANNEALING_OPTIONS, simulatedAnnealing } from '../../optim/simulated-annealing.js';
import { DEFAULT_SGD_OPTIONS, stochasticGradientDescent } from '../../optim/stochastic-gradient-descent.js';
import { stream } from '../../random/streams.js';
import type { Ensemble } from '../../spinglass/ensemble.js';
import { packFullTensor, unpackToFullTensor } from '../../spinglass/full-tensor.js';
import { randomSpherePoint } from '../../spinglass/random-point.js';
import { SpinGlassLandscape } from '../../spinglass/spin-glass-landscape.js';
import { mean } from '../../stats/mean.js';
import { standardDeviation } from '../../stats/standard-deviation.js';
import { eInfinity } from '../../theory/e-infinity.js';
import { InputError } from '../input-error.js';
import { choiceFlag, integerFlag, numberFlag } from '../validate.js';
import { spinglassEvalCommand } from './spinglass-eval.js';

export const OPTIMIZERS = ['gd', 'sgd', 'sa'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];
const ENSEMBLES: readonly Ensemble[] = ['gaussian', 'rademacher', 'uniform'];
const DISORDERS = ['fixed', 'per-run'] as const;

/** Upper bounds that keep a mistyped flag from starting a days-long run or allocating N^p memory. */
export const MAX_N = 5000;
export const MAX_P = 12;
export const MAX_RUNS = 100_000;

interface SpinglassArgs {
  n?: number;
  p?: number;
  runs: number;
  optimizer: string;
  seed: number;
  disorder: string;
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
  json: boolean;
}

/** The validated settings of one `landscape spinglass` invocation. */
export interface SpinglassSettings {
  n: number;
  p: number;
  runs: number;
  optimizer: OptimizerName;
  seed: number;
  disorder: 'fixed' | 'per-run';
  gd: GradientDescentOptions;
  subsamples: number;
  epochs: number;
  budget: number;
  ensemble: Ensemble;
  couplingsFile?: string;
  saveCouplings?: string;
  index: boolean;
}

export interface SpinglassRunReport {
  scaledEnergy: number;
  energy: number;
  gradNorm: number;
  iterations: number;
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
    disorder: 'fixed' | 'per-run';
    seed: number;
    ensemble: Ensemble;
    runs: number;
    converged: number;
    diverged: number;
    /** Over the runs with a finite energy; sd is null with fewer than two. */
    scaledEnergy: { mean: number | null; sd: number | null; min: number | null; max: number | null };
    /** −E_∞(p), the level the bottom of the landscape approaches as N → ∞. */
    minusEInfinity: number;
    meanIterations: number;
    /** index value → number of runs, when --index was given. */
    indexCounts?: Record<string, number>;
  };
}

/** Turn flags into settings; every bad value → InputError. Reads the couplings file's shape if given. */
export function spinglassSettings(
  args: Partial<SpinglassArgs>,
): SpinglassSettings & { couplings?: SpinGlassLandscape } {
  const optimizer = choiceFlag('optimizer', args.optimizer ?? 'gd', OPTIMIZERS);
  const disorder = choiceFlag('disorder', args.disorder ?? 'fixed', DISORDERS);
  const ensemble = choiceFlag('ensemble', args.ensemble ?? 'gaussian', ENSEMBLES);
  const runs = integerFlag('runs', args.runs ?? 50, 1, MAX_RUNS);
  const seed = integerFlag('seed', args.seed ?? 1, 0);
  const subsamples = integerFlag('P', args.P ?? 1, 1, 10_000);
  const epochs = integerFlag('epochs', args.epochs ?? DEFAULT_SGD_OPTIONS.epochs, 0, 1e9);
  const budget = integerFlag('budget', args.budget ?? DEFAULT_ANNEALING_OPTIONS.budget, 1, 1e12);
  let n = args.n === undefined ? undefined : integerFlag('n', args.n, 2, MAX_N);
  let p = args.p === undefined ? undefined : integerFlag('p', args.p, 2, MAX_P);
  let couplings: SpinGlassLandscape | undefined;
  if (args.couplings !== undefined) {
    if (disorder !== 'fixed') throw new InputError('--couplings gives one landscape: use it with --disorder fixed');
    if (optimizer === 'sgd' && subsamples > 1)
      throw new InputError('--optimizer sgd with --P > 1 samples its own sub-samples; it cannot use --couplings');
    const tensor = readNpy(args.couplings);
    const fileP = tensor.shape.length;
    const fileN = tensor.shape[0];
    if (fileP < 2 || fileN < 2 || tensor.shape.some((d) => d !== fileN))
      throw new InputError(
        `--couplings must have shape N×…×N (p ≥ 2 equal axes, N ≥ 2), got (${tensor.shape.join(', ')})`,
      );
    if ((n !== undefined && n !== fileN) || (p !== undefined && p !== fileP))
      throw new InputError(
        `--couplings has shape (${tensor.shape.join(', ')}), which disagrees with --n ${n ?? fileN} --p ${p ?? fileP}`,
      );
    for (let i = 0; i < tensor.data.length; i++)
      if (!Number.isFinite(tensor.data[i]))
        throw new InputError(`--couplings has a non-finite entry at flat index ${i}`);
    n = fileN;
    p = fileP;
    couplings = SpinGlassLandscape.fromCouplings(packFullTensor(n, p, tensor.data));
  }
  n ??= 100;
  p ??= 3;
  if (args.saveCouplings !== undefined && disorder !== 'fixed')
    throw new InputError('--save-couplings needs --disorder fixed (one landscape)');
  const learningRate = args.lr === undefined ? spinGlassLearningRate(p) : numberFlag('lr', args.lr, 0, 1e6);
  if (learningRate === 0) throw new InputError('--lr must be positive, got 0');
  const gd: GradientDescentOptions = {
    learningRate,
    decay: numberFlag('decay', args.decay ?? DEFAULT_GD_OPTIONS.decay, 0, 1e6),
    tolerance: numberFlag('tol', args.tol ?? DEFAULT_GD_OPTIONS.tolerance, 0, 1e6),
    maxIterations: integerFlag('max-iter', args.maxIter ?? DEFAULT_GD_OPTIONS.maxIterations, 0, 1e9),
    haltingThresholds: DEFAULT_GD_OPTIONS.haltingThresholds,
  };
  return {
    n,
    p,
    runs,
    optimizer,
    seed,
    disorder,
    gd,
    subsamples,
    epochs,
    budget,
    ensemble,
    couplingsFile: args.couplings,
    saveCouplings: args.saveCouplings,
    index: args.index ?? false,
    couplings,
  };
}

function sampleLandscape(s: SpinglassSettings, run: number): SpinGlassLandscape {
  return SpinGlassLandscape.sample({
    n: s.n,
    p: s.p,
    ensemble: s.ensemble,
    subsamples: s.optimizer === 'sgd' ? s.subsamples : 1,
    rng: stream({ master: s.seed, purpose: 'disorder', size: s.n, run }),
  });
}

function startPoint(s: SpinglassSettings, run: number): Float64Array {
  return randomSpherePoint(s.n, stream({ master: s.seed, purpose: 'init', size: s.n, run }));
}

/** Run the optimizer on each landscape: one landscape for all runs (fixed) uses the batch-first paths. */
function optimize(s: SpinglassSettings, landscape: SpinGlassLandscape, runIndices: number[]): OptimizerRun[] {
  const starts = runIndices.map((r) => startPoint(s, r));
  switch (s.optimizer) {
    case 'gd':
      return gradientDescent(landscape, starts, s.gd);
    case 'sgd':
      return stochasticGradientDescent(landscape, starts, {
        learningRate: s.gd.learningRate,
        decay: s.gd.decay,
        epochs: s.epochs,
        polish: s.gd,
      });
    case 'sa':
      return runIndices.map((r, i) =>
        simulatedAnnealing(landscape, starts[i], {
          ...DEFAULT_ANNEALING_OPTIONS,
          budget: s.budget,
          rng: stream({ master: s.seed, purpose: 'proposal', size: s.n, run: r }),
        }),
      );
  }
}

/** Validate, run, and summarise. */
export function spinglassReport(args: Partial<SpinglassArgs>): SpinglassReport {
  const s = spinglassSettings(args);
  const runIndices = Array.from({ length: s.runs }, (_, r) => r);
  const results: { run: OptimizerRun; landscape: SpinGlassLandscape }[] = [];
  if (s.disorder === 'fixed') {
    const landscape = s.couplings ?? sampleLandscape(s, 0);
    if (s.saveCouplings !== undefined)
      writeNpy(s.saveCouplings, Array(s.p).fill(s.n), unpackToFullTensor(landscape.couplings));
    for (const run of optimize(s, landscape, runIndices)) results.push({ run, landscape });
  } else {
    for (const r of runIndices) {
      const landscape = sampleLandscape(s, r);
      results.push({ run: optimize(s, landscape, [r])[0], landscape });
    }
  }
  const runs: SpinglassRunReport[] = results.map(({ run, landscape }) => ({
    scaledEnergy: run.scaledEnergy,
    energy: run.energy,
    gradNorm: run.gradNorm,
    iterations: run.iterations,
    converged: run.converged,
    ...(run.diverged === undefined ? {} : { diverged: run.diverged }),
    ...(s.index && run.diverged === undefined ? { index: hessianIndex(landscape, run.point).index } : {}),
  }));
  const energies = runs.map((r) => r.scaledEnergy).filter(Number.isFinite);
  const summary: SpinglassReport['summary'] = {
    n: s.n,
    p: s.p,
    optimizer: s.optimizer,
    disorder: s.disorder,
    seed: s.seed,
    ensemble: s.ensemble,
    runs: s.runs,
    converged: runs.filter((r) => r.converged).length,
    diverged: runs.filter((r) => r.diverged !== undefined).length,
    scaledEnergy: {
      mean: energies.length > 0 ? mean(energies) : null,
      sd: energies.length > 1 ? standardDeviation(energies) : null,
      min: energies.length > 0 ? Math.min(...energies) : null,
      max: energies.length > 0 ? Math.max(...energies) : null,
    },
    minusEInfinity: -eInfinity(s.p),
    meanIterations: mean(runs.map((r) => r.iterations)),
  };
  if (s.index) {
    const counts: Record<string, number> = {};
    for (const r of runs) if (r.index !== undefined) counts[r.index] = (counts[r.index] ?? 0) + 1;
    summary.indexCounts = counts;
  }
  return { runs, summary };
}

function fmt(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(6);
}

/** The human-readable summary. */
export function formatSpinglassReport(report: SpinglassReport): string {
  const s = report.summary;
  const e = s.scaledEnergy;
  const lines = [
    `${s.p}-spin glass, N = ${s.n}, ${s.ensemble} couplings, ${s.runs} runs of ${s.optimizer}, disorder ${s.disorder}, seed ${s.seed}`,
    `scaled energy H/N: mean ${fmt(e.mean)}  sd ${fmt(e.sd)}  min ${fmt(e.min)}  max ${fmt(e.max)}   (−E_inf = ${s.minusEInfinity.toFixed(6)})`,
    `converged ${s.converged} of ${s.runs}${s.diverged > 0 ? `, diverged ${s.diverged}` : ''}; mean iterations ${s.meanIterations.toFixed(1)}`,
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
    y
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
        describe: 'fixed: one landscape, many starts (the paper); per-run: a new landscape per run',
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
  handler(args: ArgumentsCamelCase<SpinglassArgs>) {
    const report = spinglassReport(args);
    process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : formatSpinglassReport(report));
  },
};
