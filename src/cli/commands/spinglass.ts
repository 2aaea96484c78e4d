import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { runSpinglass, type SpinglassOptions } from '../../app/spinglass-job.js';
import { formatSpinglassReport } from '../../app/spinglass-summary.js';
import { DEFAULT_GD_OPTIONS } from '../../optim/gradient-descent.js';
import { DEFAULT_ANNEALING_OPTIONS } from '../../optim/simulated-annealing.js';
import { DEFAULT_SGD_OPTIONS } from '../../optim/stochastic-gradient-descent.js';
import { engineOptions } from '../engine-options.js';
import { spinglassEvalCommand } from './spinglass-eval.js';

type SpinglassArgs = SpinglassOptions & { json: boolean };

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
        describe: 'γ0 (default 0.9/(2√(p(p−1))): 0.9 of the stability limit near the ground state, 0.184 at p = 3)',
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
