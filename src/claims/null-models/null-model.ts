/**
 * Null models of the calibration (issue #11): for each claim, data on which the claim holds exactly at its boundary
 * (the effect at the rule's threshold, or no effect where the rule's 'fails' is the opposite direction), so that the
 * share of trials judged 'fails' estimates the rule's false-fail rate, to be compared with its α.
 *
 * Most are synthetic records (the engine cannot be told to produce data at a boundary): a claim is evaluated as
 * usual, through its `evaluate`, with a context that answers each spec it asks for with records drawn from the
 * null model, seeded by the spec (so a trial's reseeded configuration gives fresh records). The records are shaped
 * as the engine's are (sizes, runs, landscapes, the metrics the rules read).
 */
import type { RunRecord } from '../../experiments/run-record.js';
import { type ExperimentSpec, landscapeOfRun, parseSpec } from '../../experiments/spec.js';
import { specHash } from '../../experiments/spec-hash.js';
import { createRng, type Rng } from '../../random/rng.js';
import type { Claim, ClaimContext } from '../claim.js';
import type { ClaimResult } from '../claim-result.js';

export interface NullModel {
  readonly claim: string;
  /** Where the boundary is, in one sentence. */
  readonly description: string;
  /** Judge the claim at `config` (reseeded per trial) on null data. */
  // biome-ignore lint/suspicious/noExplicitAny: claims have different configuration types.
  evaluate(claim: Claim<any>, config: unknown): Promise<{ result: ClaimResult }>;
}

/** A context answering every spec with `records(spec, rng)`, the rng seeded by the spec's hash (its seed included). */
export function syntheticContext(records: (spec: ExperimentSpec, rng: Rng) => RunRecord[]): ClaimContext {
  return {
    async run(input) {
      const spec = parseSpec(input);
      return records(spec, createRng(`null-model/${specHash(spec)}`));
    },
  };
}

/** A null model that evaluates the claim on synthetic records. */
export function syntheticNullModel<C>(
  claim: string,
  description: string,
  records: (config: C, spec: ExperimentSpec, rng: Rng) => RunRecord[],
): NullModel {
  return {
    claim,
    description,
    evaluate: (c, config) =>
      c.evaluate(
        config,
        syntheticContext((spec, rng) => records(config as C, spec, rng)),
      ),
  };
}

/** One 'ok' record per (size, run) of the spec, in the engine's order, with the landscape index where it has one. */
export function specRecords(
  spec: ExperimentSpec,
  metrics: (size: number, run: number, landscape: number) => RunRecord['metrics'],
): RunRecord[] {
  const hash = specHash(spec);
  const land = spec.landscape;
  return spec.sizes.flatMap((size) =>
    Array.from({ length: spec.runsPerSize }, (_, run) => {
      const landscape = land.kind === 'spinglass' ? landscapeOfRun(land, run) : 0;
      const record: RunRecord = {
        specHash: hash,
        size,
        run,
        status: 'ok',
        streams: {},
        metrics: metrics(size, run, landscape),
      };
      if (land.kind === 'spinglass' && land.disorder === 'landscapes') record.landscape = landscape;
      return record;
    }),
  );
}

/** A normal draw per (size, landscape), memoised: the landscape effect of synthetic spin-glass records. */
export function landscapeEffects(rng: Rng): (size: number, landscape: number) => number {
  const drawn = new Map<string, number>();
  return (size, landscape) => {
    const key = `${size}/${landscape}`;
    let z = drawn.get(key);
    if (z === undefined) {
      z = rng.normal();
      drawn.set(key, z);
    }
    return z;
  };
}
