/**
 * The claim context of a planted violation: every spec a claim asks for is computed by the real executors with the
 * engine plant (src/experiments/engine-plant.ts), in this thread, all runs of a size as one task — never stored
 * (nothing of a planted run may reach a result store) and never cached across calls except in the calibration's
 * own memo (runs of the same plant and spec are computed once per calibration, so claims sharing a ladder share
 * its planted runs too, as they share its real runs in the store; a spec the plant does not touch is computed
 * without it, once for all plants).
 */
import { canonicalJson } from '../../core/canonical-json.js';
import { type EnginePlant, plantAffects } from '../../experiments/engine-plant.js';
import type { RunRecord } from '../../experiments/run-record.js';
import { parseSpec } from '../../experiments/spec.js';
import { specHash } from '../../experiments/spec-hash.js';
import { executeTask } from '../../experiments/task-runner.js';
import type { ClaimContext } from '../claim.js';

/** Planted runs already computed in this calibration, keyed by plant, spec hash, sizes and run count. */
export type PlantedRunMemo = Map<string, RunRecord[]>;

export function plantedContext(plant: EnginePlant, memo: PlantedRunMemo = new Map()): ClaimContext {
  return {
    async run(input) {
      const spec = parseSpec(input);
      // A plant that changes none of the spec's runs computes the real ones: shared by every plant.
      const planted = plantAffects(plant, spec) ? plant : undefined;
      const key = canonicalJson({
        plant: planted ?? null,
        spec: specHash(spec),
        sizes: spec.sizes,
        runs: spec.runsPerSize,
      });
      const hit = memo.get(key);
      if (hit) return hit;
      const runs = Array.from({ length: spec.runsPerSize }, (_, r) => r);
      const records: RunRecord[] = [];
      for (const size of spec.sizes) records.push(...(await executeTask({ spec, size, runs, planted })));
      memo.set(key, records);
      return records;
    },
  };
}
