import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SPINGLASS_SPEC } from '../../test/helpers/spec-fixtures.js';
import {
  landscapeHash,
  landscapeOptimizerHash,
  optimizerMaster,
  problemMaster,
  specHash,
} from '../experiments/spec-hash.js';
import { canonicalHash, canonicalJson, sha256Hex } from './canonical-json.js';

/** The same value with every object's keys in a shuffled order. */
function shuffleKeys(value: unknown, order: number[]): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, order));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const shuffled = [...keys].sort(
    (a, b) => (order[a.length % order.length] ?? 0) - (order[b.length % order.length] ?? 0) || (a < b ? 1 : -1),
  );
  const out: Record<string, unknown> = {};
  for (const k of shuffled) {
    // defineProperty, not assignment: a "__proto__" key must stay an own property.
    const v = shuffleKeys((value as Record<string, unknown>)[k], order);
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

describe('canonical JSON', () => {
  it('sorts keys, drops whitespace and undefined', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, d: { z: 0.1, y: -2 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"d":{"y":-2,"z":0.1}}',
    );
  });

  it('is the same string under any key order, and parses back to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.integer(), { minLength: 1, maxLength: 5 }), (v, order) => {
        const text = canonicalJson(v);
        expect(canonicalJson(shuffleKeys(v, order))).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('refuses non-finite numbers', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(RangeError);
    expect(() => canonicalJson(new Float64Array([1, Number.POSITIVE_INFINITY]))).toThrow(RangeError);
  });

  it('writes typed arrays as plain arrays (BigInt elements as strings), at any depth', () => {
    expect(canonicalJson({ w: new Float64Array([1, -0.5]), i: [new Int32Array([3])] })).toBe(
      '{"i":[[3]],"w":[1,-0.5]}',
    );
    expect(canonicalJson(new BigInt64Array([2n, -1n]))).toBe('["2","-1"]');
    expect(canonicalJson(new Uint8Array(0))).toBe('[]');
  });

  it('sha256 matches a known vector', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('spec hash and stream masters', () => {
  it('is stable under key order and ignores sizes, runsPerSize, name and description', () => {
    const spec = EXAMPLE_SPINGLASS_SPEC;
    const reordered = shuffleKeys(spec, [3, 1, 2]) as typeof spec;
    expect(specHash(reordered)).toBe(specHash(spec));
    const bigger = { ...spec, sizes: [10, 25, 50, 100, 200], runsPerSize: 1000, name: 'other', description: 'x' };
    expect(specHash(bigger)).toBe(specHash(spec));
    expect(problemMaster(bigger)).toBe(problemMaster(spec));
    expect(optimizerMaster(bigger)).toBe(optimizerMaster(spec));
  });

  it('changes with the seed, the landscape, the optimizer and the measurement; the masters ignore measure', () => {
    const spec = EXAMPLE_SPINGLASS_SPEC;
    const hashes = new Set([
      specHash(spec),
      specHash({ ...spec, seed: spec.seed + 1 }),
      specHash({ ...spec, landscape: { ...spec.landscape, p: 4 } as typeof spec.landscape }),
      specHash({ ...spec, optimizer: { ...spec.optimizer, learningRate: 0.05 } as typeof spec.optimizer }),
      specHash({ ...spec, measure: { index: false } }),
    ]);
    expect(hashes.size).toBe(5);
    expect(problemMaster({ ...spec, measure: { index: false } })).toBe(problemMaster(spec));
    expect(optimizerMaster({ ...spec, measure: { index: false } })).toBe(optimizerMaster(spec));
    expect(problemMaster(spec)).toBe(`2015:${landscapeHash(spec)}`);
    expect(optimizerMaster(spec)).toBe(`2015:${landscapeOptimizerHash(spec)}`);
    expect(landscapeOptimizerHash(spec)).toBe(canonicalHash({ landscape: spec.landscape, optimizer: spec.optimizer }));
  });
});
