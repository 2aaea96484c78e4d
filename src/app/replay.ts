/**
 * `landscape replay FILE`: re-run a counterexample's configuration through its claim (the engine computes what the
 * result store lacks) and return the claim's result; the exit code follows the verdict (1 if it still fails).
 */
import { engineContext } from '../claims/engine-context.js';
import { findClaim } from '../claims/registry.js';
import { InputError } from '../core/input-error.js';
import { readCounterexample } from '../report/counterexample.js';
import { integerFlag } from './flag-checks.js';

export interface ReplayOptions {
  resultsDir: string;
  /** The --workers flag as given (checked after the file and its configuration: 1 … 256). */
  workers?: unknown;
  quiet?: boolean;
}

/** Replay the counterexample in `file`: its claim and that claim's result on the recorded configuration. */
export async function replayCounterexample(file: string, options: ReplayOptions) {
  const ce = readCounterexample(file);
  const claim = findClaim(ce.claim);
  if (!claim) throw new InputError(`counterexample ${file} names an unknown claim ${ce.claim}`);
  const config = claim.parseConfig(ce.configuration);
  const workers = options.workers === undefined ? undefined : integerFlag('workers', options.workers, 1, 256);
  const { result } = await claim.evaluate(
    config,
    engineContext({ resultsDir: options.resultsDir, workers, quiet: options.quiet }),
  );
  return { claimId: claim.id, result };
}
