import { existsSync, statSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { choiceFlag } from '../../app/flag-checks.js';
import { InputError } from '../../core/input-error.js';
import { toCsv, toJsonLines } from '../../experiments/export-records.js';
import { readResultsDir } from '../../experiments/merge-stores.js';
import { readStoreFile } from '../../experiments/result-store.js';
import { DEFAULT_RESULTS_DIR, loadRecords } from '../../experiments/run-experiment.js';
import { type RunRecord, sortRecords } from '../../experiments/run-record.js';
import { loadSpecFile } from '../../experiments/spec.js';

interface ExportArgs {
  source: string;
  format: string;
  results: string;
}

/** The records a source names: a spec file (its store in --results), a results directory, or one .jsonl store. */
export function recordsOf(source: string, resultsDir: string): RunRecord[] {
  if (!existsSync(source)) throw new InputError(`${source} does not exist`);
  if (statSync(source).isDirectory()) return readResultsDir(source);
  if (source.endsWith('.jsonl')) return sortRecords(readStoreFile(source).records);
  return loadRecords(loadSpecFile(source), resultsDir);
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
    const records = recordsOf(args.source, args.results);
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
