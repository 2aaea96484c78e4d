import type { Argv, CommandModule } from 'yargs';
import { integerFlag } from '../../app/flag-checks.js';
import { formatRunReport, runReport } from '../../app/run-report.js';
import { DEFAULT_RESULTS_DIR, runExperimentDetailed } from '../../experiments/run-experiment.js';
import { parseShard } from '../../experiments/shard.js';
import { loadSpecFile } from '../../experiments/spec.js';
import { defaultWorkers } from '../../experiments/worker-pool.js';

interface RunArgs {
  spec: string;
  results: string;
  workers: number | undefined;
  shard: string | undefined;
  'batch-size': number | undefined;
  json: boolean;
  quiet: boolean;
}

/** `landscape run SPEC.json`: run (or resume) an experiment and print a summary per size. */
export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run <spec>',
  describe: 'run an experiment spec (resuming from its result store) and summarise it per size',
  builder: (y: Argv) =>
    y
      .positional('spec', { type: 'string', demandOption: true, describe: 'experiment spec (JSON file)' })
      .option('results', { type: 'string', default: DEFAULT_RESULTS_DIR, describe: 'results directory' })
      .option('workers', { type: 'number', describe: 'worker threads (default: the cores; 1 = no pool)' })
      .option('shard', { type: 'string', describe: 'run only shard i of n (i/n, 1 ≤ i ≤ n)' })
      .option('batch-size', { type: 'number', describe: 'runs per task (results do not depend on it)' })
      .option('json', { type: 'boolean', default: false, describe: 'print one JSON object on stdout' })
      .option('quiet', {
        type: 'boolean',
        default: false,
        describe: 'no progress on stderr',
      }) as unknown as Argv<RunArgs>,
  handler: async (args) => {
    const workers = args.workers === undefined ? defaultWorkers() : integerFlag('workers', args.workers, 1, 1024);
    const batchSize = args['batch-size'] === undefined ? undefined : integerFlag('batch-size', args['batch-size'], 1);
    const shard = args.shard === undefined ? undefined : parseShard(args.shard);
    const spec = loadSpecFile(args.spec);
    const outcome = await runExperimentDetailed(spec, {
      resultsDir: args.results,
      workers,
      shard,
      batchSize,
      quiet: args.quiet,
    });
    const report = runReport(spec, outcome, args.shard);
    process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : formatRunReport(report));
  },
};
