/**
 * Two processes appending to one store at the same time: every line stays whole (one O_APPEND write per
 * record), so the reader finds all records of both and no torn line.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/core/package-root.js';
import { silentLogger } from '../src/experiments/logger.js';
import { readStoreFile, storeFile } from '../src/experiments/result-store.js';
import { specHash } from '../src/experiments/spec-hash.js';
import { TOY_SPEC, tempDir } from './helpers/engine-helpers.js';

const dir = tempDir('engine-append');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PER_PROCESS = 400;

/** A child that appends PER_PROCESS records (runs offset, offset+2, …) through the compiled ResultStore. */
function appender(offset: number): Promise<number | null> {
  const module = join(packageRoot(), 'dist', 'src', 'experiments', 'result-store.js');
  if (!existsSync(module)) throw new Error(`${module} is missing: run \`npm run build\` first`);
  const script = `
    const { ResultStore } = await import(${JSON.stringify(pathToFileURL(module).href)});
    const spec = JSON.parse(process.env.SPEC);
    const store = new ResultStore(process.env.DIR, spec).open();
    const padding = 'x'.repeat(1500); // long lines make interleaving likely if writes were split
    for (let i = 0; i < ${PER_PROCESS}; i++) {
      const run = ${offset} + 2 * i;
      store.append({ specHash: store.hash, size: 4, run, status: 'ok', streams: { init: padding },
        metrics: { energy: -run, scaledEnergy: -run / 4, gradNorm: 0, iterations: run, energyEvaluations: 1,
          gradientEvaluations: 1, haltingTimes: [], converged: true } });
    }`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, SPEC: JSON.stringify(TOY_SPEC), DIR: dir },
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.on('exit', resolve));
}

describe('concurrent appends', () => {
  it('two processes appending to one store never interleave within a line', async () => {
    const codes = await Promise.all([appender(0), appender(1)]);
    expect(codes).toEqual([0, 0]);
    const read = readStoreFile(storeFile(dir, specHash(TOY_SPEC)), {
      expectedHash: specHash(TOY_SPEC),
      logger: silentLogger,
    });
    expect(read.badLines).toEqual([]);
    expect(read.records).toHaveLength(2 * PER_PROCESS);
    expect(new Set(read.records.map((r) => r.run)).size).toBe(2 * PER_PROCESS);
  });
});
