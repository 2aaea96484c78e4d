import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureOutput } from '../../test/helpers/run-cli-captured.js';
import { loadRecords } from '../experiments/run-experiment.js';
import { type ExperimentSpec, loadSpecFile, SpecError } from '../experiments/spec.js';
import { runOrWriteSpec, writeSpecFile } from './run-or-write-spec.js';

const dir = mkdtempSync(join(tmpdir(), 'front-end-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPEC: ExperimentSpec = {
  landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
  optimizer: { kind: 'gd', learningRate: 0.1, decay: 0, tolerance: 1e-4, maxIterations: 500 },
  sizes: [5],
  runsPerSize: 3,
  seed: 3,
  measure: { index: false },
};

describe('engine front end', () => {
  it('writeSpecFile writes a valid spec that reads back equal; an invalid one is a SpecError and writes nothing', () => {
    const file = join(dir, 'spec.json');
    writeSpecFile(SPEC, file);
    expect(loadSpecFile(file)).toEqual(SPEC);
    const bad = join(dir, 'bad.json');
    expect(() => writeSpecFile({ ...SPEC, runsPerSize: 0 }, bad)).toThrow(SpecError);
    expect(existsSync(bad)).toBe(false);
  });

  it('--spec-out runs nothing; without --results the store goes to a temporary directory that is removed', async () => {
    const file = join(dir, 'out.json');
    const written = await captureOutput(() => runOrWriteSpec(SPEC, { specOut: file, json: true }));
    expect(written.value).toBeUndefined();
    expect(JSON.parse(written.stdout)).toMatchObject({ specOut: file });
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = mkdtempSync(join(dir, 'tmp-'));
    try {
      const records = await runOrWriteSpec(SPEC, { workers: 1, quiet: true });
      expect(records).toHaveLength(3);
      expect(readdirSync(process.env.TMPDIR)).toEqual([]);
    } finally {
      process.env.TMPDIR = previous;
    }
    const results = join(dir, 'results');
    const kept = await runOrWriteSpec(SPEC, { workers: 1, quiet: true, results });
    expect(loadRecords(SPEC, results)).toEqual(kept);
  });
});
