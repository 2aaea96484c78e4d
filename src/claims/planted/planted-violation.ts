import type { EnginePlant } from '../../experiments/engine-plant.js';
import type { Claim } from '../claim.js';
import type { ClaimResult } from '../claim-result.js';
import { type PlantedRunMemo, plantedContext } from './planted-context.js';

/**
 * A planted violation (issue #11): a deliberately wrong landscape, optimizer, measurement or theory variant under
 * which each of `claims` must be judged 'fails'. Selectable by name (src/claims/planted/registry.ts), reachable only
 * from the calibration (`landscape calibrate`) and the tests: no spec can name one.
 */
export interface PlantedViolation {
  readonly name: string;
  /** What is wrong, in one sentence. */
  readonly description: string;
  /** The claims whose verdict must be 'fails' under it. */
  readonly claims: readonly string[];
  /** Judge `claim` at `config` (a configuration of that claim, already reseeded per trial) under the violation. */
  // biome-ignore lint/suspicious/noExplicitAny: claims have different configuration types.
  evaluate(claim: Claim<any>, config: unknown, memo: PlantedRunMemo): Promise<{ result: ClaimResult }>;
}

/** A violation that runs the claim's own experiments through the real executors with an engine plant. */
export function engineViolation(
  name: string,
  description: string,
  claims: readonly string[],
  plant: EnginePlant,
): PlantedViolation {
  return {
    name,
    description,
    claims,
    evaluate: (claim, config, memo) => claim.evaluate(config, plantedContext(plant, memo)),
  };
}
