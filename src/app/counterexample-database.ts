import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../claims/claim.js';
import { readCounterexample } from '../report/counterexample.js';

/** Where known counterexamples are kept (committed): replayed first on every run so a fixed failure stays fixed. */
export const COUNTEREXAMPLE_DATABASE = 'fixtures/counterexamples';

/** The configurations of a claim's known counterexamples, validated by the claim. */
export function knownCounterexamples<C>(claim: Claim<C>, dir = COUNTEREXAMPLE_DATABASE): C[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${claim.id}-`) && f.endsWith('.json'))
    .sort()
    .map((f) => claim.parseConfig(readCounterexample(join(dir, f)).configuration));
}
