import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeNpy } from '../../io/npy.js';
import { DEFAULT_GD_OPTIONS, gradientDescent } from '../../optim/gradient-descent.js';
import { stream } from '../../random/streams.js';
import { randomSpherePoint } from '../../spinglass/random-point.js';
import { SpinGlassLandscape } from '../../spinglass/spin-glass-landscape.js';
import { runCli } from '../main.js';

let stdout = '';
let stderr = '';
const dir = mkdtempSync(join(tmpdir(), 'spinglass-cli-'));

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

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function json(args: string[]) {
  stdout = '';
  await runCli([...args, '--json']);
  expect(stderr).toBe('');
  expect(process.exitCode ?? 0).toBe(0);
  return JSON.parse(stdout);
}

function sampled(seed: number, n: number, p: number, run: number): SpinGlassLandscape {
  return SpinGlassLandscape.sample({ n, p, rng: stream({ master: seed, purpose: 'disorder', size: n, run }) });
}

function start(seed: number, n: number, run: number): Float64Array {
  return randomSpherePoint(n, stream({ master: seed, purpose: 'init', size: n, run }));
}

describe('landscape spinglass', () => {
  it('--disorder fixed: one landscape from the disorder stream (run 0), starts from the init stream, plain GD', async () => {
    const report = await json(['spinglass', '--n', '12', '--p', '3', '--runs', '4', '--seed', '7']);
    expect(report.runs).toHaveLength(4);
    const landscape = sampled(7, 12, 3, 0);
    const expected = gradientDescent(
      landscape,
      [0, 1, 2, 3].map((r) => start(7, 12, r)),
      DEFAULT_GD_OPTIONS,
    );
    report.runs.forEach((run: { energy: number; iterations: number; scaledEnergy: number }, r: number) => {
      expect(run.energy).toBe(expected[r].energy);
      expect(run.iterations).toBe(expected[r].iterations);
      expect(run.scaledEnergy).toBe(expected[r].energy / 12);
    });
    const energies = expected.map((e) => e.scaledEnergy);
    expect(report.summary.scaledEnergy.min).toBe(Math.min(...energies));
    expect(report.summary.scaledEnergy.max).toBe(Math.max(...energies));
    expect(report.summary.scaledEnergy.mean).toBeCloseTo(energies.reduce((a, b) => a + b) / 4, 12);
    expect(report.summary.converged).toBe(4);
  });

  it('--disorder per-run: run r uses disorder stream run r', async () => {
    const report = await json(['spinglass', '--n', '10', '--runs', '3', '--disorder', 'per-run', '--seed', '2']);
    for (let r = 0; r < 3; r++) {
      const [expected] = gradientDescent(sampled(2, 10, 3, r), [start(2, 10, r)], DEFAULT_GD_OPTIONS);
      expect(report.runs[r].energy).toBe(expected.energy);
    }
  });

  it('same seed → same output; another seed → different output', async () => {
    const args = ['spinglass', '--n', '10', '--runs', '3', '--optimizer', 'sa', '--budget', '200'];
    const a = await json([...args, '--seed', '5']);
    const b = await json([...args, '--seed', '5']);
    const c = await json([...args, '--seed', '6']);
    expect(a).toEqual(b);
    expect(c.runs[0].energy).not.toBe(a.runs[0].energy);
    expect(a.runs.every((r: { iterations: number }) => r.iterations === 199)).toBe(true);
  });

  it('sgd ends at critical points and --index reports the index of each final point', async () => {
    const report = await json([
      'spinglass',
      '--n',
      '10',
      '--runs',
      '3',
      '--optimizer',
      'sgd',
      '--P',
      '3',
      '--epochs',
      '5',
      '--index',
    ]);
    for (const run of report.runs) {
      expect(run.converged).toBe(true);
      expect(run.gradNorm / Math.sqrt(10)).toBeLessThan(DEFAULT_GD_OPTIONS.tolerance);
      expect(Number.isInteger(run.index)).toBe(true);
    }
    const total = Object.values(report.summary.indexCounts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBe(3);
  });

  it('prints a readable summary without --json', async () => {
    await runCli(['spinglass', '--n', '8', '--runs', '2', '--index']);
    expect(process.exitCode ?? 0).toBe(0);
    expect(stdout).toContain('3-spin glass, N = 8');
    expect(stdout).toMatch(/scaled energy H\/N: mean -?\d/);
    expect(stdout).toContain('index:');
  });

  it('--save-couplings writes the landscape that --couplings reads back; `spinglass eval` routes to eval', async () => {
    const file = join(dir, 'J.npy');
    const saved = await json(['spinglass', '--n', '8', '--runs', '2', '--save-couplings', file]);
    const loaded = await json(['spinglass', '--couplings', file, '--runs', '2']);
    expect(loaded.summary.n).toBe(8);
    expect(loaded.summary.p).toBe(3);
    // Unpacking spreads each coefficient over its orderings, so reading back may round in the last bits.
    for (let r = 0; r < 2; r++) expect(loaded.runs[r].energy).toBeCloseTo(saved.runs[r].energy, 8);
    const point = join(dir, 'w.npy');
    writeNpy(point, [8], start(1, 8, 0));
    const evaluated = await json(['spinglass', 'eval', '--couplings', file, '--point', point]);
    expect(evaluated.energy).toBeCloseTo(sampled(1, 8, 3, 0).value(start(1, 8, 0)), 9);
    expect(evaluated).not.toHaveProperty('runs');
  });

  const bad: [string, string[], RegExp][] = [
    ['N < 2', ['--n', '1'], /--n/],
    ['p < 2', ['--p', '1'], /--p/],
    ['runs < 1', ['--runs', '0'], /--runs/],
    ['unknown optimizer', ['--optimizer', 'adam'], /--optimizer/],
    ['non-numeric flag', ['--lr', 'fast'], /--lr/],
    ['non-numeric N', ['--n', 'ten'], /--n/],
    ['unknown disorder', ['--disorder', 'sometimes'], /--disorder/],
    ['missing couplings file', ['--couplings', '/nonexistent/J.npy'], /J\.npy/],
  ];
  for (const [what, flags, pattern] of bad) {
    it(`bad input (${what}) → one line on stderr, exit 2`, async () => {
      await runCli(['spinglass', ...flags]);
      expect(process.exitCode).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(pattern);
    });
  }

  it('bad input (couplings shape disagrees with --n/--p, or is not N×…×N) → exit 2', async () => {
    const file = join(dir, 'J6.npy');
    writeNpy(file, [6, 6, 6], new Float64Array(216).fill(0.1));
    for (const flags of [
      ['--n', '7'],
      ['--p', '4'],
    ]) {
      stderr = '';
      await runCli(['spinglass', '--couplings', file, ...flags]);
      expect(process.exitCode).toBe(2);
      expect(stderr).toMatch(/disagrees/);
      process.exitCode = undefined;
    }
    const ragged = join(dir, 'ragged.npy');
    writeNpy(ragged, [6, 5], new Float64Array(30));
    stderr = '';
    await runCli(['spinglass', '--couplings', ragged]);
    expect(process.exitCode).toBe(2);
    expect(stderr).toMatch(/N×…×N/);
    expect(stdout).toBe('');
  });
});
