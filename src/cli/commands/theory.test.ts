import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../../test/helpers/run-cli-captured.js';
import { criticalLevel } from '../../theory/critical-levels.js';
import { logAsymptoticCriticalPointCount } from '../../theory/critical-point-asymptotics.js';
import { eInfinity } from '../../theory/e-infinity.js';
import { logExpectedCriticalPointCount } from '../../theory/expected-critical-point-count.js';
import { monteCarloIndexCounts } from '../../theory/index-count-monte-carlo.js';
import { theta, thetaK } from '../../theory/theta.js';

describe('landscape theory', () => {
  it('--json prints exactly one object with E_inf, E_0, E_k and Θ at each --u (negative values accepted)', async () => {
    const { stdout, stderr, exitCode } = await runCliCaptured([
      'theory',
      '--p',
      '3',
      '--kmax',
      '4',
      '--u',
      '-1.65',
      '--u',
      '-1.64',
      '--u=-1',
      '--json',
    ]);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(Object.keys(report).sort()).toEqual(['E_0', 'E_inf', 'E_k', 'levels', 'p']);
    expect(report.p).toBe(3);
    expect(report.E_inf).toBe(eInfinity(3));
    expect(report.E_k).toEqual([0, 1, 2, 3, 4].map((k) => criticalLevel(3, k)));
    expect(report.E_0).toBe(report.E_k[0]);
    expect(report.levels.map((l: { u: number }) => l.u)).toEqual([-1.65, -1.64, -1]);
    for (const level of report.levels) {
      expect(level.theta).toBe(theta(level.u, 3));
      expect(level.theta_k).toEqual([0, 1, 2, 3, 4].map((k) => thetaK(level.u, 3, k)));
    }
  });

  it('prints a readable table by default (kmax defaults to 5, no levels without --u)', async () => {
    const table = await runCliCaptured(['theory', '--p', '4']);
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toContain('p = 4');
    expect(table.stdout).toContain(criticalLevel(4, 5).toFixed(9));
    expect(table.stdout).not.toContain('Θ_p(u)');
    const { stdout } = await runCliCaptured(['theory', '--p', '3', '--kmax', '1', '--u', '-1.65']);
    expect(stdout).toContain('Θ_{1,p}(u)');
    expect(stdout).toContain((-1.65).toFixed(9));
  });

  it('p = 2 works and says there is no band', async () => {
    const json = await runCliCaptured(['theory', '--p', '2', '--kmax', '2', '--json']);
    expect(JSON.parse(json.stdout).E_k).toEqual([Math.SQRT2, Math.SQRT2, Math.SQRT2]);
    expect((await runCliCaptured(['theory', '--p', '2'])).stdout).toContain('no band');
  });

  it.each([
    [['theory', '--p', '1'], '--p'],
    [['theory', '--p', '2.5'], '--p'],
    [['theory', '--p', 'three'], '--p'],
    [['theory', '--p', '3', '--kmax', '-1'], '--kmax'],
    [['theory', '--p', '3', '--kmax', '1001'], '--kmax'],
    [['theory', '--p', '3', '--kmax', 'x'], '--kmax'],
    [['theory', '--p', '3', '--u', 'low'], '--u'],
  ])('bad input %j → one stderr line naming %s, exit code 2, nothing on stdout', async (argv, flag) => {
    const { stdout, stderr, exitCode } = await runCliCaptured(argv);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(flag);
  });

  it('a missing --p is a usage error (exit 2)', async () => {
    const { stderr, exitCode } = await runCliCaptured(['theory']);
    expect(exitCode).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--counts --json: exact and asymptotic log counts per level, Λu = N·u, index k with its prefactor flag', async () => {
    const { stdout, stderr, exitCode } = await runCliCaptured([
      'theory',
      '--counts',
      '--n',
      '200',
      '--p',
      '3',
      '--kmax',
      '2',
      '--u=-1.7',
      '--u',
      '0',
      '--json',
    ]);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report.n).toBe(200);
    expect(report.levels.map((l: { lambda_u: number }) => l.lambda_u)).toEqual([-340, 0]);
    const [below, zero] = report.levels;
    expect(below.regime).toBe('below-threshold');
    expect(below.log_exact).toBeCloseTo(logExpectedCriticalPointCount(200, 3, -1.7), 9);
    expect(below.log_asymptotic).toBe(logAsymptoticCriticalPointCount(200, 3, -1.7).logCount);
    expect(below.index.map((x: { prefactor: string }) => x.prefactor)).toEqual([
      'derived',
      'leading-order-only',
      'leading-order-only',
    ]);
    expect(zero.regime).toBe('zero');
  });

  it('--counts --samples: the finite-N Monte Carlo by index, deterministic by seed, in JSON and in the table', async () => {
    const argv = ['theory', '--counts', '--n', '30', '--p', '3', '--kmax', '1', '--u', '0', '--samples', '200'];
    const a = await runCliCaptured([...argv, '--seed', '4', '--json']);
    expect(a.exitCode).toBe(0);
    const report = JSON.parse(a.stdout);
    expect(report.monte_carlo).toEqual({ samples: 200, seed: 4 });
    const mc = monteCarloIndexCounts(30, 3, 1, [0], { samples: 200, seed: 4 });
    expect(report.levels[0].index[1].monte_carlo.log_count).toBe(mc[1][0].logCount);
    expect(report.levels[0].index[1].monte_carlo.hits).toBe(200);
    const table = await runCliCaptured(argv);
    expect(table.stdout).toContain('Monte Carlo over 200 GOE samples');
    const bad = await runCliCaptured([...argv.slice(0, -1), '1']);
    expect(bad.exitCode).toBe(2);
  });

  it('--counts prints a table (default levels) with counts like 1.650e152 at N = 1000', async () => {
    const { stdout, exitCode } = await runCliCaptured(['theory', '--counts', '--n', '1000', '--p', '3', '--kmax', '1']);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('N = 1000');
    expect(stdout).toMatch(/1\.65\de152/);
    expect(stdout).toContain('threshold');
  });

  it('--census --samples adds the coverage by index against E Crt_{N,k}(u) from the GOE Monte Carlo', async () => {
    const argv = ['theory', '--census', '--n', '8', '--p', '3', '--starts', '10', '--descent-steps', '20'];
    const { stdout, exitCode } = await runCliCaptured([
      ...argv,
      '--u',
      '0',
      '--kmax',
      '1',
      '--samples',
      '100',
      '--json',
    ]);
    expect(exitCode).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.monte_carlo).toEqual({ samples: 100, seed: 1 });
    expect(report.coverage_by_index.map((r: { k: number }) => r.k)).toEqual([0, 1]);
    const table = await runCliCaptured([...argv, '--u', '0', '--kmax', '1', '--samples', '100']);
    expect(table.stdout).toContain('by index: found / E Crt_{N,k}(u)');
  });

  it('--census finds critical points of one sample and reports coverage against the exact counts', async () => {
    const argv = ['theory', '--census', '--n', '8', '--p', '3', '--starts', '12', '--descent-steps', '20'];
    const { stdout, exitCode } = await runCliCaptured([...argv, '--u', '0', '--json']);
    expect(exitCode).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.found).toBe(report.points.length);
    expect(report.found + report.duplicates + report.unconverged).toBe(12);
    expect(report.coverage[0].found).toBe(
      report.points.filter((x: { scaled_energy: number }) => x.scaled_energy <= 0).length,
    );
    expect(report.coverage[0].expected).toBeCloseTo(Math.exp(logExpectedCriticalPointCount(8, 3, 0)), 9);
    expect((await runCliCaptured(argv)).stdout).toContain('coverage');
  });

  it.each([
    [['theory', '--counts', '--p', '3'], '--n'],
    [['theory', '--counts', '--n', '1', '--p', '3'], '--n'],
    [['theory', '--census', '--n', '500', '--p', '3'], '--n'],
    [['theory', '--census', '--n', '8', '--p', '3', '--starts', '0'], '--starts'],
    [['theory', '--counts', '--census', '--n', '8', '--p', '3'], '--census'],
  ])('bad counts/census input %j → one stderr line naming %s, exit code 2', async (argv, flag) => {
    const { stdout, stderr, exitCode } = await runCliCaptured(argv);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(flag);
  });
});
