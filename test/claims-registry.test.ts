import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claims } from '../src/claims/registry.js';
import { PROFILES, SCALES } from '../src/claims/scale.js';
import { InputError } from '../src/core/input-error.js';
import { parseSpec } from '../src/experiments/spec.js';

/**
 * Every registered claim is well formed at every scale and profile: its configurations survive the JSON round
 * trip that counterexample files make (parseConfig), and every experiment it would run is a valid spec — so
 * `verify --scale paper --shard i/n` and `landscape replay` cannot trip over a malformed configuration.
 */
describe('the claim registry', () => {
  it('has the twelve claims of the paper, each once', () => {
    const ids = claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(
      [
        'band',
        'decorrelation',
        'ground-state-hardness',
        'layers',
        'low-index',
        'poor-minima-decay',
        'redundancy',
        'reduction',
        'scaling',
        'sgd-vs-annealing',
        'sgd-vs-annealing-band',
        'theory',
      ].sort(),
    );
  });

  for (const claim of claims) {
    it(`${claim.id}: scale configurations and drawn configurations parse back and give valid specs`, () => {
      for (const scale of SCALES) {
        const config = claim.configFor(scale);
        const roundTrip = claim.parseConfig(JSON.parse(JSON.stringify(config)));
        expect(roundTrip).toEqual(config);
        for (const spec of claim.specs(config)) expect(() => parseSpec(spec)).not.toThrow();
        for (const profile of PROFILES) {
          for (const drawn of fc.sample(claim.arbitrary(scale, profile), { numRuns: 5, seed: 7 })) {
            expect(claim.parseConfig(JSON.parse(JSON.stringify(drawn)))).toEqual(drawn);
            for (const spec of claim.specs(drawn)) expect(() => parseSpec(spec)).not.toThrow();
          }
        }
      }
      expect(() => claim.parseConfig({ not: 'a configuration' })).toThrow(InputError);
    });
  }
});
