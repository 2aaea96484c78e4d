import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { criticalLevel } from '../../theory/critical-levels.js';
import { eInfinity } from '../../theory/e-infinity.js';
import { theta, thetaK } from '../../theory/theta.js';
import { runCli } from '../main.js';

let stdout = '';
let stderr = '';

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

describe('landscape theory', () => {
  it('--json prints exactly one object with E_inf, E_0, E_k and Θ at each --u (negative values accepted)', async () => {
    await runCli(['theory', '--p', '3', '--kmax', '4', '--u', '-1.65', '--u', '-1.64', '--u=-1', '--json']);
    expect(process.exitCode ?? 0).toBe(0);
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
    await runCli(['theory', '--p', '4']);
    expect(process.exitCode ?? 0).toBe(0);
    expect(stdout).toContain('p = 4');
    expect(stdout).toContain(criticalLevel(4, 5).toFixed(9));
    expect(stdout).not.toContain('Θ_p(u)');
    stdout = '';
    await runCli(['theory', '--p', '3', '--kmax', '1', '--u', '-1.65']);
    expect(stdout).toContain('Θ_{1,p}(u)');
    expect(stdout).toContain((-1.65).toFixed(9));
  });

  it('p = 2 works and says there is no band', async () => {
    await runCli(['theory', '--p', '2', '--kmax', '2', '--json']);
    expect(JSON.parse(stdout).E_k).toEqual([Math.SQRT2, Math.SQRT2, Math.SQRT2]);
    stdout = '';
    await runCli(['theory', '--p', '2']);
    expect(stdout).toContain('no band');
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
    await runCli(argv);
    expect(process.exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(flag);
  });

  it('a missing --p is a usage error (exit 2)', async () => {
    await runCli(['theory']);
    expect(process.exitCode).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
