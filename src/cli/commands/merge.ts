import type { Argv, CommandModule } from 'yargs';
import { formatMerge, mergeReport } from '../../app/merge-report.js';
import { mergeStores } from '../../experiments/merge-stores.js';

interface MergeArgs {
  dirs: string[];
  out: string;
  json: boolean;
}

/**
 * `landscape merge DIR… --out DIR`: combine result stores (the shards of `run` or of `verify`), experiment by
 * experiment (per spec hash), under the lock of the output directory.
 */
export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: 'merge <dirs..>',
  describe: 'merge result stores (shards of run or verify; any number of experiments) into one results directory',
  builder: (y: Argv) =>
    y
      .positional('dirs', { type: 'string', array: true, demandOption: true, describe: 'results directories' })
      .option('out', { type: 'string', demandOption: true, describe: 'output results directory' })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'print one JSON object on stdout',
      }) as unknown as Argv<MergeArgs>,
  handler: (args) => {
    const results = mergeStores(args.dirs.map(String), args.out);
    process.stdout.write(args.json ? `${JSON.stringify(mergeReport(results, args.out))}\n` : formatMerge(results));
  },
};
