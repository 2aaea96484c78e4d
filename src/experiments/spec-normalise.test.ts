import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { TOY_SPEC, tempDir } from '../../test/helpers/engine-helpers.js';
import { restoreSpinGlassExecutor } from '../../test/helpers/engine-toy-executor.js';
import { SMALL_NETWORK_LANDSCAPE } from '../../test/helpers/spec-fixtures.js';
import { runExperimentDetailed } from './run-experiment.js';
import { type ExperimentSpec, parseSpec } from './spec.js';
import { problemMaster, specHash } from './spec-hash.js';
import { normaliseSpec } from './spec-normalise.js';

const dir = tempDir('spec-normalise');
afterAll(() => {
  restoreSpinGlassExecutor();
  rmSync(dir, { recursive: true, force: true });
});

const GD: ExperimentSpec = {
  ...TOY_SPEC,
  optimizer: {
    ...(TOY_SPEC.optimizer as object),
    haltingThresholds: [1e-1, 1e-2, 1e-3],
  } as ExperimentSpec['optimizer'],
};

describe('spec normal form and hashing', () => {
  it('property: reordered or repeated halting thresholds, and defaults written out, give one hash and one spec', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([1e-1, 1e-2, 1e-3, 1e-3, 1e-1], { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        (thresholds, explicitSubsamples) => {
          const variant = parseSpec({
            ...GD,
            landscape: { ...GD.landscape, ...(explicitSubsamples ? { subsamples: 1 } : {}) },
            optimizer: { ...GD.optimizer, haltingThresholds: thresholds },
          });
          expect(specHash(variant)).toBe(specHash(GD));
          expect(problemMaster(variant)).toBe(problemMaster(GD));
          expect(variant).toEqual(parseSpec(GD));
        },
      ),
      { seed: 7, numRuns: 30 },
    );
  });

  it('drops an empty threshold list and the multiclass default digits; keeps binary digits in order', () => {
    const none = parseSpec({ ...GD, optimizer: { ...GD.optimizer, haltingThresholds: [] } });
    expect(specHash(none)).toBe(specHash(TOY_SPEC));
    const network = {
      landscape: SMALL_NETWORK_LANDSCAPE,
      optimizer: { kind: 'sgd', learningRate: 0.01, epochs: 1, batchSize: 1 },
      sizes: [2],
      runsPerSize: 1,
      seed: 1,
      measure: { index: false },
    } as const;
    const allDigits = { ...network, landscape: { ...network.landscape, digits: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] } };
    expect(specHash(parseSpec(allDigits))).toBe(specHash(parseSpec(network)));
    const binary = (digits: number[]) =>
      specHash(parseSpec({ ...network, landscape: { ...network.landscape, task: 'binary', digits } }));
    expect(binary([4, 9])).not.toBe(binary([9, 4]));
  });

  it('is idempotent, and a spec already in normal form keeps its hash (stores keyed before stay valid)', () => {
    expect(normaliseSpec(normaliseSpec(GD))).toEqual(normaliseSpec(GD));
    expect(normaliseSpec(GD)).toEqual(GD);
    // Different thresholds are a different experiment.
    const other = parseSpec({ ...GD, optimizer: { ...GD.optimizer, haltingThresholds: [1e-1, 1e-2] } });
    expect(specHash(other)).not.toBe(specHash(GD));
  });

  it('an equivalent spec reuses the stored runs (nothing computed)', async () => {
    const first = await runExperimentDetailed(GD, { resultsDir: dir, workers: 1, quiet: true });
    expect(first.computed).toBeGreaterThan(0);
    const reordered = {
      ...GD,
      landscape: { ...GD.landscape, subsamples: 1 },
      optimizer: { ...GD.optimizer, haltingThresholds: [1e-3, 1e-1, 1e-2, 1e-2] },
    };
    const second = await runExperimentDetailed(reordered, { resultsDir: dir, workers: 1, quiet: true });
    expect(second.computed).toBe(0);
    expect(second.records).toEqual(first.records);
  });
});
