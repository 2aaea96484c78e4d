/**
 * Resume after a hard kill: `node bin/landscape.js run` on a real spin-glass spec is SIGKILLed mid-way, run
 * again, and the store then holds exactly the records of an uninterrupted run — the same runs, bit for bit, no
 * duplicates. Needs the compiled CLI in dist/ (npm test builds first; locally run `npm run build`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/core/package-root.js';
import { silentLogger } from '../src/experiments/logger.js';
import { readStoreFile, storeFile } from '../src/experiments/result-store.js';
import { runExperiment } from '../src/experiments/run-experiment.js';
import type { ExperimentSpec } from '../src/experiments/spec.js';
import { specHash } from '../src/experiments/spec-hash.js';
import { fingerprints, tempDir } from './helpers/engine-helpers.js';

const dir = tempDir('engine-resume');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** About a second of annealing on one core: 48 runs of 5,000 energy evaluations at N = 8 and 12. */
const SPEC: ExperimentSpec = {
  landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
  optimizer: {
    kind: 'sa',
    budget: 5_000,
    initialTemperature: 2,
    finalTemperature: 0.01,
    proposalScale: 0.05,
    adaptProposal: true,
  },
  sizes: [8, 12],
  runsPerSize: 24,
  seed: 11,
  measure: { index: false },
};

const cli = join(packageRoot(), 'bin', 'landscape.js');

function lineCount(path: string): number {
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l !== '').length
    : 0;
}

describe('resume after SIGKILL', () => {
  it('a killed run, resumed, stores exactly the records of an uninterrupted run', async () => {
    if (!existsSync(join(packageRoot(), 'dist', 'src', 'cli', 'main.js'))) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    }
    const specPath = join(dir, 'spec.json');
    writeFileSync(specPath, JSON.stringify(SPEC));
    const results = join(dir, 'killed');
    const store = storeFile(results, specHash(SPEC));
    const args = [cli, 'run', specPath, '--results', results, '--workers', '1', '--batch-size', '2', '--quiet'];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Kill once some (but not all) runs are stored.
    const started = Date.now();
    while (lineCount(store) < 6 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const before = lineCount(store);
    expect(before).toBeGreaterThanOrEqual(6);
    expect(before).toBeLessThan(48);

    const resumed = spawnSync(process.execPath, [...args.slice(0, -1), '--json', '--quiet'], { encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    const report = JSON.parse(resumed.stdout);
    expect(report.records).toBe(48);
    expect(report.computed).toBeLessThanOrEqual(48 - (before - 1)); // at most the last line was lost

    const read = readStoreFile(store, { expectedHash: specHash(SPEC), logger: silentLogger });
    expect(read.duplicates).toBe(0);
    expect(read.records).toHaveLength(48);
    const uninterrupted = await runExperiment(SPEC, {
      resultsDir: join(dir, 'whole'),
      workers: 2,
      quiet: true,
      logger: silentLogger,
    });
    expect(fingerprints(read.records)).toEqual(fingerprints(uninterrupted));
  });
});
