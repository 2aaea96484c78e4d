import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { packageRoot } from '../core/package-root.js';
import type { ExperimentSpec } from './spec.js';
import { recordsOf, workerOutcome } from './worker-outcome.js';
import { createWorkerPool } from './worker-pool.js';

/** A binary-task spec asking for more images than digits 4 and 9 have: the split throws an InputError. */
const BAD_SPEC: ExperimentSpec = {
  landscape: {
    kind: 'network',
    depth: 1,
    task: 'binary',
    digits: [4, 9],
    trainSize: 7900,
    testSize: 2000,
    init: 'torch-default',
    downsample: 'block',
  },
  optimizer: { kind: 'sgd', learningRate: 0.01, epochs: 1, batchSize: 1 },
  sizes: [2, 3],
  runsPerSize: 1,
  seed: 1,
  measure: { index: false },
};

const dir = mkdtempSync(join(tmpdir(), 'worker-outcome-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('worker outcome', () => {
  it('passes records through and carries an InputError across as an InputError', async () => {
    const ok = await workerOutcome(async () => []);
    expect(recordsOf(ok)).toEqual([]);
    const bad = await workerOutcome(async () => {
      throw new InputError('bad field x');
    });
    // What crosses the thread boundary is plain data.
    expect(structuredClone(bad)).toEqual({ inputError: { name: 'InputError', message: 'bad field x' } });
    expect(() => recordsOf(structuredClone(bad))).toThrow(InputError);
    expect(() => recordsOf(bad)).toThrow('bad field x');
  });

  it('rethrows other errors unchanged (internal errors stay internal)', async () => {
    await expect(
      workerOutcome(async () => {
        throw new RangeError('boom');
      }),
    ).rejects.toThrow(RangeError);
  });

  it('a pool worker that hits bad input rejects with an InputError in the main thread', async () => {
    const pool = createWorkerPool(1);
    try {
      await expect(pool.run({ spec: BAD_SPEC, size: 2, runs: [0] })).rejects.toBeInstanceOf(InputError);
    } finally {
      await pool.destroy();
    }
  }, 30_000);

  it('`landscape run bad.json --workers 2` → one stderr line, exit 2', () => {
    const specPath = join(dir, 'bad.json');
    writeFileSync(specPath, JSON.stringify(BAD_SPEC));
    const cli = join(packageRoot(), 'bin', 'landscape.js');
    const out = spawnSync(process.execPath, [cli, 'run', specPath, '--workers', '2', '--results', join(dir, 'r')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    const lines = out.stderr.split('\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^landscape: train size \+ test size = 9900 exceeds/);
    expect(lines[0]).not.toMatch(/internal error/);
  }, 60_000);
});
