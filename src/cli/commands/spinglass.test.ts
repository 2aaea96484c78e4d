import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../../test/helpers/run-cli-captured.js';
import { spinglassSettings } from '../../app/spinglass-job.js';
import { spinglassReport } from '../../app/spinglass-summary.js';
import { loadRecords } from '../../experiments/run-experiment.js';
import { type RunRecord, recordFingerprint, type SpinGlassMetrics } from '../../experiments/run-record.js';
import { type ExperimentSpec, loadSpecFile } from '../../experiments/spec.js';
import { problemMaster } from '../../experiments/spec-hash.js';
import { writeNpy } from '../../io/npy.js';
import { DEFAULT_GD_OPTIONS, gradientDescent, spinGlassLearningRate } from '../../optim/gradient-descent.js';
import { stream } from '../../random/streams.js';
import { randomSpherePoint } from '../../spinglass/random-point.js';
import { SpinGlassLandscape } from '../../spinglass/spin-glass-landscape.js';

const dir = mkdtempSync(join(tmpdir(), 'spinglass-cli-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run in this thread (--workers 1), without progress, and parse the one JSON object. */
async function json(args: string[]) {
  const { stdout, stderr, exitCode } = await runCliCaptured([...args, '--json', '--quiet', '--workers', '1']);
  expect(stderr).toBe('');
  expect(exitCode).toBe(0);
  return JSON.parse(stdout);
}

let specCount = 0;
/** The spec that these flags describe (written by --spec-out). */
async function specOf(args: string[]): Promise<ExperimentSpec> {
  const file = join(dir, `spec-${specCount++}.json`);
  expect((await runCliCaptured([...args, '--spec-out', file])).exitCode).toBe(0);
  return loadSpecFile(file);
}

function sampled(master: string, n: number, p: number, run: number): SpinGlassLandscape {
  return SpinGlassLandscape.sample({ n, p, rng: stream({ master, purpose: 'disorder', size: n, run }) });
}

function start(master: string, n: number, run: number): Float64Array {
  return randomSpherePoint(n, stream({ master, purpose: 'init', size: n, run }));
}

/** The CLI's default descent: the project defaults at the spin-glass step spinGlassLearningRate(3). */
const CLI_GD = { ...DEFAULT_GD_OPTIONS, learningRate: spinGlassLearningRate(3) };

describe('landscape spinglass', () => {
  it('--disorder fixed: one landscape from the disorder stream (run 0), starts from the init stream, plain GD', async () => {
    const flags = ['spinglass', '--n', '12', '--p', '3', '--runs', '4', '--seed', '7'];
    const report = await json(flags);
    expect(report.runs).toHaveLength(4);
    const master = problemMaster(await specOf(flags));
    const landscape = sampled(master, 12, 3, 0);
    const expected = gradientDescent(
      landscape,
      [0, 1, 2, 3].map((r) => start(master, 12, r)),
      CLI_GD,
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
    const flags = ['spinglass', '--n', '10', '--runs', '3', '--disorder', 'per-run', '--seed', '2'];
    const report = await json(flags);
    const master = problemMaster(await specOf(flags));
    for (let r = 0; r < 3; r++) {
      const [expected] = gradientDescent(sampled(master, 10, 3, r), [start(master, 10, r)], CLI_GD);
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
    const { stdout, exitCode } = await runCliCaptured([
      'spinglass',
      '--n',
      '8',
      '--runs',
      '2',
      '--index',
      '--workers',
      '1',
      '--quiet',
    ]);
    expect(exitCode).toBe(0);
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
    const master = problemMaster(await specOf(['spinglass', '--n', '8', '--runs', '2']));
    const point = join(dir, 'w.npy');
    writeNpy(point, [8], start(master, 8, 0));
    const { stdout } = await runCliCaptured(['spinglass', 'eval', '--couplings', file, '--point', point, '--json']);
    const evaluated = JSON.parse(stdout);
    expect(evaluated.energy).toBeCloseTo(sampled(master, 8, 3, 0).value(start(master, 8, 0)), 9);
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
    ['p above the spec limit', ['--p', '9'], /--p/],
    ['zero GD steps', ['--max-iter', '0'], /--max-iter/],
    ['zero workers', ['--workers', '0'], /--workers/],
    ['--save-couplings with --spec-out', ['--save-couplings', '/tmp/J.npy', '--spec-out', '/tmp/s.json'], /--spec-out/],
  ];
  for (const [what, flags, pattern] of bad) {
    it(`bad input (${what}) → one line on stderr, exit 2`, async () => {
      const { stdout, stderr, exitCode } = await runCliCaptured(['spinglass', ...flags]);
      expect(exitCode).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(pattern);
    });
  }

  it('bad input (couplings shape disagrees with --n/--p, or is not N×…×N) → exit 2', async () => {
    const file = join(dir, 'J6.npy');
    writeNpy(file, [6, 6, 6], new Float64Array(216).fill(0.1));
    let stdout = '';
    for (const flags of [
      ['--n', '7'],
      ['--p', '4'],
    ]) {
      const r = await runCliCaptured(['spinglass', '--couplings', file, ...flags]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/disagrees/);
      stdout += r.stdout;
    }
    const ragged = join(dir, 'ragged.npy');
    writeNpy(ragged, [6, 5], new Float64Array(30));
    const r = await runCliCaptured(['spinglass', '--couplings', ragged]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/N×…×N/);
    expect(stdout + r.stdout).toBe('');
  });
  it('--couplings cannot be saved as a spec or stored: --spec-out / --results → exit 2, nothing written', async () => {
    const file = join(dir, 'Jc.npy');
    writeNpy(file, [5, 5, 5], new Float64Array(125).fill(0.2));
    let stdout = '';
    for (const flags of [
      ['--spec-out', join(dir, 'never.json')],
      ['--results', join(dir, 'never')],
    ]) {
      const r = await runCliCaptured(['spinglass', '--couplings', file, ...flags]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/--couplings/);
      stdout += r.stdout;
    }
    expect(() => readFileSync(join(dir, 'never.json'))).toThrow();
    expect(stdout).toBe('');
  });

  it('flags run = --spec-out + `landscape run`, record for record (gd, sgd with P = 2, sa; index on)', async () => {
    const cases = [
      ['--optimizer', 'gd', '--index', '--disorder', 'per-run'],
      ['--optimizer', 'sgd', '--P', '2', '--epochs', '4', '--ensemble', 'rademacher'],
      ['--optimizer', 'sa', '--budget', '300', '--p', '4'],
    ];
    for (const [k, extra] of cases.entries()) {
      const flags = ['spinglass', '--n', '9', '--runs', '5', '--seed', '11', ...extra];
      const fromFlags = join(dir, `flags-${k}`);
      const fromSpec = join(dir, `spec-${k}`);
      const report = await json([...flags, '--results', fromFlags]);
      const spec = await specOf(flags);
      const { exitCode } = await runCliCaptured([
        'run',
        join(dir, `spec-${specCount - 1}.json`),
        '--results',
        fromSpec,
        '--workers',
        '2',
        '--quiet',
      ]);
      expect(exitCode).toBe(0);
      const a = loadRecords(spec, fromFlags);
      const b = loadRecords(spec, fromSpec);
      expect(a).toHaveLength(5);
      expect(b.map(recordFingerprint)).toEqual(a.map(recordFingerprint));
      a.forEach((record, r) => {
        const metrics = record.metrics as SpinGlassMetrics;
        expect(report.runs[r].energy).toBe(metrics.energy);
        expect(report.runs[r].index).toBe(metrics.index);
      });
      expect(report.summary.specHash).toBe(a[0].specHash);
    }
  });

  it('the report of a diverged run: nulls and its reason, counted but not averaged in', () => {
    const { spec } = spinglassSettings({ n: 4, runs: 2 });
    const metrics = {
      energy: -6,
      scaledEnergy: -1.5,
      gradNorm: 0.5,
      iterations: 10,
      energyEvaluations: 11,
      gradientEvaluations: 11,
      haltingTimes: [],
      converged: false,
    };
    const records: RunRecord[] = [
      { specHash: 'h', size: 4, run: 0, status: 'ok', streams: {}, metrics },
      { specHash: 'h', size: 4, run: 1, status: 'diverged', reason: 'non-finite energy', streams: {}, metrics: null },
    ];
    const report = spinglassReport(spec, records);
    expect(report.runs[1]).toEqual({
      scaledEnergy: null,
      energy: null,
      gradNorm: null,
      iterations: null,
      converged: false,
      diverged: 'non-finite energy',
    });
    expect(report.summary.diverged).toBe(1);
    expect(report.summary.scaledEnergy).toEqual({ mean: -1.5, sd: null, min: -1.5, max: -1.5 });
    expect(report.summary.meanIterations).toBe(10);
  });
});
