/**
 * What the flag-driven commands (`spinglass`, `network`) share: they build an experiment spec from their flags and
 * either write it (`--spec-out FILE`, nothing runs) or run it through the engine like `landscape run` does, so a
 * flag run, its saved spec and `landscape run SPEC.json` give the same records bit for bit.
 *
 * Results go to `--results DIR` (a store that later calls resume from, as with `landscape run`) or, by default, to
 * a temporary directory removed when the command ends (also on SIGINT/SIGTERM), so that flag runs do not leave
 * stores in the working tree.
 */
import { writeFileSync } from 'node:fs';
import { InputError } from '../core/input-error.js';
import { runExperimentDetailed } from '../experiments/run-experiment.js';
import type { RunRecord } from '../experiments/run-record.js';
import { type ExperimentSpec, parseSpec } from '../experiments/spec.js';
import { specHash } from '../experiments/spec-hash.js';
import { defaultWorkers } from '../experiments/worker-pool.js';
import { integerFlag } from './flag-checks.js';
import { withTempDir } from './temp-dir.js';

/** The engine's flags (the yargs options are in src/cli/engine-options.ts). */
export interface EngineFlags {
  results?: string;
  workers?: number;
  quiet?: boolean;
  specOut?: string;
  json?: boolean;
}

/** Validate a spec and write it as pretty JSON. */
export function writeSpecFile(spec: ExperimentSpec, file: string): ExperimentSpec {
  const valid = parseSpec(spec);
  try {
    writeFileSync(file, `${JSON.stringify(valid, null, 2)}\n`);
  } catch (error) {
    throw new InputError(`cannot write --spec-out ${file}: ${(error as Error).message}`);
  }
  return valid;
}

/**
 * With --spec-out: write the spec, print where (one JSON object with --json) and return undefined. Otherwise run
 * the spec through the engine and return its records (sorted by run).
 */
export async function runOrWriteSpec(spec: ExperimentSpec, flags: EngineFlags): Promise<RunRecord[] | undefined> {
  const workers = flags.workers === undefined ? defaultWorkers() : integerFlag('workers', flags.workers, 1, 1024);
  if (flags.specOut !== undefined) {
    const hash = specHash(writeSpecFile(spec, flags.specOut));
    process.stdout.write(
      flags.json
        ? `${JSON.stringify({ specOut: flags.specOut, specHash: hash })}\n`
        : `wrote the spec (hash ${hash.slice(0, 12)}) to ${flags.specOut}; run it with: landscape run ${flags.specOut}\n`,
    );
    return undefined;
  }
  const run = async (resultsDir: string) =>
    (await runExperimentDetailed(spec, { resultsDir, workers, quiet: flags.quiet })).records;
  return flags.results === undefined ? withTempDir('landscape-results-', run) : run(flags.results);
}
