import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim.js';
import { runExperiment } from '../experiments/run-experiment.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import { formatPlan, planScale } from './plan.js';

const shared: ExperimentSpec = {
  name: 'shared ladder',
  landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
  optimizer: { kind: 'gd', learningRate: 0.1, decay: 0, tolerance: 1e-3, maxIterations: 100, haltingThresholds: [] },
  sizes: [6, 8],
  runsPerSize: 10,
  seed: 1,
  measure: { index: false },
};

function toyClaim(id: string, specs: ExperimentSpec[]): Claim<null> {
  return {
    id,
    title: id,
    paperReference: 'none',
    configFor: () => null,
    arbitrary: () => fc.constant(null),
    parseConfig: () => null,
    specs: () => specs,
    evaluate: async () => {
      throw new Error('not judged');
    },
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('planScale', () => {
  it('counts a shared experiment once, reads costs from a store, and adds up CPU-hours and wall time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    dirs.push(dir);
    await runExperiment({ ...shared, runsPerSize: 3 }, { resultsDir: dir, workers: 1, quiet: true });
    const claims = [toyClaim('a', [shared]), toyClaim('b', [{ ...shared, runsPerSize: 4 }])];
    const plan = await planScale({
      scale: 'ci',
      claimIds: [],
      machines: 4,
      coresPerMachine: 2,
      calibrationRuns: 2,
      resultsDir: dir,
      claims,
    });
    expect(plan.experiments).toHaveLength(1);
    const [e] = plan.experiments;
    expect(e.claims).toEqual(['a', 'b']);
    expect(e.sizes.map((s) => [s.size, s.runs, s.source, s.measured])).toEqual([
      [6, 10, 'store', 3],
      [8, 10, 'store', 3],
    ]);
    const cpuHours = e.sizes.reduce((s, z) => s + (z.runs * z.msPerRun) / 3_600_000, 0);
    expect(plan.cpuHours).toBeCloseTo(cpuHours, 12);
    expect(plan.runs).toBe(20);
    expect(plan.wallHours).toBeCloseTo(cpuHours / 8, 12);
    expect(plan.wallHoursOneMachine).toBeCloseTo(cpuHours / 2, 12);
    expect(formatPlan(plan)).toContain('a, b | shared ladder');
  });

  it('calibrates a size the store lacks with the engine, in a temporary store', async () => {
    const plan = await planScale({
      scale: 'ci',
      claimIds: ['a'],
      machines: 1,
      coresPerMachine: 2,
      calibrationRuns: 2,
      claims: [toyClaim('a', [{ ...shared, sizes: [5] }])],
    });
    expect(plan.experiments[0].sizes).toEqual([
      expect.objectContaining({ size: 5, runs: 10, source: 'calibration', measured: 2 }),
    ]);
    expect(plan.experiments[0].sizes[0].msPerRun).toBeGreaterThan(0);
  });

  it('refuses unknown claims and non-positive machine counts', async () => {
    const base = { scale: 'ci' as const, machines: 1, coresPerMachine: 2, calibrationRuns: 1, claims: [] };
    await expect(planScale({ ...base, claimIds: ['nope'] })).rejects.toThrow(/unknown claim nope/);
    await expect(planScale({ ...base, claimIds: [], machines: 0 })).rejects.toThrow(/machines/);
  });
});
