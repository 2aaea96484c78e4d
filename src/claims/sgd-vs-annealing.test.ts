import { describe, expect, it } from 'vitest';
import { spinEndpoints } from '../../test/helpers/spin-endpoints.js';
import type { RunRecord } from '../experiments/run-record.js';
import { problemMaster } from '../experiments/spec-hash.js';
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

/**
 * Synthetic network records: test NLL = mean(width) + shared_r + sd·ε, where shared_r (sd `shared`) is a per-run
 * effect common to both methods (same split and starts, as paired seeding gives) drawn from `sharedSeed`.
 */
function netRecords(
  seed: string,
  means: Record<number, number>,
  sd: number,
  shared = 0,
  sharedSeed = 'shared',
  plateauDrop = 0.005,
): RunRecord[] {
  const rng = createRng(seed);
  const common = createRng(sharedSeed);
  return Object.entries(means).flatMap(([w, m]) =>
    Array.from({ length: 30 }, (_, run) => {
      const testLoss = m + shared * common.normal() + sd * rng.normal();
      return {
        specHash: 'x',
        size: Number(w),
        run,
        status: 'ok' as const,
        streams: {},
        metrics: {
          trainLoss: testLoss,
          testLoss,
          trainAccuracy: 0.8,
          testAccuracy: 0.8,
          gradNorm: 1e-3,
          epochs: 1,
          evaluations: 1,
          plateauDrop,
        },
      };
    }),
  );
}

/** Spin-glass endpoints (test/helpers) of `evaluations` energy evaluations, plateau drop 0.005 unless told. */
const spinRecords = (seed: string, mean: number, sd: number, evaluations: number, plateauDrop = 0.005): RunRecord[] =>
  spinEndpoints(seed, mean, sd, { energyEvaluations: evaluations, plateauDrop });

describe('judgeSgdVsAnnealing', () => {
  it('holds when SGD is clearly better, each method at its plateau', () => {
    const r = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 0.8, 25: 0.5 }, 0.05),
      networkSa: netRecords('b', { 5: 2.3, 25: 2.3 }, 0.05),
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.54, 0.02, 1051),
      spinSaConverged: spinRecords('e', -1.545, 0.02, 21020),
    });
    expect(r.verdict).toBe('holds');
    expect(r.evidence.find((e) => e.part === 'equal cost')).toMatchObject({ size: 50, pairs: 30 });
  });

  it('fails when SGD is worse than annealing by far more than τ', () => {
    const r = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 2.3, 25: 2.3 }, 0.05),
      networkSa: netRecords('b', { 5: 0.8, 25: 0.5 }, 0.05),
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.55, 0.02, 1051),
      spinSaConverged: spinRecords('e', -1.545, 0.02, 21020),
    });
    expect(r.verdict).toBe('fails');
  });

  it('pairing: a large per-run effect shared by both methods cancels (paired holds where unpaired could not)', () => {
    // SGD better by 0.1 nats with a shared per-run effect of sd 1: the paired test sees only the sd-0.05 noise.
    const r = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 1.0, 25: 1.0 }, 0.05, 1),
      networkSa: netRecords('b', { 5: 1.1, 25: 1.1 }, 0.05, 1),
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.54, 0.02, 1051),
      spinSaConverged: spinRecords('e', -1.545, 0.02, 21020),
    });
    expect(r.verdict).toBe('holds');
    const row = r.evidence.find((e) => e.part === 'network' && e.size === 5);
    expect(row?.sdDifference).toBeLessThan(0.1);
    // The same values with the pairs broken (independent shared effects): SGD's edge is lost in the noise.
    const unpaired = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 1.0, 25: 1.0 }, 0.05, 1, 'one'),
      networkSa: netRecords('b', { 5: 1.1, 25: 1.1 }, 0.05, 1, 'other'),
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.54, 0.02, 1051),
      spinSaConverged: spinRecords('e', -1.545, 0.02, 21020),
    });
    expect(unpaired.verdict).toBe('inconclusive');
  });

  it('is inconclusive when the difference sits at τ with noisy data', () => {
    // mean difference = τ exactly: neither H0 nor its reverse should be rejected (p ≈ 1/2 each).
    const r = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 1.05, 25: 1.05 }, 0.3),
      networkSa: netRecords('b', { 5: 1.0, 25: 1.0 }, 0.3),
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.55, 0.02, 1051),
      spinSaConverged: spinRecords('e', -1.545, 0.02, 21020),
    });
    expect(r.verdict).toBe('inconclusive');
  });

  it('a size whose annealing is not at its plateau can neither fail nor hold (an unconverged optimizer is a harness fault)', () => {
    const r = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 1.5, 25: 1.5 }, 0.05),
      networkSa: netRecords('b', { 5: 0.5, 25: 0.5 }, 0.05, 0, 'shared', 0.1),
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.54, 0.02, 1051),
      spinSaConverged: spinRecords('e', -1.545, 0.02, 21020),
    });
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toContain('not at its plateau');
    // The same losses at the plateau: SGD is far worse, a finding.
    const atPlateau = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 1.5, 25: 1.5 }, 0.05),
      networkSa: netRecords('b', { 5: 0.5, 25: 0.5 }, 0.05),
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.54, 0.02, 1051),
      spinSaConverged: spinRecords('e', -1.545, 0.02, 21020),
    });
    expect(atPlateau.verdict).toBe('fails');
  });

  it('never averages diverged runs and counts them', () => {
    const sa = netRecords('b', { 5: 2.3, 25: 2.3 }, 0.05);
    sa[0] = { ...sa[0], status: 'diverged', reason: 'non-finite', metrics: null };
    const r = judgeSgdVsAnnealing(config, {
      networkSgd: netRecords('a', { 5: 0.8, 25: 0.5 }, 0.05),
      networkSa: sa,
      spinSgd: spinRecords('c', -1.55, 0.02, 400),
      spinSa: spinRecords('d', -1.54, 0.02, 1051),
      spinSaConverged: spinRecords('e', -1.545, 0.02, 21020),
    });
    // The pair of the diverged run is dropped: 29 pairs at n1 = 5.
    expect(r.evidence[0]).toMatchObject({ size: 5, pairs: 29, divergedSa: 1, divergedSgd: 0 });
  });
});

describe('sgdVsAnnealingClaim', () => {
  it('rejects a bad configuration with the field named', () => {
    const bad = { ...config, networks: { ...config.networks, widths: [10, 5] } };
    expect(() => sgdVsAnnealingClaim.parseConfig(bad)).toThrow(/networks\.widths/);
  });

  it('trains SGD paper-matched, gives annealing its plateau budget, SGD’s cap at equal cost and 20× it, on the same landscapes and seeds', () => {
    const c = sgdVsAnnealingConfigFor('ci');
    const [sgd, sa, spinSgd, spinSa, spinConverged] = sgdVsAnnealingClaim.specs(c);
    expect(sgd.optimizer).toMatchObject({ kind: 'sgd', learningRate: 0.075, epochs: 200 });
    expect(sa.optimizer).toMatchObject({ kind: 'sa', budget: c.networks.annealingBudget });
    const cap = c.spinGlass.epochs + c.spinGlass.polishMaxIterations + 1;
    expect(spinSa.optimizer).toMatchObject({ kind: 'sa', budget: cap });
    expect(spinConverged.optimizer).toMatchObject({ kind: 'sa', budget: 20 * cap });
    // Paired seeding needs the same landscape and seed: then the problem streams coincide.
    for (const [a, b] of [
      [sgd, sa],
      [spinSgd, spinSa],
      [spinSgd, spinConverged],
    ]) {
      expect(b.landscape).toEqual(a.landscape);
      expect(b.seed).toBe(a.seed);
      expect(problemMaster(b)).toBe(problemMaster(a));
    }
    expect(spinSgd.landscape).toMatchObject({ disorder: 'fixed' });
    expect(sgdVsAnnealingClaim.parseConfig(c)).toEqual(c);
  });
});
