import type fc from 'fast-check';
import type { z } from 'zod';
import type { RunRecord } from '../experiments/run-record.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import type { Claim } from './claim.js';
import type { ClaimResult } from './claim-result.js';
import { networkTrainingSpec, spinGlassDescentSpec } from './claim-specs.js';
import { type ClaimLadders, laddersArbitrary } from './ladders.js';
import { parseClaimConfig } from './parse-claim-config.js';
import type { Profile, Scale } from './scale.js';

/** What a claim on the shared ladders states: the rest (arbitrary, parsing, specs, evaluation) is common. */
export interface LadderClaimDefinition<C extends ClaimLadders> {
  id: string;
  title: string;
  paperReference: string;
  /** The configuration checked at each scale; the property varies only its ladders. */
  configFor(scale: Scale): C;
  /** Validates a configuration read from outside. */
  schema: z.ZodType<C>;
  /** The decision rule (pure): spin-glass descent endpoints and trained networks of the configuration's ladders. */
  judge(config: C, spinRecords: RunRecord[], networkRecords: RunRecord[]): ClaimResult;
  /**
   * The claim's own spin-glass spec (e.g. per-run disorder on the configuration's ladder). Default: the shared
   * spec, `spinGlassDescentSpec(config.spinGlass)`.
   */
  spinGlassSpec?(config: C): ExperimentSpec;
  /** Asymptotic claims: the configuration's size for the explore profile's finite-size map (Claim.finiteSize). */
  finiteSize?(config: C): number;
}

/**
 * A claim judged on the shared ladders (src/claims/ladders.ts): its property draws the ladders from
 * `laddersArbitrary` (the scale's other fields fixed), it asks the engine for the spin-glass descent spec (the
 * shared one unless the definition gives `spinGlassSpec`) and then the network-training spec, and judges both sets
 * of records.
 */
export function ladderClaim<C extends ClaimLadders>(definition: LadderClaimDefinition<C>): Claim<C> {
  const { id, configFor, schema, judge } = definition;
  const spinSpecOf = definition.spinGlassSpec ?? ((config: C) => spinGlassDescentSpec(config.spinGlass));
  const specsOf = (config: C): ExperimentSpec[] => [spinSpecOf(config), networkTrainingSpec(config.network)];
  return {
    id,
    title: definition.title,
    paperReference: definition.paperReference,
    configFor,
    arbitrary(scale: Scale, profile: Profile): fc.Arbitrary<C> {
      const base = configFor(scale);
      return laddersArbitrary(scale, profile).map((l) => ({ ...base, spinGlass: l.spinGlass, network: l.network }));
    },
    parseConfig: (input) => parseClaimConfig(id, schema, input),
    specs: specsOf,
    ...(definition.finiteSize ? { finiteSize: definition.finiteSize } : {}),
    async evaluate(config, context) {
      const [sgSpec, netSpec] = specsOf(config);
      const spin = await context.run(sgSpec);
      const nets = await context.run(netSpec);
      const result = judge(config, spin, nets);
      return { result, figureInput: { config, records: { spin, network: nets } } };
    },
  };
}
