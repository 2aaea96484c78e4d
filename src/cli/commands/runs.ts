import type { Argv, CommandModule } from 'yargs';
import { choiceFlag } from '../../app/flag-checks.js';
import { recordsOfSource } from '../../app/records-of-source.js';
import { toCsv, toJsonLines } from '../../experiments/export-records.js';
import { DEFAULT_RESULTS_DIR } from '../../experiments/run-experiment.js';

interface ExportArgs {
  source: string;
  format: string;
  results: string;
}

const exportCommand: CommandModule<object, ExportArgs> = {
  command: 'export <source>',
  describe: 'print the runs of a spec file, a results directory or a .jsonl store as flat CSV or JSON Lines',
  builder: (y: Argv) =>
    y
      .positional('source', { type: 'string', demandOption: true, describe: 'spec file, results directory or .jsonl' })
      .option('format', { type: 'string', default: 'csv', describe: 'csv or jsonl' })
      .option('results', {
        type: 'string',
        default: DEFAULT_RESULTS_DIR,
        describe: 'results directory (when the source is a spec file)',
      }) as unknown as Argv<ExportArgs>,
  handler: (args) => {
    const format = choiceFlag('format', args.format, ['csv', 'jsonl'] as const);
    const records = recordsOfSource(args.source, args.results);
    process.stdout.write(format === 'csv' ? toCsv(records) : toJsonLines(records));
  },
};

/** `landscape runs export …`. */
export const runsCommand: CommandModule<object, object> = {
  command: 'runs <command>',
  describe: 'inspect stored runs (export)',
  builder: (y: Argv) => y.command(exportCommand).demandCommand(1, 'name a runs subcommand (export)'),
  handler: () => {},
};
