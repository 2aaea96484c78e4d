import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_CRITICAL_POINT_SPEC,
  EXAMPLE_NETWORK_SPEC,
  EXAMPLE_SA_SPEC,
  EXAMPLE_SPINGLASS_SPEC,
} from '../../test/helpers/spec-fixtures.js';
import { InputError } from '../core/input-error.js';
import { landscapeOfRun, parseSpec, type SpecError, specProblems } from './spec.js';
import { normaliseSpec } from './spec-normalise.js';

const VALID = [EXAMPLE_SPINGLASS_SPEC, EXAMPLE_NETWORK_SPEC, EXAMPLE_SA_SPEC, EXAMPLE_CRITICAL_POINT_SPEC];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a leaf or object field of a JSON value (arrays: their elements). */
function fieldPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const out: (string | number)[][] = prefix.length > 0 ? [prefix] : [];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [k, v] of entries) out.push(...fieldPaths(v, [...prefix, k]));
  return out;
}

function getAt(value: Json, path: (string | number)[]): Json {
  let v: Json = value;
  for (const k of path) v = (v as Record<string | number, Json>)[k];
  return v;
}

function setAt(value: Json, path: (string | number)[], next: Json | undefined): Json {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (next === undefined) {
    if (Array.isArray(parent)) throw new Error('no deleting array elements');
    delete parent[last];
  } else parent[last] = next;
  return copy;
}

function pathText(path: (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

const OPTIONAL = new Set(['name', 'description', 'haltingThresholds', 'subsamples', 'digits', 'batchSize', 'polish']);

describe('experiment spec validation', () => {
  it('accepts the example specs, returning their normal form (unchanged when already normal)', () => {
    for (const spec of VALID) expect(parseSpec(structuredClone(spec))).toEqual(normaliseSpec(spec));
  });

  it('rejects mutated specs with a message naming the bad field path (wrong type, range, enum, missing, unknown)', () => {
    // A mutation of one field of a valid spec: it must be rejected, and some message must name that field.
    type Mutation = { kind: 'type' | 'range' | 'enum' | 'missing' | 'unknown'; path: (string | number)[] };
    const mutation = (spec: Json) =>
      fc
        .constantFrom(...fieldPaths(spec))
        .chain((path) =>
          fc
            .constantFrom<Mutation['kind']>('type', 'range', 'enum', 'missing', 'unknown')
            .map((kind) => ({ kind, path })),
        );
    const arbitrary = fc
      .constantFrom(...(VALID as unknown as Json[]))
      .chain((spec) => mutation(spec).map((m) => ({ spec, m })));
    let checked = 0;
    fc.assert(
      fc.property(arbitrary, ({ spec, m }) => {
        const original = getAt(spec, m.path);
        const key = m.path[m.path.length - 1];
        let mutated: Json;
        let expectedPath = pathText(m.path);
        switch (m.kind) {
          case 'type':
            // A value of the wrong JSON type: strings become numbers, everything else a string.
            mutated = setAt(spec, m.path, typeof original === 'string' ? 42 : 'not-a-valid-value');
            break;
          case 'range':
            if (typeof original !== 'number') return; // only numbers have ranges
            mutated = setAt(spec, m.path, -1e12);
            if (key === 'seed' || key === 'decay' || key === 'tolerance') mutated = setAt(spec, m.path, -0.5);
            break;
          case 'enum':
            if (typeof original !== 'string' || key === 'name' || key === 'description') return;
            mutated = setAt(spec, m.path, 'no-such-choice');
            break;
          case 'missing':
            if (typeof key === 'number' || OPTIONAL.has(String(key))) return;
            mutated = setAt(spec, m.path, undefined);
            break;
          case 'unknown': {
            if (original === null || typeof original !== 'object' || Array.isArray(original)) return;
            mutated = setAt(spec, [...m.path, 'bogusField'], 1);
            expectedPath = `${pathText(m.path)}.bogusField`;
            break;
          }
        }
        const problems = specProblems(mutated);
        expect(problems.length).toBeGreaterThan(0);
        expect(problems.some((p) => p.startsWith(`${expectedPath}:`) || p.startsWith(`${expectedPath}[`))).toBe(true);
        let thrown: unknown;
        try {
          parseSpec(mutated);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(InputError);
        expect((thrown as SpecError).message).toBe(`invalid experiment spec: ${problems.join('; ')}`);
        expect((thrown as SpecError).message).not.toContain('\n');
        checked += 1;
      }),
      { seed: 20150401, numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('names the allowed values of enums and discriminators, and reports every bad field at once', () => {
    const spec = structuredClone(EXAMPLE_SPINGLASS_SPEC) as unknown as Record<string, Record<string, unknown>>;
    spec.landscape.ensemble = 'cauchy';
    spec.optimizer = { kind: 'adam' };
    (spec as Record<string, unknown>).runsPerSize = 0;
    const problems = specProblems(spec);
    expect(problems).toContain('landscape.ensemble: must be one of "gaussian", "rademacher", "uniform"');
    expect(problems).toContain('optimizer.kind: must be one of gd, sgd, sa, sa-ternary, critical-point-search');
    expect(problems.some((p) => p.startsWith('runsPerSize:'))).toBe(true);
  });

  it('checks relations between fields', () => {
    const hot = structuredClone(EXAMPLE_SA_SPEC);
    if (hot.optimizer.kind === 'sa') hot.optimizer.finalTemperature = 3;
    expect(specProblems(hot).join()).toContain('optimizer.finalTemperature: must be ≤ initialTemperature');
    const dup = { ...structuredClone(EXAMPLE_SPINGLASS_SPEC), sizes: [10, 20, 10] };
    expect(specProblems(dup)).toEqual(['sizes[2]: duplicate size 10']);
    const ternary = {
      ...structuredClone(EXAMPLE_SPINGLASS_SPEC),
      optimizer: { kind: 'sa-ternary', budget: 10, initialTemperature: 1, finalTemperature: 0.1, scale: 'none' },
    };
    expect(specProblems(ternary).join()).toContain('optimizer.kind: sa-ternary needs a network landscape');
    const binary = structuredClone(EXAMPLE_NETWORK_SPEC);
    if (binary.landscape.kind === 'network') binary.landscape.task = 'binary';
    expect(specProblems(binary).join()).toContain('landscape.digits: the binary task needs exactly two digits');
    const sgd = {
      ...structuredClone(EXAMPLE_SPINGLASS_SPEC),
      optimizer: { kind: 'sgd', learningRate: 0.1, decay: 0, epochs: 3 },
    };
    expect(specProblems(sgd).join()).toContain('optimizer.polish: missing');
  });

  it("disorder 'landscapes': needs landscapes = L ≥ 1, which the other modes reject; run r on landscape r mod L", () => {
    const withLandscapes = (landscape: Record<string, unknown>) => ({
      ...structuredClone(EXAMPLE_SPINGLASS_SPEC),
      landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', ...landscape },
    });
    expect(specProblems(withLandscapes({ disorder: 'landscapes', landscapes: 4 }))).toEqual([]);
    expect(specProblems(withLandscapes({ disorder: 'landscapes' }))).toEqual([
      "landscape.landscapes: missing (the number L ≥ 1 of coupling samples per size that disorder 'landscapes' spreads the runs over)",
    ]);
    expect(specProblems(withLandscapes({ disorder: 'fixed', landscapes: 4 })).join()).toContain(
      "landscape.landscapes: only with disorder 'landscapes'",
    );
    expect(specProblems(withLandscapes({ disorder: 'landscapes', landscapes: 0 })).join()).toContain(
      'landscape.landscapes:',
    );
    const land = { kind: 'spinglass', p: 3, ensemble: 'gaussian' } as const;
    expect([0, 1, 5, 9, 10].map((r) => landscapeOfRun({ ...land, disorder: 'landscapes', landscapes: 5 }, r))).toEqual([
      0, 1, 0, 4, 0,
    ]);
    expect(landscapeOfRun({ ...land, disorder: 'fixed' }, 7)).toBe(0);
    expect(landscapeOfRun({ ...land, disorder: 'per-run' }, 7)).toBe(7);
  });

  it('annealing subsetSize: networks only, at most trainSize', () => {
    const annealing = { kind: 'sa', budget: 9, initialTemperature: 1, finalTemperature: 0.1, proposalScale: 0.1 };
    const network = {
      ...structuredClone(EXAMPLE_NETWORK_SPEC),
      optimizer: { ...annealing, adaptProposal: true, subsetSize: 600 },
    };
    expect(specProblems(network)).toEqual([]);
    const ternary = { kind: 'sa-ternary', budget: 9, initialTemperature: 1, finalTemperature: 0.1, scale: 'none' };
    expect(specProblems({ ...network, optimizer: { ...ternary, subsetSize: 601 } })).toEqual([
      'optimizer.subsetSize: must be ≤ landscape.trainSize (600), got 601',
    ]);
    const spinGlass = {
      ...structuredClone(EXAMPLE_SA_SPEC),
      optimizer: { ...EXAMPLE_SA_SPEC.optimizer, subsetSize: 5 },
    };
    expect(specProblems(spinGlass).join()).toContain('optimizer.subsetSize: only for networks');
  });

  it('critical-point-search: spin glass only, needs measure.index, parameters in range', () => {
    expect(specProblems(structuredClone(EXAMPLE_CRITICAL_POINT_SPEC))).toEqual([]);
    const search = EXAMPLE_CRITICAL_POINT_SPEC.optimizer;
    expect(
      specProblems({ ...structuredClone(EXAMPLE_NETWORK_SPEC), optimizer: search, measure: { index: true } }),
    ).toEqual([
      'optimizer.kind: critical-point-search needs a spinglass landscape; for networks use one of sgd, sa, sa-ternary',
    ]);
    expect(specProblems({ ...structuredClone(EXAMPLE_CRITICAL_POINT_SPEC), measure: { index: false } })).toEqual([
      'measure.index: must be true for critical-point-search (the index of each found critical point is recorded)',
    ]);
    const bad = (field: string, value: unknown) =>
      specProblems({ ...EXAMPLE_CRITICAL_POINT_SPEC, optimizer: { ...search, [field]: value } });
    for (const [field, value] of [
      ['descentSteps', -1],
      ['descentSteps', 2.5],
      ['ladderLength', 0],
      ['tolerance', 0],
      ['tolerance', 0.1],
      ['maxIterations', 0],
    ] as const) {
      expect(bad(field, value).some((p) => p.startsWith(`optimizer.${field}:`))).toBe(true);
    }
    expect(bad('descentSteps', 0)).toEqual([]);
    expect(bad('learningRate', 0.1)).toEqual(['optimizer.learningRate: unknown field']);
  });

  it('rejects non-objects at the root', () => {
    expect(specProblems(5)).toEqual(['spec: Invalid input: expected object, received number']);
  });
});
