/**
 * Races on one results directory, through the compiled CLI (separate processes): two `run`s of one spec at once,
 * and a `merge --out` into a directory while a `run` appends to it. The directory lock (store-lock.ts) makes the
 * second writer wait: nothing is lost, nothing is computed twice, and every stored line is trusted.
 * Needs dist/ (npm test builds first; locally run `npm run build`).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/core/package-root.js';
import { silentLogger } from '../src/experiments/logger.js';
import { readStoreFile, storeFile } from '../src/experiments/result-store.js';
import { runExperiment } from '../src/experiments/run-experiment.js';
import type { ExperimentSpec } from '../src/experiments/spec.js';
import { specHash } from '../src/experiments/spec-hash.js';
import { LOCK_NAME } from '../src/experiments/store-lock.js';
import { tempDir } from './helpers/engine-helpers.js';

const dir = tempDir('engine-race');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** About half a second of annealing on one core (48 runs at N = 8 and 12). */
const SPEC: ExperimentSpec = {
  landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
  optimizer: {
    kind: 'sa',
    budget: 2_000,
    initialTemperature: 2,
    finalTemperature: 0.01,
    proposalScale: 0.05,
    adaptProposal: true,
  },
  sizes: [8, 12],
  runsPerSize: 24,
  seed: 12,
  measure: { index: false },
};
const TOTAL = 48;
const cli = join(packageRoot(), 'bin', 'landscape.js');

function landscape(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
}

describe('races on one results directory', () => {
  it('two runs at once: one computes, the other waits and finds everything stored', async () => {
    if (!existsSync(join(packageRoot(), 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ is missing');
    const specPath = join(dir, 'spec.json');
    writeFileSync(specPath, JSON.stringify(SPEC));
    const results = join(dir, 'both');
    const args = ['run', specPath, '--results', results, '--workers', '1', '--json'];
    const [a, b] = await Promise.all([landscape(args), landscape(args)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const computed = [JSON.parse(a.stdout).computed, JSON.parse(b.stdout).computed].sort((x, y) => x - y);
    expect(computed).toEqual([0, TOTAL]); // nothing computed twice
    expect(a.stderr + b.stderr).toContain('waiting for the lock');
    const store = storeFile(results, specHash(SPEC));
    expect(lines(store)).toHaveLength(TOTAL);
    const read = readStoreFile(store, { expectedHash: specHash(SPEC), spec: SPEC, logger: silentLogger });
    expect(read.records).toHaveLength(TOTAL);
    expect(read.badLines).toEqual([]);
    expect(existsSync(join(results, LOCK_NAME))).toBe(false);
  });

  it('merge --out into a directory while a run appends to it loses nothing', async () => {
    const specPath = join(dir, 'spec.json');
    const shard2 = join(dir, 'shard2');
    await runExperiment(SPEC, { resultsDir: shard2, shard: { index: 2, count: 2 }, workers: 1, quiet: true });
    const target = join(dir, 'target');
    const run = landscape(['run', specPath, '--results', target, '--shard', '1/2', '--workers', '1', '--quiet']);
    // Start the merge once the run holds the lock (its spec file appears when it has opened the store).
    const spec = join(target, `${specHash(SPEC)}.spec.json`);
    for (let i = 0; i < 200 && !existsSync(spec); i++) await new Promise((r) => setTimeout(r, 10));
    const merge = landscape(['merge', shard2, '--out', target]);
    const [r, m] = await Promise.all([run, merge]);
    expect([r.code, m.code]).toEqual([0, 0]);
    const store = storeFile(target, specHash(SPEC));
    const read = readStoreFile(store, { expectedHash: specHash(SPEC), spec: SPEC, logger: silentLogger });
    expect(read.badLines).toEqual([]);
    expect(read.records).toHaveLength(TOTAL); // both shards: nothing lost
    expect(lines(store)).toHaveLength(TOTAL);
  });
});
