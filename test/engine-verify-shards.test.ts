/**
 * The cluster flow end to end (issue #15): `verify` at ci scale run as 3 shards, the shards' stores merged, and the
 * merged store judged with `--no-compute` give the report.json verdicts and statistics of the unsharded run
 * (timestamps aside). `--no-compute` on an incomplete store computes nothing and lists what is missing; without
 * it, verify says on stderr how many runs it is about to compute. The claim is `layers` (one critical-point
 * experiment, a few seconds at ci scale).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/engine-helpers.js';
import { runCliCaptured } from './helpers/run-cli-captured.js';

const dir = tempDir('verify-shards');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CLAIM = 'layers';
const common = ['--scale', 'ci', '--workers', '1', '--quiet'];

function judged(reportDir: string) {
  const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as {
    claims: { id: string; verdict: string; statistic: unknown; threshold: unknown; reason: string }[];
  };
  return report.claims.map(({ id, verdict, statistic, threshold, reason }) => ({
    id,
    verdict,
    statistic,
    threshold,
    reason,
  }));
}

describe('shard → merge → judge', () => {
  it('3 shards merged and judged with --no-compute give the unsharded verdicts and statistics', async () => {
    const whole = await runCliCaptured([
      'verify',
      CLAIM,
      ...common,
      '--results',
      join(dir, 'whole'),
      '--out',
      join(dir, 'whole-report'),
      '--counterexamples',
      join(dir, 'ce'),
    ]);
    expect(whole.exitCode).toBe(0);
    expect(whole.stderr).toMatch(/^landscape: verify: about to compute \d+ runs of 1 experiments \(0 of \d+ stored/);

    for (const i of [1, 2, 3]) {
      const shard = await runCliCaptured([
        'verify',
        CLAIM,
        ...common,
        '--shard',
        `${i}/3`,
        '--results',
        join(dir, `s${i}`),
      ]);
      expect(shard.exitCode).toBe(0);
    }
    const partial = await runCliCaptured(['merge', join(dir, 's1'), join(dir, 's2'), '--out', join(dir, 'merged')]);
    expect(partial.exitCode).toBe(0);
    const incomplete = await runCliCaptured([
      'verify',
      CLAIM,
      ...common,
      '--no-compute',
      '--results',
      join(dir, 'merged'),
      '--out',
      join(dir, 'no-report'),
    ]);
    expect(incomplete.exitCode).toBe(2);
    expect(incomplete.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(incomplete.stderr).toMatch(/--no-compute: \d+ of \d+ runs are not in .*layers.*missing/);
    expect(incomplete.stderr).toContain(`landscape verify ${CLAIM} --scale ci --shard i/n`);
    expect(() => readdirSync(join(dir, 'no-report'))).toThrow(); // judged nothing, wrote nothing

    const rest = await runCliCaptured(['merge', join(dir, 's3'), '--out', join(dir, 'merged'), '--json']);
    expect(JSON.parse(rest.stdout).complete).toBe(true);
    const judge = await runCliCaptured([
      'verify',
      CLAIM,
      ...common,
      '--no-compute',
      '--results',
      join(dir, 'merged'),
      '--out',
      join(dir, 'merged-report'),
    ]);
    expect(judge.exitCode).toBe(0);
    expect(judge.stderr).toBe('');
    expect(judged(join(dir, 'merged-report'))).toEqual(judged(join(dir, 'whole-report')));
  });
});
