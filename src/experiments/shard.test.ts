import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { inShard, parseShard } from './shard.js';

describe('shards', () => {
  it('parses i/n and rejects nonsense with an InputError', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1', '-1/2', '1.5/3']) {
      expect(() => parseShard(bad)).toThrow(InputError);
    }
  });

  it('the n shards partition the runs: each run in exactly one shard', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 10_000 }), (count, run) => {
        let owners = 0;
        for (let index = 1; index <= count; index++) if (inShard(run, { index, count })) owners++;
        expect(owners).toBe(1);
      }),
      { seed: 3, numRuns: 200 },
    );
    expect(inShard(7, undefined)).toBe(true);
  });
});
