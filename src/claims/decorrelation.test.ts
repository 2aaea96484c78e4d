import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../experiments/run-record.js';
import { createRng } from '../random/rng.js';
import {
  type DecorrelationConfig,
  decorrelationClaim,
  decorrelationConfigFor,
  judgeDecorrelation,
} from './decorrelation.js';

const config: DecorrelationConfig = {
  ...decorrelationConfigFor('ci'),
  network: { ...decorrelationConfigFor('ci').network, widths: [10, 25, 50], runsPerSize: 60 },
};

/** Bivariate normal (train, test) with correlation rho per width. */
function records(seed: string, rhos: Record<number, number>, n = 60): RunRecord[] {
  const rng = createRng(seed);
  return Object.entries(rhos).flatMap(([w, rho]) =>
    Array.from({ length: n }, (_, run) => {
      const a = rng.normal();
      const b = rng.normal();
      const trainLoss = 0.5 + 0.05 * a;
      const testLoss = 0.6 + 0.05 * (rho * a + Math.sqrt(1 - rho * rho) * b);
      return {
        specHash: 'x',
        size: Number(w),
        run,
        status: 'ok' as const,
        streams: {},
        metrics: {
          trainLoss,
          testLoss,
          trainAccuracy: 0.9,
          testAccuracy: 0.9,
          gradNorm: 1e-3,
          epochs: 1,
          evaluations: 1,
        },
      };
    }),
  );
}

describe('judgeDecorrelation', () => {
  it('holds when the correlation falls clearly with the width', () => {
    expect(judgeDecorrelation(config, records('a', { 10: 0.9, 25: 0.7, 50: 0.3 })).verdict).toBe('holds');
  });
  it('fails when the correlation rises significantly', () => {
    expect(judgeDecorrelation(config, records('b', { 10: 0.3, 25: 0.7, 50: 0.9 })).verdict).toBe('fails');
  });
  it('fails when the correlation barely moves, however significant (0.999 → 0.995 over 60 networks per width)', () => {
    const r = judgeDecorrelation(config, records('f', { 10: 0.999, 25: 0.997, 50: 0.995 }));
    expect(r.verdict).toBe('fails');
    expect(r.reason).toMatch(/less than δ/);
  });
  it('is inconclusive when a moderate drop leaves the bounds on both sides of δ', () => {
    // A true drop of 0.1 over n = 30 networks per width: the interval's half-width is about 0.3, so it straddles
    // δ = 0.05 with probability ≈ 0.95 over seeds (the seed is fixed, so the test is deterministic).
    const r = judgeDecorrelation(config, records('g', { 10: 0.75, 25: 0.7, 50: 0.6 }, 30));
    expect(r.verdict, r.reason).toBe('inconclusive');
  });
  it('reports the drop beside the paper’s Table 1 drop (0.7616 − 0.4081)', () => {
    const r = judgeDecorrelation(config, records('a', { 10: 0.9, 25: 0.7, 50: 0.3 }));
    expect(r.paperComparison?.find((q) => q.quantity.startsWith('drop'))?.paper).toBe(0.3535);
  });
  it('judges from the paper’s smallest width, 25: a low ρ at n1 = 10 (quick scale: −0.20) does not enter the drop', () => {
    const r = judgeDecorrelation(config, records('h', { 10: -0.2, 25: 0.8, 50: 0.3 }));
    expect(r.verdict).toBe('holds');
    expect(r.statistic.name).toMatch(/ρ\(n1 = 25\) − ρ\(n1 = 50\)/);
    // Judged from n1 = 10 the same records would show a rise (−0.2 → 0.3), i.e. 'fails'.
    expect(judgeDecorrelation({ ...config, fromWidth: 10 }, records('h', { 10: -0.2, 25: 0.8, 50: 0.3 })).verdict).toBe(
      'fails',
    );
  });
  it('is inconclusive when fewer than two widths reach the paper’s smallest width', () => {
    const narrow = { ...config, network: { ...config.network, widths: [5, 10, 25] } };
    const r = judgeDecorrelation(narrow, records('i', { 5: 0.9, 10: 0.7, 25: 0.1 }));
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toMatch(/fewer than two ladder widths/);
  });
  it('is inconclusive when the correlation does not change', () => {
    expect(judgeDecorrelation(config, records('c', { 10: 0.6, 25: 0.6, 50: 0.6 })).verdict).toBe('inconclusive');
  });
  it('is inconclusive with too few runs at an end of the ladder', () => {
    const recs = records('d', { 10: 0.9, 25: 0.7 }).concat(records('e', { 50: 0.1 }, 3));
    expect(judgeDecorrelation(config, recs).verdict).toBe('inconclusive');
  });
  it('puts the paper’s Table 1 value beside ours where it has one', () => {
    const r = judgeDecorrelation(config, records('a', { 10: 0.9, 25: 0.7, 50: 0.3 }));
    expect(r.paperComparison?.find((q) => q.quantity.includes('n1 = 25'))?.paper).toBe(0.7616);
  });
  it('puts the drop over the widths shared with Table 1 beside the paper’s (ci: n1 = 25 → 50, 0.7616 − 0.6861)', () => {
    const r = judgeDecorrelation(config, records('a', { 10: 0.9, 25: 0.7, 50: 0.3 }));
    const shared = r.paperComparison?.find((q) => q.quantity.includes('shared with Table 1'));
    expect(shared?.quantity).toMatch(/n1 = 25 → 50/);
    expect(shared?.paper).toBe(0.0755);
    expect(shared?.ours as number).toBeGreaterThan(0.2);
  });
  it('rejects a bad configuration', () => {
    expect(() => decorrelationClaim.parseConfig({ ...config, alpha: 2 })).toThrow(/alpha/);
  });
});
