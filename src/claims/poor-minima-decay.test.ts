import { describe, expect, it } from 'vitest';
import { InputError } from '../cli/input-error.js';
import { judgePoorMinimaDecay, poorMinimaDecayClaim, poorMinimaDecayConfigFor } from './poor-minima-decay.js';
import { syntheticNetworkRecords, syntheticSpinRecords } from './synthetic-records.js';

const config = poorMinimaDecayConfigFor('ci');
const sizes = config.spinGlass.sizes;
const widths = config.network.widths;
const level = -1.633 + config.delta;
// A run is poor with probability pr(size): drawn by thresholding a normal at the matching quantile.
const spinWithShare = (pr: (n: number) => number, seed: string) =>
  syntheticSpinRecords(sizes, 60, seed, (n, _r, z) => (z < normalQuantileApprox(pr(n)) ? level + 0.05 : level - 0.05));
function normalQuantileApprox(p: number): number {
  // Enough for thresholds: bisection on the logistic approximation is not needed; use erf-free Acklam-like clamp.
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    const cdf = 0.5 * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (mid + 0.044715 * mid ** 3)));
    if (cdf < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
const netFalling = syntheticNetworkRecords(widths, 30, 'n1', (w, _r, z) => ({
  train: 0,
  test: 1 + 1 / w + (0.5 / w) * z,
}));
const netRising = syntheticNetworkRecords(widths, 30, 'n2', (w, _r, z) => ({
  train: 0,
  test: 1 + 0.01 * w + 0.05 * z,
}));

describe('judgePoorMinimaDecay', () => {
  it('holds when the poor share decays with N and with width', () => {
    const r = judgePoorMinimaDecay(
      config,
      spinWithShare((n) => Math.exp(2 - 0.08 * n) / (1 + Math.exp(2 - 0.08 * n)), 's1'),
      netFalling,
    );
    expect(r.verdict).toBe('holds');
  });

  it('holds under separation (poor minima only at the smallest size)', () => {
    const r = judgePoorMinimaDecay(
      config,
      spinWithShare((n) => (n === 20 ? 0.5 : 0), 's2'),
      netFalling,
    );
    expect(r.verdict).toBe('holds');
    expect(r.evidence.find((e) => e.part === 'spin glass fit')?.status).toBe('separated');
  });

  it('fails when poor minima become more frequent with N', () => {
    const r = judgePoorMinimaDecay(
      config,
      spinWithShare((n) => n / 60, 's3'),
      netFalling,
    );
    expect(r.verdict).toBe('fails');
  });

  it('fails when the network losses rise with width', () => {
    const r = judgePoorMinimaDecay(
      config,
      spinWithShare((n) => (n === 20 ? 0.5 : 0.05), 's4'),
      netRising,
    );
    expect(r.verdict).toBe('fails');
  });

  it('is inconclusive when no run is poor anywhere', () => {
    const r = judgePoorMinimaDecay(
      config,
      spinWithShare(() => 0, 's5'),
      netFalling,
    );
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toMatch(/no variation/);
  });

  it('is inconclusive when the share is flat (no decay, no growth)', () => {
    // Exactly 18 of 60 poor at every N: b̂ = 0, the LR statistic is 0, no direction can be significant.
    const flat = syntheticSpinRecords(sizes, 60, 's6', (_n, run) => (run < 18 ? level + 0.05 : level - 0.05));
    const r = judgePoorMinimaDecay(config, flat, netFalling);
    expect(r.verdict).toBe('inconclusive');
  });
});

describe('poor-minima-decay config', () => {
  it('parseConfig rejects a bad delta with an InputError naming the field', () => {
    expect(poorMinimaDecayClaim.parseConfig(config)).toEqual(config);
    expect(() => poorMinimaDecayClaim.parseConfig({ ...config, delta: 'big' })).toThrow(InputError);
    expect(() => poorMinimaDecayClaim.parseConfig({ ...config, delta: 'big' })).toThrow(/delta/);
  });
});
