import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../src/app/verify.js';
import { theoryClaim } from '../src/claims/theory.js';
import { writeCounterexample } from '../src/report/counterexample.js';
import { counterexampleId } from '../src/report/counterexample-id.js';
import { runCliCaptured } from './helpers/run-cli-captured.js';

/**
 * The verify job end to end on the theory claim (a computation, so it runs in a second): report files, exit
 * codes, a counterexample found through the database, shrunk and written, and its replay.
 */
const root = mkdtempSync(join(tmpdir(), 'verify-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A theory configuration whose tolerance (1e-30) no floating-point computation can meet: the claim fails. */
const failingConfig = { ...theoryClaim.configFor('ci'), tolerance: 1e-30 };

function counterexampleFile(dir: string, configuration: unknown): string {
  const id = counterexampleId(configuration);
  return writeCounterexample(dir, {
    claim: 'theory',
    id,
    configuration,
    result: baseResult,
    fastCheck: { seed: 1, shrinkingStoppedEarly: false },
    replayCommand: `landscape replay ${join(dir, `theory-${id}.json`)}`,
  }).json;
}

const baseResult = {
  id: 'theory',
  title: 't',
  paperReference: 'section 4',
  verdict: 'fails' as const,
  statistic: { name: 's', value: 1 },
  threshold: { description: 't', value: 1e-30 },
  alpha: null,
  rule: 'r',
  reason: 'r',
  evidence: [],
};

describe('landscape verify', () => {
  it('writes report.md, report.json and figures and exits 0 when the claim holds', async () => {
    const out = join(root, 'report');
    const run = await runCliCaptured([
      'verify',
      'theory',
      '--scale',
      'ci',
      '--out',
      out,
      '--results',
      join(root, 'results'),
      '--counterexamples',
      join(root, 'ce-none'),
      '--quiet',
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^theory\s+holds/m);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.claims.map((c: { id: string; verdict: string }) => [c.id, c.verdict])).toEqual([['theory', 'holds']]);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('theory');
    expect(readdirSync(out).filter((f) => f.endsWith('.svg')).length).toBeGreaterThan(0);
    expect(existsSync(join(root, 'ce-none'))).toBe(false);
  });

  it('rejects an unknown claim and a bad scale with one line and exit code 2', async () => {
    const unknown = await runCliCaptured(['verify', 'no-such-claim', '--scale', 'ci', '--out', join(root, 'x')]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/unknown claim no-such-claim/);
    const scale = await runCliCaptured(['verify', 'theory', '--scale', 'huge', '--out', join(root, 'x')]);
    expect(scale.exitCode).toBe(2);
    expect(scale.stderr).toMatch(/--scale must be one of ci, quick, paper/);
  });

  it('replays a known counterexample from the database first, shrinks it, writes it, and exits 1', async () => {
    const database = join(root, 'database');
    mkdirSync(database, { recursive: true });
    counterexampleFile(database, failingConfig);
    const ceDir = join(root, 'ce');
    const outcome = await verify({
      claimIds: ['theory'],
      scale: 'ci',
      profile: 'ci',
      outDir: join(root, 'report-failing'),
      resultsDir: join(root, 'results'),
      counterexampleDir: ceDir,
      databaseDir: database,
      quiet: true,
      command: 'test',
    });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.results[0].verdict).toBe('fails');
    expect(outcome.counterexamples).toHaveLength(1);
    const written = JSON.parse(readFileSync(outcome.counterexamples[0], 'utf8'));
    expect(written.claim).toBe('theory');
    expect(written.result.verdict).toBe('fails');
    expect(written.replayCommand).toMatch(/^landscape replay /);
    // Shrinking keeps the failing ingredient (the impossible tolerance).
    expect(written.configuration.tolerance).toBe(1e-30);
    expect(existsSync(outcome.counterexamples[0].replace(/\.json$/, '.md'))).toBe(true);

    const replay = await runCliCaptured(['replay', outcome.counterexamples[0], '--results', join(root, 'results')]);
    expect(replay.exitCode).toBe(1);
    expect(replay.stdout).toMatch(/^theory: fails/m);
  });

  it('replay exits 0 once the configuration holds, and 2 on a malformed file', async () => {
    const dir = join(root, 'replay-holds');
    const file = counterexampleFile(dir, theoryClaim.configFor('ci'));
    const holds = await runCliCaptured(['replay', file, '--results', join(root, 'results')]);
    expect(holds.exitCode).toBe(0);
    expect(holds.stdout).toMatch(/^theory: holds/m);
    const bad = await runCliCaptured(['replay', join(root, 'missing.json')]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
