import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOY_SPEC, tempDir } from '../../../test/helpers/engine-helpers.js';
import { restoreSpinGlassExecutor } from '../../../test/helpers/engine-toy-executor.js';
import { runCliCaptured } from '../../../test/helpers/run-cli-captured.js';
import { silentLogger } from '../../experiments/logger.js';
import { runExperiment } from '../../experiments/run-experiment.js';
import { specHash } from '../../experiments/spec-hash.js';

const dir = tempDir('cli-runs');
const results = join(dir, 'results');
const spec = { ...TOY_SPEC, sizes: [5], runsPerSize: 7 };
const specPath = join(dir, 'spec.json');

beforeAll(async () => {
  writeFileSync(specPath, JSON.stringify(spec));
  await runExperiment(spec, { resultsDir: results, workers: 1, quiet: true, logger: silentLogger });
});
afterAll(() => {
  restoreSpinGlassExecutor();
  rmSync(dir, { recursive: true, force: true });
});

describe('landscape runs export', () => {
  it('exports a spec file, a results directory and a .jsonl store to the same CSV', async () => {
    const first = await runCliCaptured(['runs', 'export', specPath, '--results', results]);
    expect(first.exitCode).toBe(0);
    const fromSpec = first.stdout;
    const lines = fromSpec.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0].startsWith('specHash,size,run,status,reason,')).toBe(true);
    expect((await runCliCaptured(['runs', 'export', results])).stdout).toBe(fromSpec);
    const store = join(results, `${specHash(spec)}.jsonl`);
    expect((await runCliCaptured(['runs', 'export', store, '--format', 'csv'])).stdout).toBe(fromSpec);
  });

  it('--format jsonl prints one flat object per run', async () => {
    const { stdout } = await runCliCaptured(['runs', 'export', results, '--format', 'jsonl']);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.run)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(rows[5].status).toBe('diverged');
    expect(typeof rows[0].scaledEnergy).toBe('number');
  });

  it('bad format or missing source → exit 2 with one line', async () => {
    const format = await runCliCaptured(['runs', 'export', results, '--format', 'xlsx']);
    expect(format.exitCode).toBe(2);
    expect(format.stderr).toContain('--format');
    const missing = await runCliCaptured(['runs', 'export', join(dir, 'nope')]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});
