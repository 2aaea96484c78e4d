import type { Argv, CommandModule } from 'yargs';
import { formatRanges, mergeStores } from '../../experiments/merge-stores.js';

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
    const experiments = results.map((r) => ({
      specHash: r.specHash,
      name: r.spec?.name ?? null,
      store: r.outPath,
      inputs: r.inputs,
      records: r.records.length,
      duplicates: r.duplicates,
      missing: r.missing,
      specKnown: r.spec !== undefined,
    }));
    if (args.json) {
      const report = {
        out: args.out,
        experiments,
        records: experiments.reduce((s, e) => s + e.records, 0),
        duplicates: experiments.reduce((s, e) => s + e.duplicates, 0),
        complete: experiments.every((e) => e.specKnown && e.missing.length === 0),
      };
      process.stdout.write(`${JSON.stringify(report)}\n`);
      return;
    }
    const lines: string[] = [];
    for (const r of results) {
      const label = `${r.spec?.name ? `${r.spec.name} ` : ''}${r.specHash.slice(0, 12)}`;
      lines.push(
        `merged ${label}: ${r.records.length} runs from ${r.inputs} stores ` +
          `(${r.duplicates} duplicates dropped) into ${r.outPath}`,
      );
      if (r.spec && r.missing.length === 0) lines.push('  complete: no run missing');
      for (const m of r.missing) lines.push(`  missing at size ${m.size}: runs ${formatRanges(m.runs)}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
