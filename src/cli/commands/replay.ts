import type { CommandModule } from 'yargs';
import { integerFlag } from '../../app/flag-checks.js';
import { InputError } from '../../core/input-error.js';
import { readCounterexample } from '../../report/counterexample.js';

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
    const ce = readCounterexample(args.file);
    // Loaded on use: the claims and the engine are not needed by the other commands at start-up.
    const { findClaim } = await import('../../claims/registry.js');
    const { engineContext } = await import('../../claims/engine-context.js');
    const claim = findClaim(ce.claim);
    if (!claim) throw new InputError(`counterexample ${args.file} names an unknown claim ${ce.claim}`);
    const config = claim.parseConfig(ce.configuration);
    const workers = args.workers === undefined ? undefined : integerFlag('workers', args.workers, 1, 256);
    const { result } = await claim.evaluate(
      config,
      engineContext({ resultsDir: args.results, workers, quiet: args.quiet }),
    );
    if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      process.stdout.write(`${claim.id}: ${result.verdict}\n`);
      process.stdout.write(
        `  ${result.statistic.name} = ${result.statistic.value} (${result.threshold.description})\n`,
      );
      process.stdout.write(`  ${result.reason}\n`);
    }
    process.exitCode = result.verdict === 'fails' ? 1 : 0;
  },
};
