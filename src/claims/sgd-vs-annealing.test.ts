import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../experiments/run-record.js';
import { createRng } from '../random/rng.js';
import {
  judgeSgdVsAnnealing,
  type SgdVsAnnealingConfig,
  sgdVsAnnealingClaim,
  sgdVsAnnealingConfigFor,
} from './sgd-vs-annealing.js';

const config: SgdVsAnnealingConfig = {
  ...sgdVsAnnealingConfigFor('ci'),
  networks: { ...sgdVsAnnealingConfigFor('ci').networks, widths: [5, 25], runsPerSize: 30 },
  spinGlass: { ...sgdVsAnnealingConfigFor('ci').spinGlass, sizes: [50], runsPerSize: 30 },
};

function netRecords(seed: string, means: Record<number, number>, sd: number): RunRecord[] {
  const rng = createRng(seed);
  return Object.entries(means).flatMap(([w, m]) =>
    Array.from({ length: 30 }, (_, run) => {
      const testLoss = m + sd * rng.normal();
      return {
        specHash: 'x',
        size: Number(w),
        run,
        status: 'ok' as const,
        streams: {},
        metrics: { trainLoss: testLoss, testLoss, trainAccuracy: 0.8, testAccuracy: 0.8, epochs: 1, evaluations: 1 },
      };
    }),
  );
}

function spinRecords(seed: string, mean: number, sd: number, evaluations: number): RunRecord[] {
  const rng = createRng(seed);
  return Array.from({ length: 30 }, (_, run) => {
    const scaledEnergy = mean + sd * rng.normal();
    return {
      specHash: 'y',
      size: 50,
      run,
      status: 'ok' as const,
      streams: {},
      metrics: {
        energy: 50 * scaledEnergy,
        scaledEnergy,
        gradNorm: 0,
        iterations: 1,
        energyEvaluations: evaluations,
        gradientEvaluations: 1,
        haltingTimes: [],
        converged: true,
      },
    };
  });
}

describe('judgeSgdVsAnnealing', () => {
  it('holds when SGD is clearly better and both land in the band', () => {
    const r = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 0.8, 25: 0.5 }, 0.05),
      networkSa: netRecords('b', { 5: 2.3, 25: 2.3 }, 0.05),
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.54, 0.02, 1051),
    });
    expect(r.verdict).toBe('holds');
  });

  it('fails when SGD is worse than annealing by far more than τ', () => {
    const r = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 2.3, 25: 2.3 }, 0.05),
      networkSa: netRecords('b', { 5: 0.8, 25: 0.5 }, 0.05),
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.55, 0.02, 1051),
    });
    expect(r.verdict).toBe('fails');
  });

  it('fails when annealing ends above the band in most runs', () => {
    const r = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 0.8, 25: 0.5 }, 0.05),
      networkSa: netRecords('b', { 5: 2.3, 25: 2.3 }, 0.05),
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.2, 0.02, 1051),
    });
    expect(r.verdict).toBe('fails');
    expect(r.reason).toContain('SA at N = 50');
  });

  it('is inconclusive when the difference sits at τ with noisy data', () => {
    // mean difference = τ exactly: neither H0 nor its reverse should be rejected (p ≈ 1/2 each).
    const r = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 1.05, 25: 1.05 }, 0.3),
      networkSa: netRecords('b', { 5: 1.0, 25: 1.0 }, 0.3),
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.55, 0.02, 1051),
    });
    expect(r.verdict).toBe('inconclusive');
  });

  it('never averages diverged runs and counts them', () => {
    const sa = netRecords('b', { 5: 2.3, 25: 2.3 }, 0.05);
    sa[0] = { ...sa[0], status: 'diverged', reason: 'non-finite', metrics: null };
    const r = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 0.8, 25: 0.5 }, 0.05),
      networkSa: sa,
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.54, 0.02, 1051),
    });
    expect(r.evidence[0]).toMatchObject({ nSa: 29, divergedSa: 1 });
  });
});

describe('sgdVsAnnealingClaim', () => {
  it('rejects a bad configuration with the field named', () => {
    const bad = { ...config, networks: { ...config.networks, widths: [10, 5] } };
    expect(() => sgdVsAnnealingClaim.parseConfig(bad)).toThrow(/networks\.widths/);
  });

  it('gives annealing at least SGD’s largest possible cost on the spin glass', () => {
    const c = sgdVsAnnealingConfigFor('ci');
    const [, sa, , spinSa] = sgdVsAnnealingClaim.specs(c);
    expect(sa.optimizer).toMatchObject({ kind: 'sa', budget: c.networks.gradientCost * c.networks.epochs });
    expect(spinSa.optimizer).toMatchObject({
      kind: 'sa',
      budget: c.spinGlass.epochs + c.spinGlass.polishMaxIterations + 1,
    });
    expect(sgdVsAnnealingClaim.parseConfig(c)).toEqual(c);
  });
});
