import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CI_PROPERTY_SEED, checkBudget } from '../src/claims/budget.js';
import { checkClaim } from '../src/claims/check-claim.js';
import { knownCounterexamples } from '../src/claims/counterexample-database.js';
import { engineContext } from '../src/claims/engine-context.js';
import { findClaim } from '../src/claims/registry.js';

/**
 * The property of one claim at the ci scale and ci profile, as `npm test` runs it: the scale's
 * configuration, the known counterexamples (fixtures/counterexamples) and the ci budget's draws must all
 * be judged "holds" or "inconclusive"; the scale's own configuration must be judged "holds".
 * Runs in this thread (one worker) in a fresh result store, so nothing stale is reused.
 */
export async function expectClaimHoldsAtCiScale(id: string): Promise<void> {
  const claim = findClaim(id);
  if (!claim) throw new Error(`no claim ${id} in src/claims/registry.ts`);
  const resultsDir = mkdtempSync(join(tmpdir(), `claim-${id}-`));
  try {
    const check = await checkClaim(claim, {
      scale: 'ci',
      profile: 'ci',
      seed: CI_PROPERTY_SEED,
      budget: checkBudget('ci', 'ci'),
      examples: knownCounterexamples(claim),
      context: engineContext({ resultsDir, workers: 1, quiet: true }),
    });
    const scale = check.scaleOutcome.result;
    expect(scale.verdict, `${id} at ci scale: ${scale.reason}`).toBe('holds');
    const failure = check.failure;
    expect(
      failure,
      failure && `${id} fails on ${JSON.stringify(failure.config)}: ${failure.outcome.result.reason}`,
    ).toBeUndefined();
  } finally {
    rmSync(resultsDir, { recursive: true, force: true });
  }
}
