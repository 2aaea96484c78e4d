import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOY_SPEC, tempDir } from '../../../test/engine-helpers.js';
import { restoreSpinGlassExecutor } from '../../../test/engine-toy-executor.js';
import { silentLogger } from '../../experiments/logger.js';
import { runExperiment } from '../../experiments/run-experiment.js';
import { specHash } from '../../experiments/spec-hash.js';
import { runCli } from '../main.js';

let stdout = '';
let stderr = '';
const dir = tempDir('cli-runs');
const results = join(dir, 'results');
const spec = { ...TOY_SPEC, sizes: [5], runsPerSize: 7 };
const specPath = join(dir, 'spec.json');

beforeAll(async () => {
  writeFileSync(specPath, JSON.stringify(spec));
  await runExperiment(spec, { resultsDir: results, workers: 1, quiet: true, logger: silentLogger });
});
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});
afterAll(() => {
  restoreSpinGlassExecutor();
  rmSync(dir, { recursive: true, force: true });
});

describe('landscape runs export', () => {
  it('exports a spec file, a results directory and a .jsonl store to the same CSV', async () => {
    await runCli(['runs', 'export', specPath, '--results', results]);
    expect(process.exitCode ?? 0).toBe(0);
    const fromSpec = stdout;
    const lines = fromSpec.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0].startsWith('specHash,size,run,status,reason,')).toBe(true);
    stdout = '';
    await runCli(['runs', 'export', results]);
    expect(stdout).toBe(fromSpec);
    stdout = '';
    await runCli(['runs', 'export', join(results, `${specHash(spec)}.jsonl`), '--format', 'csv']);
    expect(stdout).toBe(fromSpec);
  });

  it('--format jsonl prints one flat object per run', async () => {
    await runCli(['runs', 'export', results, '--format', 'jsonl']);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.run)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(rows[5].status).toBe('diverged');
    expect(typeof rows[0].scaledEnergy).toBe('number');
  });

  it('bad format or missing source → exit 2 with one line', async () => {
    await runCli(['runs', 'export', results, '--format', 'xlsx']);
    expect(process.exitCode).toBe(2);
    expect(stderr).toContain('--format');
    stderr = '';
    await runCli(['runs', 'export', join(dir, 'nope')]);
    expect(process.exitCode).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
