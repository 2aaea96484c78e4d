import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { type Counterexample, readCounterexample, writeCounterexample } from './counterexample.js';
import { counterexampleId } from './counterexample-id.js';

const configuration = { n: 5, p: 3, seed: 11, sizes: [5, 8] };
const ce: Counterexample = {
  claim: 'band',
  id: counterexampleId(configuration),
  configuration,
  result: {
    id: 'band',
    title: 'Minima concentrate in a band',
    paperReference: 'section 4, Fig. 3',
    verdict: 'fails',
    statistic: { name: 'fraction outside band', value: 0.31234 },
    threshold: { description: 'upper bound', value: 0.1 },
    alpha: 0.01,
    rule: 'binomial test, one-sided',
    reason: 'Too many minima lie above −E_∞.',
    evidence: [{ N: 5, outside: 31, total: 100, note: 'x|y' }],
  },
  fastCheck: { seed: 1234, path: '3:1:0', numRuns: 20, shrinkSteps: 4, shrinkingStoppedEarly: false },
  replayCommand: 'landscape replay counterexamples/band-x.json',
  figure: 'band-x.svg',
};

const root = mkdtempSync(join(tmpdir(), 'counterexample-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeCounterexample / readCounterexample', () => {
  it('round-trips through <claim>-<id>.json and writes a readable .md beside it', () => {
    const paths = writeCounterexample(join(root, 'db'), ce);
    expect(paths.json).toBe(join(root, 'db', `band-${ce.id}.json`));
    expect(readCounterexample(paths.json)).toEqual(ce);
    const md = readFileSync(paths.markdown, 'utf8');
    expect(md).toContain(`# Counterexample to "band" (${ce.id})`);
    expect(md).toContain('- **Statistic:** fraction outside band = 0.3123');
    expect(md).toContain('landscape replay counterexamples/band-x.json');
    expect(md).toContain('fast-check: seed 1234, path `3:1:0`, 20 runs, 4 shrink steps, fully shrunk.');
    expect(md).toContain('| 5 | 31 | 100 | x\\|y |');
    expect(md).toContain('![band counterexample](band-x.svg)');
  });

  it('round-trips any well-formed counterexample', () => {
    const json = fc.jsonValue();
    fc.assert(
      fc.property(json, fc.integer(), fc.option(fc.string(), { nil: undefined }), (config, seed, path) => {
        const sample: Counterexample = {
          ...ce,
          configuration: config ?? null,
          id: counterexampleId(config),
          fastCheck: { seed, path, shrinkingStoppedEarly: true },
        };
        const { json: file } = writeCounterexample(join(root, 'prop'), sample);
        // JSON drops undefined members and writes −0 as 0; compare with what JSON can hold.
        expect(readCounterexample(file)).toEqual(JSON.parse(JSON.stringify(sample)));
      }),
      { seed: 99, numRuns: 25 },
    );
  });

  it('throws InputError on a missing file, invalid JSON and a malformed counterexample', () => {
    expect(() => readCounterexample(join(root, 'nope.json'))).toThrow(/cannot read counterexample file .*ENOENT/);
    const bad = join(root, 'bad.json');
    writeFileSync(bad, '{ not json');
    expect(() => readCounterexample(bad)).toThrow(InputError);
    expect(() => readCounterexample(bad)).toThrow(/is not valid JSON/);
    writeFileSync(bad, JSON.stringify({ ...ce, result: { ...ce.result, verdict: 'maybe' } }));
    expect(() => readCounterexample(bad)).toThrow(/result\.verdict/);
    writeFileSync(bad, JSON.stringify({ ...ce, fastCheck: { seed: 1.5, shrinkingStoppedEarly: false } }));
    expect(() => readCounterexample(bad)).toThrow(/fastCheck\.seed/);
    const { configuration: _dropped, ...withoutConfiguration } = ce;
    writeFileSync(bad, JSON.stringify(withoutConfiguration));
    expect(() => readCounterexample(bad)).toThrow(/configuration/);
  });

  it('refuses claim ids and ids that are not safe in a file name', () => {
    expect(() => writeCounterexample(root, { ...ce, claim: '../escape' })).toThrow(InputError);
    expect(() => writeCounterexample(root, { ...ce, id: 'a/b' })).toThrow(InputError);
  });
});

describe('counterexampleId', () => {
  it('is 12 hex digits and ignores key order, but not values', () => {
    const id = counterexampleId({ a: 1, b: [1, 2] });
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(id).toBe('8baa73198470'); // sha256('{"a":1,"b":[1,2]}'): ids of stored counterexamples stay valid
    expect(counterexampleId({ b: [1, 2], a: 1 })).toBe(id);
    expect(counterexampleId({ a: 1, b: [2, 1] })).not.toBe(id);
    expect(counterexampleId({ w: new Float64Array([1, 2]) })).toBe(counterexampleId({ w: [1, 2] }));
  });
});
