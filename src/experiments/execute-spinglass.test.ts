/**
 * The spin-glass executor's 'critical-point-search' optimizer through the engine: small N, records converge with
 * the index measured, identical for 1 and 2 worker threads (the pool runs dist/: build first, npm test does), a run
 * recomputed alone equals the stored one bit for bit, and it is the census's own per-start computation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { criticalPointOfStart, descentStepsOfStart } from '../optim/critical-point-census.js';
import { hessianIndex } from '../optim/hessian-index.js';
import { stream } from '../random/streams.js';
import { randomSpherePoint } from '../spinglass/random-point.js';
import { executeSpinGlass, spinGlassSample } from './execute-spinglass.js';
import { silentLogger } from './logger.js';
import { runExperiment } from './run-experiment.js';
import { type RunRecord, recordFingerprint, type SpinGlassMetrics, sortRecords } from './run-record.js';
import type { ExperimentSpec } from './spec.js';
import { masterFor } from './spec-hash.js';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'exec-cps-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const SPEC: ExperimentSpec = {
  landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
  optimizer: { kind: 'critical-point-search', descentSteps: 30, ladderLength: 6, tolerance: 1e-9, maxIterations: 300 },
  sizes: [8, 11],
  runsPerSize: 6,
  seed: 3,
  measure: { index: true },
};
const quiet = { quiet: true, logger: silentLogger };
const sorted = (records: RunRecord[]) => sortRecords([...records]);

describe('critical-point-search runs', () => {
  it('converge with the index measured; 1 worker = 2 workers; one run recomputes alone, bit for bit', async () => {
    const one = sorted(await runExperiment(SPEC, { resultsDir: fresh(), workers: 1, ...quiet }));
    const two = sorted(await runExperiment(SPEC, { resultsDir: fresh(), workers: 2, batchSize: 2, ...quiet }));
    expect(one).toHaveLength(12);
    expect(two.map(recordFingerprint)).toEqual(one.map(recordFingerprint));
    let converged = 0;
    for (const r of one) {
      expect(r.status).toBe('ok');
      const m = r.metrics as SpinGlassMetrics;
      expect(m.descentSteps).toBe(descentStepsOfStart(r.run, 6, 30));
      expect(Number.isInteger(m.index)).toBe(true);
      expect(m.normalizedIndex).toBe((m.index as number) / (r.size - 1));
      expect(m.hessianEvaluations).toBeGreaterThan(0);
      expect(m.gradientEvaluations).toBeGreaterThan(m.iterations);
      if (m.converged) {
        converged++;
        expect(m.gradNorm / Math.sqrt(r.size)).toBeLessThan(1e-9);
      }
    }
    // Damped Newton from these starts converges (a failure here means the search broke, not bad luck).
    expect(converged).toBeGreaterThanOrEqual(10);
    const alone = await executeSpinGlass(SPEC, 11, [4]);
    expect(recordFingerprint(alone[0])).toBe(recordFingerprint(one.find((r) => r.size === 11 && r.run === 4)!));
  }, 30_000);

  it('is the census per-start computation on the engine streams, with the exact index', async () => {
    const [record] = await executeSpinGlass(SPEC, 8, [5]);
    const landscape = spinGlassSample(SPEC, 8, 0);
    const start = randomSpherePoint(8, stream({ master: masterFor(SPEC, 'init'), purpose: 'init', size: 8, run: 5 }));
    const run = criticalPointOfStart(landscape, start, 30, { tolerance: 1e-9, maxIterations: 300 });
    const m = record.metrics as SpinGlassMetrics;
    expect(m.energy).toBe(run.energy);
    expect(m.converged).toBe(run.converged);
    expect(m.index).toBe(hessianIndex(landscape, run.point).index);
  });

  it('runs past the ladder repeat it: run r uses rung r mod ladderLength', async () => {
    const [a] = await executeSpinGlass(SPEC, 8, [1]);
    const [b] = await executeSpinGlass(SPEC, 8, [7]);
    expect((a.metrics as SpinGlassMetrics).descentSteps).toBe((b.metrics as SpinGlassMetrics).descentSteps);
    expect(a.streams.init).not.toBe(b.streams.init);
  });
});
