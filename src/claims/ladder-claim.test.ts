import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError } from '../core/input-error.js';
import type { RunRecord } from '../experiments/run-record.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import type { ClaimResult } from './claim-result.js';
import { networkTrainingSpec, spinGlassDescentSpec } from './claim-specs.js';
import { ladderClaim } from './ladder-claim.js';
import { networkLadder, networkLadderSchema, spinGlassLadder, spinGlassLadderSchema } from './ladders.js';
import { syntheticNetworkRecords, syntheticSpinRecords } from './null-models/synthetic-records.js';
import type { Scale } from './scale.js';

const schema = z.strictObject({ spinGlass: spinGlassLadderSchema, network: networkLadderSchema, level: z.number() });
type ToyConfig = z.infer<typeof schema>;
const configFor = (scale: Scale): ToyConfig => ({
  spinGlass: spinGlassLadder(scale),
  network: networkLadder(scale),
  level: 0.5,
});

const judged: { config: ToyConfig; spin: RunRecord[]; nets: RunRecord[] }[] = [];
const toy = ladderClaim({
  id: 'toy',
  title: 'a toy claim',
  paperReference: 'nowhere',
  configFor,
  schema,
  judge(config, spin, nets): ClaimResult {
    judged.push({ config, spin, nets });
    return {
      id: 'toy',
      title: 'a toy claim',
      paperReference: 'nowhere',
      verdict: 'holds',
      statistic: { name: 'runs', value: spin.length + nets.length },
      threshold: { description: 'none', value: null },
      alpha: null,
      rule: 'always holds',
      reason: 'toy',
      evidence: [],
    };
  },
});

describe('ladderClaim', () => {
  it('states the definition and asks for the spin-glass descent spec, then the network-training spec', () => {
    expect([toy.id, toy.title, toy.paperReference]).toEqual(['toy', 'a toy claim', 'nowhere']);
    const config = toy.configFor('ci');
    expect(toy.specs(config)).toEqual([spinGlassDescentSpec(config.spinGlass), networkTrainingSpec(config.network)]);
  });

  it('draws ladders and keeps the other fields of the scale’s configuration', () => {
    for (const profile of ['ci', 'explore'] as const) {
      fc.assert(
        fc.property(toy.arbitrary('ci', profile), (config) => {
          expect(config.level).toBe(0.5);
          expect(toy.parseConfig(config)).toEqual(config);
        }),
        { seed: 11, numRuns: 10 },
      );
    }
  });

  it('validates with the schema and names the claim in the error', () => {
    expect(() => toy.parseConfig({ ...configFor('ci'), level: 'x' })).toThrow(InputError);
    expect(() => toy.parseConfig({ ...configFor('ci'), level: 'x' })).toThrow(/^toy config: level/);
  });

  it('evaluates: runs both specs in order, judges their records and draws the figures of the result', async () => {
    const config = configFor('ci');
    const asked: ExperimentSpec[] = [];
    const spin = syntheticSpinRecords([20], 3, 'a', () => -1.5);
    const nets = syntheticNetworkRecords([10], 2, 'b', () => ({ train: 0.1, test: 0.2 }));
    const outcome = await toy.evaluate(config, {
      async run(spec) {
        asked.push(spec);
        return spec.landscape.kind === 'spinglass' ? spin : nets;
      },
    });
    expect(asked).toEqual(toy.specs(config));
    expect(judged.at(-1)).toEqual({ config, spin, nets });
    expect(outcome.result.statistic.value).toBe(5);
    expect(outcome.figureInput).toEqual({ config, records: { spin, network: nets } });
  });
});
