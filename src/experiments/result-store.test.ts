import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_SA_SPEC } from '../../test/helpers/spec-fixtures.js';
import { streamSeed } from '../random/streams.js';
import type { Logger } from './logger.js';
import { ResultStore, readStoreFile } from './result-store.js';
import type { RunRecord } from './run-record.js';
import { masterFor, specHash } from './spec-hash.js';

let dir: string;
let warnings: string[];
const logger: Logger = { warn: (m) => warnings.push(m) };
const hash = specHash(EXAMPLE_SA_SPEC);

const record = (run: number, energy = -run): RunRecord => ({
  specHash: hash,
  size: 10,
  run,
  status: 'ok',
  streams: { init: streamSeed({ master: masterFor(EXAMPLE_SA_SPEC, 'init'), purpose: 'init', size: 10, run }) },
  metrics: {
    energy,
    scaledEnergy: energy / 10,
    gradNorm: 0.5,
    iterations: 3,
    energyEvaluations: 4,
    gradientEvaluations: 4,
    haltingTimes: [],
    converged: false,
  },
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-'));
  warnings = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('result store', () => {
  it('writes the spec beside the store and reads back what it appended, numbers bit for bit', () => {
    const store = new ResultStore(dir, EXAMPLE_SA_SPEC, logger, logger).open();
    const records = [record(0, -1.2345678901234567), record(1, 5e-324), record(2, -0.1 - 0.2)];
    for (const r of records) store.append(r);
    expect(store.read().records).toEqual(records);
    expect(JSON.parse(readFileSync(join(dir, `${hash}.spec.json`), 'utf8'))).toEqual(EXAMPLE_SA_SPEC);
    expect(readFileSync(store.path, 'utf8').split('\n')).toHaveLength(4);
    expect(warnings).toEqual([]);
  });

  it('skips a torn last line with a warning naming its line, and appends after it on a fresh line', () => {
    const store = new ResultStore(dir, EXAMPLE_SA_SPEC, logger, logger).open();
    store.append(record(0));
    store.append(record(1));
    const full = readFileSync(store.path, 'utf8');
    writeFileSync(store.path, full.slice(0, full.length - 25)); // crash mid-write of run 1
    const torn = store.read();
    expect(torn.records.map((r) => r.run)).toEqual([0]);
    expect(torn.badLines).toEqual([2]);
    expect(warnings).toHaveLength(2); // the line, then the summary count
    expect(warnings[0]).toContain(':2:');
    expect(warnings[1]).toContain('1 line(s) not trusted (1 torn)');
    const resumed = new ResultStore(dir, EXAMPLE_SA_SPEC, logger, logger).open();
    resumed.append(record(1));
    expect(resumed.read().records.map((r) => r.run)).toEqual([0, 1]);
  });

  it('skips a garbage middle line and lines of another spec; keeps identical duplicates once, trusts neither of a conflicting pair', () => {
    const store = new ResultStore(dir, EXAMPLE_SA_SPEC, logger).open();
    store.append(record(0));
    appendFileSync(store.path, '{"specHash": garbage\n');
    appendFileSync(store.path, `${JSON.stringify({ ...record(5), specHash: 'other' })}\n`);
    appendFileSync(store.path, '[1,2,3]\n\n');
    store.append(record(1));
    store.append(record(1));
    store.append(record(1, 99));
    const read = readStoreFile(store.path, { expectedHash: hash, logger, summaryLogger: logger });
    expect(read.records.map((r) => r.run)).toEqual([0]);
    expect(read.badLines).toEqual([2, 3, 4, 6, 8]);
    expect(read.duplicates).toBe(1);
    expect(read.conflicts).toEqual(['10/1']);
    expect(read.records[0]).toEqual(JSON.parse(JSON.stringify(record(0)))); // JSON has no -0
    // One line per untrusted line, and one summary line counting them by kind.
    expect(warnings.at(-1)).toMatch(/5 line\(s\) not trusted \(1 torn, 2 shape, 2 conflict\)/);
  });

  it('reading a missing store gives nothing', () => {
    expect(readStoreFile(join(dir, 'nope.jsonl')).records).toEqual([]);
  });
});
