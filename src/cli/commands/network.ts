import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { NETWORK_FLAG_DEFAULTS, type NetworkOptions, runNetwork } from '../../app/network-job.js';
import { formatNetworkReport } from '../../app/network-summary.js';
import { DEFAULT_LEARNING_RATE } from '../../network/train-sgd.js';
import { engineOptions } from '../engine-options.js';

type NetworkArgs = NetworkOptions;

export const networkCommand: CommandModule<object, NetworkArgs> = {
  command: 'network',
  describe: 'Train ReLU networks on 10×10 MNIST digits (SGD, annealing, ternary annealing); losses, accuracy, index',
  builder: (yargs: Argv<object>) =>
    engineOptions(yargs)
      .option('hidden', { type: 'number', demandOption: true, describe: 'width of each hidden layer' })
      .option('depth', { type: 'number', default: 1, describe: 'number of hidden layers' })
      .option('runs', { type: 'number', default: 1, describe: 'networks differing only in their initial weights' })
      .option('epochs', { type: 'number', default: NETWORK_FLAG_DEFAULTS.epochs, describe: 'SGD epochs' })
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
        default: NETWORK_FLAG_DEFAULTS.evaluations,
        describe: 'annealing budget (loss evaluations on the subset)',
      })
      .option('subset', { type: 'number', default: NETWORK_FLAG_DEFAULTS.subset, describe: 'annealing subset size' })
      .option('ternary-scale', { type: 'string', default: 'none', describe: 'sa-ternary: none | fan-in' })
      .option('index', { type: 'boolean', default: false, describe: 'Hessian index of the training loss per run' })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'print one JSON object',
      }) as unknown as Argv<NetworkArgs>,
  handler: async (args: ArgumentsCamelCase<NetworkArgs>) => {
    const done = await runNetwork(args);
    if (!done) return;
    process.stdout.write(
      args.json ? `${JSON.stringify(done.report)}\n` : formatNetworkReport(done.spec, done.report.summary),
    );
  },
};
