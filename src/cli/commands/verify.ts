import type { CommandModule } from 'yargs';
import { choiceFlag, integerFlag } from '../../app/flag-checks.js';
import { PROFILES, type Profile, SCALES, type Scale } from '../../claims/scale.js';
import { InputError } from '../../core/input-error.js';
import { parseShard } from '../../experiments/shard.js';

interface VerifyArgs {
  claims?: string[];
  scale: string;
  profile: string;
  seed?: number;
  propertySeed?: number;
  out: string;
  results: string;
  counterexamples: string;
  workers?: number;
  shard?: string;
  json?: boolean;
  quiet?: boolean;
  compute?: boolean;
}

/**
 * `landscape verify [claim…] --scale ci|quick|paper [--profile ci|explore] [--property-seed S] [--out DIR] [--workers K]
 * [--shard i/n] [--results DIR] [--no-compute]`: the main job. Exit code 0 when every claim holds (or is inconclusive),
 * 1 when one fails, 2 on bad input.
 */
export const verifyCommand: CommandModule<object, VerifyArgs> = {
  command: 'verify [claims..]',
  describe: "check the paper's claims as properties and write a report",
  builder: (y) =>
    y
      .positional('claims', { type: 'string', array: true, describe: 'claim ids (default: all)' })
      .option('scale', { type: 'string', default: 'quick', describe: `experiment scale: ${SCALES.join(', ')}` })
      .option('profile', { type: 'string', default: 'ci', describe: `property profile: ${PROFILES.join(', ')}` })
      .option('property-seed', {
        type: 'number',
        describe: 'fast-check seed (default: fixed for ci; for explore drawn from node:crypto and printed)',
      })
      .option('seed', { type: 'number', hidden: true })
      .option('out', { type: 'string', default: 'reports', describe: 'report directory' })
      .option('results', { type: 'string', default: 'results', describe: 'result store directory' })
      .option('counterexamples', { type: 'string', default: 'counterexamples', describe: 'where failures are written' })
      .option('workers', { type: 'number', describe: 'worker threads (default: the cores)' })
      .option('shard', { type: 'string', describe: "run shard i/n of the experiments' runs and judge nothing" })
      .option('compute', {
        type: 'boolean',
        default: true,
        describe: '--no-compute: judge from the stored runs only; if any is missing, list them and exit 2',
      })
      .option('json', { type: 'boolean', default: false, describe: 'print report.json on stdout' })
      .option('quiet', { type: 'boolean', default: false, describe: 'no progress output' }) as never,
  handler: async (args) => {
    const scale = choiceFlag('scale', args.scale, SCALES) as Scale;
    const profile = choiceFlag('profile', args.profile, PROFILES) as Profile;
    if (args.seed !== undefined) {
      // One meaning per flag: --seed is a master seed (spinglass, network, theory); the claims' experiments draw
      // theirs from the property seed.
      throw new InputError('verify has no master seed: use --property-seed S for the fast-check seed');
    }
    const seed =
      args.propertySeed === undefined ? undefined : integerFlag('property-seed', args.propertySeed, 0, 2 ** 31 - 1);
    const workers = args.workers === undefined ? undefined : integerFlag('workers', args.workers, 1, 256);
    const shard = args.shard === undefined ? undefined : parseShard(args.shard);
    const noCompute = args.compute === false;
    if (noCompute && shard) throw new InputError('--no-compute judges and --shard computes: give one of them');
    const log = args.quiet ? undefined : (line: string) => process.stderr.write(`${line}\n`);
    // Loaded on use: the verify job pulls in Vega (about 0.2 s), which no other command needs at start-up.
    const { verify } = await import('../../app/verify.js');
    const outcome = await verify({
      claimIds: (args.claims ?? []).map(String),
      scale,
      profile,
      seed,
      outDir: args.out,
      resultsDir: args.results,
      counterexampleDir: args.counterexamples,
      workers,
      shard,
      quiet: args.quiet,
      command: `landscape ${process.argv.slice(2).join(' ')}`,
      log,
      noCompute,
      announce: (line) => process.stderr.write(`landscape: ${line}\n`),
    });
    if (outcome.shardOnly) {
      const line = `shard ${args.shard}: ${outcome.shardOnly.specs} experiments, ${outcome.shardOnly.computed} runs stored in ${args.results}; merge the shards' stores, then run verify without --shard to judge`;
      if (args.json) process.stdout.write(`${JSON.stringify({ shard: args.shard, ...outcome.shardOnly })}\n`);
      else process.stdout.write(`${line}\n`);
      return;
    }
    if (args.json) {
      process.stdout.write(
        `${JSON.stringify({ claims: outcome.results, counterexamples: outcome.counterexamples })}\n`,
      );
    } else {
      const width = Math.max(...outcome.results.map((r) => r.id.length), 5);
      for (const r of outcome.results) {
        process.stdout.write(`${r.id.padEnd(width)}  ${r.verdict.padEnd(12)}  ${r.reason}\n`);
      }
      process.stdout.write(`report: ${outcome.reportDir}/report.md\n`);
      for (const ce of outcome.counterexamples) process.stdout.write(`counterexample: ${ce}\n`);
    }
    process.exitCode = outcome.exitCode;
  },
};
