import type { CommandModule } from 'yargs';

interface ReplayArgs {
  file: string;
  results: string;
  workers?: number;
  json?: boolean;
  quiet?: boolean;
}

/**
 * `landscape replay FILE`: re-run a counterexample's configuration through its claim and print the verdict.
 * Exit code 1 if it still fails, 0 if it now holds (or is inconclusive), 2 on a bad file.
 */
export const replayCommand: CommandModule<object, ReplayArgs> = {
  command: 'replay <file>',
  describe: 'replay a counterexample file',
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true })
      .option('results', { type: 'string', default: 'results', describe: 'result store directory' })
      .option('workers', { type: 'number' })
      .option('json', { type: 'boolean', default: false })
      .option('quiet', { type: 'boolean', default: false }) as never,
  handler: async (args) => {
    // Loaded on use: the claims and the engine are not needed by the other commands at start-up.
    const { replayCounterexample } = await import('../../app/replay.js');
    const { claimId, result } = await replayCounterexample(args.file, {
      resultsDir: args.results,
      workers: args.workers,
      quiet: args.quiet,
    });
    if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      process.stdout.write(`${claimId}: ${result.verdict}\n`);
      process.stdout.write(
        `  ${result.statistic.name} = ${result.statistic.value} (${result.threshold.description})\n`,
      );
      process.stdout.write(`  ${result.reason}\n`);
    }
    process.exitCode = result.verdict === 'fails' ? 1 : 0;
  },
};
