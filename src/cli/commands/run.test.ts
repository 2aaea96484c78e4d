import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TOY_SPEC, tempDir } from '../../../test/helpers/engine-helpers.js';
import { restoreSpinGlassExecutor } from '../../../test/helpers/engine-toy-executor.js';
import { runCliCaptured } from '../../../test/helpers/run-cli-captured.js';
import { specHash } from '../../experiments/spec-hash.js';

const dir = tempDir('cli-run');
const specPath = join(dir, 'spec.json');
writeFileSync(specPath, JSON.stringify({ ...TOY_SPEC, sizes: [4, 6], runsPerSize: 8 }));

afterAll(() => {
  restoreSpinGlassExecutor();
  rmSync(dir, { recursive: true, force: true });
});

describe('landscape run', () => {
  it('--json prints exactly one JSON object (nothing else on stdout), then resumes with nothing to compute', async () => {
    const results = join(dir, 'results');
    const first = await runCliCaptured(['run', specPath, '--results', results, '--workers', '1', '--json']);
    expect(first.exitCode).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.specHash).toBe(specHash(TOY_SPEC));
    expect(report.computed).toBe(16);
    expect(report.records).toBe(16);
    expect(report.sizes.map((s: { size: number; ok: number; diverged: number }) => [s.size, s.ok, s.diverged])).toEqual(
      [
        [4, 7, 1],
        [6, 7, 1],
      ],
    );
    expect(existsSync(join(results, `${report.specHash}.jsonl`))).toBe(true);
    const again = await runCliCaptured(['run', specPath, '--results', results, '--workers', '1', '--json', '--quiet']);
    expect(JSON.parse(again.stdout).computed).toBe(0);
    expect(again.stderr).toBe('');
  });

  it('prints a per-size table by default; --shard runs a share', async () => {
    const results = join(dir, 'results-shard');
    const { stdout, exitCode } = await runCliCaptured([
      'run',
      specPath,
      '--results',
      results,
      '--workers',
      '1',
      '--shard',
      '2/3',
      '--quiet',
    ]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('6 runs computed');
    expect(stdout).toMatch(/mean scaledEnergy/);
    expect(stdout.trim().split('\n')).toHaveLength(4);
  });

  it.each([
    [['--workers', '0'], '--workers'],
    [['--workers', 'many'], '--workers'],
    [['--shard', '4/3'], '--shard'],
    [['--batch-size', '1.5'], '--batch-size'],
  ])('bad flag %j → one stderr line naming %s, exit 2', async (extra, flag) => {
    const { stdout, stderr, exitCode } = await runCliCaptured([
      'run',
      specPath,
      '--results',
      join(dir, 'never'),
      ...extra,
    ]);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(flag);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('an invalid spec file → one line listing every bad field, joined by "; ", exit 2, nothing run', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...TOY_SPEC, runsPerSize: 0, measure: {}, extra: 1 }));
    const invalid = await runCliCaptured(['run', bad, '--results', join(dir, 'never'), '--workers', '1']);
    expect(invalid.exitCode).toBe(2);
    const lines = invalid.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('invalid experiment spec: runsPerSize: Too small: expected number to be >=1; ');
    expect(lines[0]).toContain('; extra: unknown field');
    expect(lines[0]).toContain('measure.index: missing (expected boolean)');
    expect(existsSync(join(dir, 'never'))).toBe(false);
    writeFileSync(bad, '{ not json');
    const notJson = await runCliCaptured(['run', bad]);
    expect(notJson.exitCode).toBe(2);
    expect(notJson.stderr).toContain('not valid JSON');
    expect((await runCliCaptured(['run', join(dir, 'missing.json')])).stderr).toContain('cannot read spec file');
  });
});
