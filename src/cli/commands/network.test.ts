import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../../test/helpers/run-cli-captured.js';
import { networkSpec } from '../../app/network-job.js';
import { loadRecords } from '../../experiments/run-experiment.js';
import { recordFingerprint } from '../../experiments/run-record.js';
import { loadSpecFile } from '../../experiments/spec.js';

const dir = mkdtempSync(join(tmpdir(), 'network-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** In this thread (--workers 1), without progress on stderr; short runs, so the authors' schedule. */
const small = ['--train-size', '300', '--test-size', '100', '--schedule', 'authors', '--workers', '1', '--quiet'];

describe('landscape network', () => {
  it('defaults to the paper-matched schedule: 200 epochs, γ0 = 0.075, decay per 8,000 samples on 8,000 digits', () => {
    const spec = networkSpec({ hidden: 25 });
    expect(spec.optimizer).toMatchObject({ kind: 'sgd', epochs: 200, learningRate: 0.075, decayHorizon: 8000 });
    const authors = networkSpec({ hidden: 25, schedule: 'authors', lr: 0.02, epochs: 3 });
    expect(authors.optimizer).toMatchObject({ learningRate: 0.02, decayHorizon: 8000, epochs: 3 });
  });

  it('--json prints one object with per-run losses, accuracies, the index and a summary', async () => {
    const { stdout, stderr, exitCode } = await runCliCaptured([
      'network',
      '--hidden',
      '3',
      '--runs',
      '3',
      '--epochs',
      '2',
      ...small,
      '--index',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.runs).toHaveLength(3);
    for (const run of out.runs) {
      for (const key of ['trainLoss', 'testLoss', 'trainAccuracy', 'testAccuracy', 'index', 'normalizedIndex']) {
        expect(Number.isFinite(run[key])).toBe(true);
      }
      expect(run.normalizedIndex).toBeCloseTo(run.index / 343, 12); // 100·3 + 3 + 3·10 + 10 parameters
      expect(run.epochs).toBe(2);
      expect(run.evaluations).toBe(600);
    }
    expect(out.summary.pearsonTrainTest).toBeGreaterThanOrEqual(-1);
    expect(out.summary.pearsonTrainTest).toBeLessThanOrEqual(1);
    expect(Object.values(out.summary.indexCounts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('same flags, same numbers; readable summary without --json', async () => {
    const args = ['network', '--hidden', '2', '--runs', '2', '--epochs', '1', ...small, '--json'];
    const first = (await runCliCaptured(args)).stdout;
    expect((await runCliCaptured(args)).stdout).toBe(first);
    const { stdout } = await runCliCaptured([
      'network',
      '--hidden',
      '2',
      '--epochs',
      '1',
      ...small,
      '--task',
      'binary',
      '--digits',
      '1,7',
    ]);
    expect(stdout).toContain('binary ReLU network 100-2-1');
    expect(stdout).toContain('test accuracy');
  });

  it('runs both annealers', async () => {
    for (const optimizer of ['sa', 'sa-ternary']) {
      const { stdout } = await runCliCaptured([
        'network',
        '--hidden',
        '2',
        '--optimizer',
        optimizer,
        '--evaluations',
        '50',
        '--subset',
        '40',
        ...small,
        '--json',
      ]);
      const out = JSON.parse(stdout);
      expect(out.runs[0].evaluations).toBe(50);
      expect(out.runs[0].epochs).toBe(50); // one per loss evaluation (on the annealing subset)
    }
  });

  it.each([
    [['--hidden', '0'], '--hidden'],
    [['--hidden', 'abc'], '--hidden'],
    [['--hidden', '3', '--optimizer', 'adam'], '--optimizer'],
    [['--hidden', '3', '--train-size', '9000', '--test-size', '1500'], '10000'],
    [['--hidden', '3', '--task', 'binary', '--train-size', '1900', '--test-size', '100'], 'digits 4,9'],
    [['--hidden', '3', '--task', 'binary', '--digits', '4,4'], 'different'],
    [['--hidden', '3', '--task', 'binary', '--digits', '4,10'], '--digits'],
    [['--hidden', '3', '--epochs', 'x'], '--epochs'],
    [['--hidden', '3', '--lr', '-1'], '--lr'],
    [['--hidden', '3', '--init', 'zeros'], '--init'],
    [['--hidden', '3', '--optimizer', 'sa', '--train-size', '300', '--test-size', '100'], '--subset 4000'],
    [['--hidden', '3', '--lr', '0.05'], '--schedule authors'],
    [['--hidden', '3', '--epochs', '5', '--train-size', '300', '--test-size', '100'], 'paper-matched'],
    [['--hidden', '3', '--schedule', 'fast'], '--schedule'],
    [['--hidden', '3', '--batch', '301', '--train-size', '300', '--test-size', '100'], '--batch 301'],
    [['--hidden', '3', '--depth', '9'], '--depth'],
    [['--hidden', '3', '--workers', '1.5'], '--workers'],
  ])('bad input %j → one line on stderr, exit 2', async (flags, mention) => {
    const { stdout, stderr, exitCode } = await runCliCaptured(['network', ...flags]);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(mention);
  });
  it('flags run = --spec-out + `landscape run`, record for record (sgd with the index, sa, sa-ternary on a subset)', async () => {
    const cases = [
      ['--epochs', '1', '--index', '--task', 'binary', '--digits', '3,5'],
      ['--optimizer', 'sa', '--evaluations', '60', '--subset', '50'],
      [
        '--optimizer',
        'sa-ternary',
        '--evaluations',
        '60',
        '--subset',
        '50',
        '--ternary-scale',
        'fan-in',
        '--depth',
        '2',
      ],
    ];
    for (const [k, extra] of cases.entries()) {
      const flags = ['network', '--hidden', '2', '--runs', '3', '--seed', '4', ...small, ...extra];
      const fromFlags = join(dir, `flags-${k}`);
      const fromSpec = join(dir, `spec-${k}`);
      const specFile = join(dir, `spec-${k}.json`);
      const fromFlagsRun = await runCliCaptured([...flags, '--results', fromFlags, '--json']);
      const report = JSON.parse(fromFlagsRun.stdout);
      const specOut = await runCliCaptured([...flags, '--spec-out', specFile]);
      expect(specOut.stdout).toContain(specFile);
      const fromSpecRun = await runCliCaptured(['run', specFile, '--results', fromSpec, '--workers', '2', '--quiet']);
      expect(fromFlagsRun.stderr + specOut.stderr + fromSpecRun.stderr).toBe('');
      expect(fromSpecRun.exitCode).toBe(0);
      const spec = loadSpecFile(specFile);
      const a = loadRecords(spec, fromFlags);
      const b = loadRecords(spec, fromSpec);
      expect(a).toHaveLength(3);
      expect(b.map(recordFingerprint)).toEqual(a.map(recordFingerprint));
      expect(report.runs).toEqual(a.map((record) => record.metrics));
    }
  });
});
