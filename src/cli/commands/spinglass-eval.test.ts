import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yargs from 'yargs';
import { captureOutput } from '../../../test/helpers/run-cli-captured.js';
import { evaluateSpinGlassFiles, type SpinglassEvalReport } from '../../app/spinglass-eval.js';
import { InputError } from '../../core/input-error.js';
import { writeNpy } from '../../io/npy.js';
import { createRng } from '../../random/rng.js';
import { unpackToFullTensor } from '../../spinglass/full-tensor.js';
import { randomSpherePoint } from '../../spinglass/random-point.js';
import { SpinGlassLandscape } from '../../spinglass/spin-glass-landscape.js';
import { spinglassEvalCommand } from './spinglass-eval.js';

const dir = mkdtempSync(join(tmpdir(), 'spinglass-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run `spinglass eval …` through a small yargs parser shaped like the real CLI; returns stdout. */
async function runEval(args: string[]): Promise<string> {
  const { stdout } = await captureOutput(() =>
    yargs(['spinglass', 'eval', ...args])
      .command({
        command: 'spinglass',
        describe: 'p-spin glass',
        builder: (y) => y.command(spinglassEvalCommand),
        handler() {},
      })
      .strict()
      .exitProcess(false)
      .fail((msg, err) => {
        throw err ?? new InputError(msg);
      })
      .parseAsync(),
  );
  return stdout;
}

function npy(name: string, shape: number[], data: Float64Array): string {
  const path = join(dir, name);
  writeNpy(path, shape, data);
  return path;
}

describe('landscape spinglass eval', () => {
  it('--json prints one object matching the landscape, with N−1 ascending tangent eigenvalues', async () => {
    const n = 6;
    const p = 3;
    const landscape = SpinGlassLandscape.sample({ n, p, rng: createRng('eval-test') });
    const w = randomSpherePoint(n, createRng('eval-test/w'));
    const couplings = npy('J.npy', [n, n, n], unpackToFullTensor(landscape.couplings));
    const point = npy('w.npy', [n], w);
    const out = await runEval(['--couplings', couplings, '--point', point, '--json']);
    expect(out.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(out) as SpinglassEvalReport;
    expect(Object.keys(report).sort()).toEqual(
      ['energy', 'gradient', 'hessianEigenvalues', 'index', 'n', 'p', 'riemannianGradient'].sort(),
    );
    expect(report.n).toBe(n);
    expect(report.p).toBe(p);
    const g = new Float64Array(n);
    const h = landscape.valueAndGradient(w, g);
    // the file holds c/m per ordering, so H is recomputed from re-packed couplings: equal up to rounding
    expect(Math.abs(report.energy - h)).toBeLessThan(1e-12 * (Math.abs(h) + 1));
    for (let i = 0; i < n; i++) expect(Math.abs(report.gradient[i] - g[i])).toBeLessThan(1e-12 * (Math.abs(g[i]) + 1));
    const radial = report.riemannianGradient.reduce((s, x, i) => s + x * w[i], 0);
    expect(Math.abs(radial)).toBeLessThan(1e-10);
    const eig = report.hessianEigenvalues;
    expect(eig).toHaveLength(n - 1);
    for (let i = 1; i < eig.length; i++) expect(eig[i]).toBeGreaterThanOrEqual(eig[i - 1]);
    expect(report.index).toBe(eig.filter((x) => x < -1e-3).length);
    // trace identity: Σλ = tr ∇²H − (w·∇²H w)/N − (N−1)(w·∇H)/N, with w·∇²H w = p(p−1)H and w·∇H = pH
    const hess = landscape.hessian(w);
    let trace = 0;
    for (let i = 0; i < n; i++) trace += hess[i * n + i];
    const expected = trace - (p * (p - 1) * h) / n - ((n - 1) * p * h) / n;
    const sum = eig.reduce((s, x) => s + x, 0);
    expect(Math.abs(sum - expected)).toBeLessThan(1e-9 * (Math.abs(trace) + Math.abs(h) + 1));
  });

  it('at a critical point of a diagonal 2-spin, the spectrum is 2(d_i − d_1)/√N and the index counts d_i < d_1', async () => {
    // H = N^{-1/2} Σ d_i w_i², w = √N e_1: Riemannian Hessian = 2(D − d_1 I)/√N on span(e_2…e_N).
    const d = [0.3, -1.2, 2.5, 0.9, -0.4, 1.7, 0.1];
    const n = d.length;
    const full = new Float64Array(n * n);
    d.forEach((x, i) => {
      full[i * n + i] = x;
    });
    const w = new Float64Array(n);
    w[0] = Math.sqrt(n);
    const out = await runEval([
      '--couplings',
      npy('diag.npy', [n, n], full),
      '--point',
      npy('e1.npy', [n], w),
      '--json',
    ]);
    const report = JSON.parse(out) as SpinglassEvalReport;
    expect(report.p).toBe(2);
    expect(report.energy).toBeCloseTo(Math.sqrt(n) * d[0], 12);
    for (const x of report.riemannianGradient) expect(Math.abs(x)).toBeLessThan(1e-12);
    const expected = d
      .slice(1)
      .map((x) => (2 * (x - d[0])) / Math.sqrt(n))
      .sort((a, b) => a - b);
    report.hessianEigenvalues.forEach((x, i) => {
      expect(x).toBeCloseTo(expected[i], 10);
    });
    expect(report.index).toBe(d.filter((x) => x < d[0]).length);
  });

  it('prints a human-readable summary without --json', async () => {
    const n = 4;
    const landscape = SpinGlassLandscape.sample({ n, p: 2, rng: createRng('eval-text') });
    const out = await runEval([
      '--couplings',
      npy('J2.npy', [n, n], unpackToFullTensor(landscape.couplings)),
      '--point',
      npy('w2.npy', [n], randomSpherePoint(n, createRng('eval-text/w'))),
    ]);
    expect(out).toMatch(/^2-spin glass, N = 4\n/);
    expect(out).toMatch(/index\s+\d+ of 3/);
  });

  it('bad input is a one-line InputError: missing file, off-sphere point, wrong shapes, wrong dtype', () => {
    const n = 3;
    const cube = npy('cube.npy', [n, n, n], createRng('bad').fillNormal(new Float64Array(n ** 3)));
    const onSphere = npy('on.npy', [n], randomSpherePoint(n, createRng('bad/w')));
    const off = randomSpherePoint(n, createRng('bad/w')).map((x) => x * (1 + 1e-7));
    const cases: [string, string, RegExp][] = [
      [join(dir, 'missing.npy'), onSphere, /no such file/],
      [cube, join(dir, 'missing.npy'), /no such file/],
      [cube, npy('off.npy', [n], off), /not on the sphere/],
      [npy('rect.npy', [3, 4], new Float64Array(12)), onSphere, /shape N×…×N/],
      [npy('vec.npy', [3], new Float64Array(3)), onSphere, /shape N×…×N/],
      [cube, npy('long.npy', [4], new Float64Array([2, 0, 0, 0])), /shape \(3,\)/],
      [cube, npy('mat.npy', [3, 1], new Float64Array([Math.sqrt(3), 0, 0])), /shape \(3,\)/],
      [npy('nan.npy', [2, 2], new Float64Array([1, Number.NaN, 0, 0])), onSphere, /non-finite/],
    ];
    for (const [couplings, point, pattern] of cases) {
      let error: unknown;
      try {
        evaluateSpinGlassFiles(couplings, point);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(pattern);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('a point within the 1e-8·N tolerance is accepted as is', () => {
    const n = 3;
    const w = randomSpherePoint(n, createRng('tol/w')).map((x) => x * (1 + 1e-9));
    const full = createRng('tol').fillNormal(new Float64Array(n * n));
    const report = evaluateSpinGlassFiles(npy('tolJ.npy', [n, n], full), npy('tolw.npy', [n], w));
    expect(report.n).toBe(3);
  });

  it('the yargs command rejects a missing --point', async () => {
    await expect(runEval(['--couplings', 'x.npy'])).rejects.toThrow(/point/);
  });
});
