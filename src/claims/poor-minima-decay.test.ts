import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { syntheticNetworkRecords, syntheticSpinRecords } from './null-models/synthetic-records.js';
import {
  judgePoorMinimaDecay,
  landscapeDispersion,
  poorMinimaDecayClaim,
  poorMinimaDecayConfigFor,
} from './poor-minima-decay.js';

const config = poorMinimaDecayConfigFor('ci');
const sizes = config.spinGlass.sizes;
const widths = config.network.widths;
const level = -1.633 + config.delta;
// A run is poor with probability pr(size): drawn by thresholding a normal at the matching quantile.
const L = config.spinGlass.landscapes;
const spinWithShare = (pr: (n: number) => number, seed: string) =>
  syntheticSpinRecords(sizes, 60, seed, (n, _r, z) => (z < normalQuantileApprox(pr(n)) ? level + 0.05 : level - 0.05), {
    landscapes: L,
  });
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
/**
 * Networks whose test loss is a normal bulk (mean and sd shrinking with width, as real ones do) plus, with
 * probability q(w), a poor network stuck 1 nat above the bulk: the high-loss tail the claim is about.
 */
const netWithTail = (q: (w: number) => number, seed: string, runs = 60) =>
  syntheticNetworkRecords(widths, runs, seed, (w, _r, z1, z2) => ({
    train: 0,
    test: 0.3 + 1 / w + (0.2 / w) * z1 + (z2 < normalQuantileApprox(q(w)) ? 1 : 0),
  }));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const netFalling = netWithTail((w) => logistic(-0.5 - 0.06 * w), 'n1');
const netRising = netWithTail((w) => logistic(-4 + 0.06 * w), 'n2');

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

  it('judges each width against its own distribution: a falling mean with a normal bulk is not a decay', () => {
    // The old rule (poor = above the smallest width's median) held on this: the mean falls with width, so the
    // share above n1 = 10's median falls from 0.5 to 0. Under the own-width outlier cut nothing is poor.
    const bulkOnly = netWithTail(() => 0, 'n-bulk');
    const r = judgePoorMinimaDecay(
      config,
      spinWithShare((n) => logistic(2 - 0.08 * n), 's1'),
      bulkOnly,
    );
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toMatch(/network: no variation/);
    const cuts = r.evidence.filter((e) => e.part === 'network').map((e) => e.poorCut as number);
    expect(cuts[0]).toBeGreaterThan(cuts[cuts.length - 1]);
  });

  it('fails when the spin-glass share falls but is not logit-linear in N (lack of fit: a plateau then a cliff)', () => {
    const r = judgePoorMinimaDecay(
      config,
      spinWithShare((n) => (n <= 40 ? 0.5 : 0.02), 's-cliff'),
      netFalling,
    );
    expect(r.verdict).toBe('fails');
    expect(r.reason).toMatch(/lack of fit/);
    expect(r.evidence.find((e) => e.part === 'spin glass fit')?.lackOfFitP as number).toBeLessThan(0.01);
  });

  it('null at the boundary (flat shares, no landscape effect): fails in at most α of 100 seeds', () => {
    // Spin glass: poor with probability 0.3 at every N; networks: 10 % stuck at every width. b = 0 and the law
    // is (trivially) logit-linear, so every 'fails' is a false fail. Holm at α = 0.05 over the four fail tests,
    // plus the ΔAIC rule: ≤ 11 of 100 (P(Bin(100, 0.05) > 11) ≈ 0.005).
    let fails = 0;
    for (let t = 0; t < 100; t++) {
      const r = judgePoorMinimaDecay(
        config,
        spinWithShare(() => 0.3, `null-s-${t}`),
        netWithTail(() => 0.1, `null-n-${t}`),
      );
      if (r.verdict === 'fails') fails++;
    }
    expect(fails).toBeLessThanOrEqual(11);
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
    const flat = syntheticSpinRecords(sizes, 60, 's6', (_n, run) => (run < 18 ? level + 0.05 : level - 0.05), {
      landscapes: L,
    });
    const r = judgePoorMinimaDecay(config, flat, netFalling);
    expect(r.verdict).toBe('inconclusive');
  });
});

describe('poor minima with the landscape as the unit', () => {
  // Two landscapes per N whose poor shares differ far more between them than the trend across N: poor share of
  // landscape l at N (30 starts each), pooled 0.6, 0.5, 0.4, 0.3.
  const shares: Record<number, [number, number]> = { 20: [0.9, 0.3], 30: [0.8, 0.2], 40: [0.7, 0.1], 50: [0.6, 0] };
  const twoLandscapes = syntheticSpinRecords(
    sizes,
    60,
    's7',
    (n, run, _z, l) => (Math.floor(run / 2) < shares[n][l] * 30 ? level + 0.05 : level - 0.05),
    { landscapes: 2 },
  );

  it('is inconclusive when a landscape effect dominates and there are only two landscapes per N', () => {
    const r = judgePoorMinimaDecay(config, twoLandscapes, netFalling);
    expect(r.verdict).toBe('inconclusive');
    const fit = r.evidence.find((e) => e.part === 'spin glass fit');
    expect(fit?.dispersion as number).toBeGreaterThan(10);
    expect(fit?.df).toBe(4);
    expect(r.evidence.filter((e) => e.part === 'spin glass').map((e) => e.landscapes)).toEqual([2, 2, 2, 2]);
  });

  it('would hold if the starts were counted as independent draws (one start per landscape)', () => {
    const perRun = twoLandscapes.map((r) => ({ ...r, landscape: r.run }));
    const r = judgePoorMinimaDecay(config, perRun, netFalling);
    expect(r.verdict).toBe('holds');
    expect(r.evidence.find((e) => e.part === 'spin glass fit')?.dispersion).toBe(1);
  });

  it('is inconclusive with one landscape per N (the landscape dispersion cannot be estimated)', () => {
    const one = spinWithShare((n) => Math.exp(2 - 0.08 * n) / (1 + Math.exp(2 - 0.08 * n)), 's8').map(
      ({ landscape: _l, ...r }) => r,
    );
    const r = judgePoorMinimaDecay(config, one, netFalling);
    expect(r.verdict).toBe('inconclusive');
    expect(r.evidence.find((e) => e.part === 'spin glass fit')?.status).toBe('landscape-dispersion-unknown');
  });

  it('landscapeDispersion: φ = 1 for one run per landscape, X²/ν otherwise, unknown without ν', () => {
    expect(
      landscapeDispersion([
        { size: 1, poor: 1, trials: 1 },
        { size: 2, poor: 0, trials: 1 },
      ]),
    ).toEqual({
      dispersion: 1,
      df: Number.POSITIVE_INFINITY,
    });
    // Size 10: shares 0.2 and 0.6 of 10 (pooled 0.4): X² = 2·(2²)/(10·0.4·0.6) = 3.33 over 1 df.
    const d = landscapeDispersion([
      { size: 10, poor: 2, trials: 10 },
      { size: 10, poor: 6, trials: 10 },
      { size: 20, poor: 0, trials: 10 },
      { size: 20, poor: 0, trials: 10 },
    ]);
    expect(d.df).toBe(1);
    expect(d.dispersion).toBeCloseTo(8 / 2.4, 12);
    expect(
      landscapeDispersion([
        { size: 10, poor: 2, trials: 10 },
        { size: 20, poor: 0, trials: 10 },
      ]),
    ).toEqual({
      dispersion: null,
      df: 0,
    });
  });
});

describe('poor-minima-decay config', () => {
  it('parseConfig rejects a bad delta with an InputError naming the field', () => {
    expect(poorMinimaDecayClaim.parseConfig(config)).toEqual(config);
    expect(() => poorMinimaDecayClaim.parseConfig({ ...config, delta: 'big' })).toThrow(InputError);
    expect(() => poorMinimaDecayClaim.parseConfig({ ...config, delta: 'big' })).toThrow(/delta/);
  });
});
