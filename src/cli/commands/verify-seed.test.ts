import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../../test/helpers/run-cli-captured.js';

/** One meaning per flag: --seed is a master seed; verify takes the fast-check seed as --property-seed. */
const root = mkdtempSync(join(tmpdir(), 'verify-seed-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const theory = (out: string, ...extra: string[]) => [
  'verify',
  'theory',
  '--scale',
  'ci',
  '--out',
  join(root, out),
  '--results',
  join(root, 'results'),
  '--counterexamples',
  join(root, 'ce'),
  ...extra,
];

describe('verify seeds', () => {
  it('rejects --seed with a one-line error naming --property-seed (exit 2)', async () => {
    const run = await runCliCaptured(theory('a', '--seed', '3'));
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/verify has no master seed: use --property-seed/);
  });

  it('uses --property-seed as the fast-check seed and records it in the report', async () => {
    const run = await runCliCaptured(theory('b', '--property-seed', '424242', '--quiet'));
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(root, 'b', 'report.md'), 'utf8')).toMatch(/seed 424242/);
  });

  it('draws the explore seed at random, prints it, and records the same seed in the report', async () => {
    // one explore run (it draws 5× the ci configurations; about 5 s alone, over a minute on a loaded machine)
    const run = await runCliCaptured(theory('c', '--profile', 'explore', '--quiet'));
    expect(run.exitCode).toBe(0);
    const printed = run.stderr.match(/explore: property seed (\d+) \(repeat this run with --property-seed \1\)/);
    expect(printed).not.toBeNull();
    const seed = Number(printed?.[1]);
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 31).toBe(true);
    expect(readFileSync(join(root, 'c', 'report.md'), 'utf8')).toMatch(new RegExp(`seed ${seed}\\b`));
  }, 240_000);
});
