import type { Argv, CommandModule } from 'yargs';
import { formatRanges, mergeStores } from '../../experiments/merge-stores.js';

interface MergeArgs {
  dirs: string[];
  out: string;
  json: boolean;
}

/** `landscape merge DIR… --out DIR`: combine the result stores of the shards of one experiment. */
export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: 'merge <dirs..>',
  describe: 'merge the result stores of shards of one experiment into one results directory',
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
    const result = mergeStores(args.dirs.map(String), args.out);
    if (args.json) {
      const report = {
        specHash: result.specHash,
        out: result.outPath,
        inputs: result.inputs,
        records: result.records.length,
        duplicates: result.duplicates,
        missing: result.missing,
        specKnown: result.spec !== undefined,
      };
      process.stdout.write(`${JSON.stringify(report)}\n`);
      return;
    }
    const lines = [
      `merged ${result.specHash.slice(0, 12)}: ${result.records.length} runs from ${result.inputs} stores ` +
        `(${result.duplicates} duplicates dropped) into ${result.outPath}`,
    ];
    if (result.spec && result.missing.length === 0) lines.push('complete: no run missing');
    for (const m of result.missing) lines.push(`missing at size ${m.size}: runs ${formatRanges(m.runs)}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
