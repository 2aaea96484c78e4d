import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { syntheticNetworkRecords, syntheticSpinRecords } from './null-models/synthetic-records.js';
import { judgeScaling, paperFig10LawFit, scalingClaim, scalingConfigFor } from './scaling.js';

const config = scalingConfigFor('ci');
const sizes = config.spinGlass.sizes;
const widths = config.network.widths;
const many = { landscapes: config.spinGlass.landscapes };
const law = syntheticNetworkRecords(widths, 30, 'n1', (w, _r, z) => ({
  train: 0,
  test: Math.exp(1.2 * w ** -0.5) * (1 + 0.02 * z),
}));
const rising = syntheticNetworkRecords(widths, 30, 'n2', (w, _r, z) => ({
  train: 0,
  test: Math.exp(0.1 * w ** 0.5) * (1 + 0.02 * z),
}));
// Losses below 1 (ln loss = α n^β with α < 0): falling needs β > 0, rising β < 0.
const fallingBelowOne = syntheticNetworkRecords(widths, 30, 'n3', (w, _r, z) => ({
  train: 0,
  test: Math.exp(-0.5 * w ** 0.3) * (1 + 0.02 * z),
}));
const risingBelowOne = syntheticNetworkRecords(widths, 30, 'n4', (w, _r, z) => ({
  train: 0,
  test: Math.exp(-2 * w ** -0.3) * (1 + 0.02 * z),
}));

describe('judgeScaling', () => {
  it('holds when H/N is constant over N and the losses follow exp(α n^β) with β < 0', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's1', (_n, _r, z) => -1.5 + 0.05 * z, many);
    const r = judgeScaling(config, sg, law);
    expect(r.verdict).toBe('holds');
    const fit = r.evidence.find((e) => e.name === 'mean test loss = exp(α n1^β)');
    expect(fit?.beta as number).toBeCloseTo(-0.5, 0);
  });

  it('fails when the energy grows like N^{3/2} (H/N ∝ √N)', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's2', (n, _r, z) => -0.3 * Math.sqrt(n) + 0.05 * z, many);
    expect(judgeScaling(config, sg, law).verdict).toBe('fails');
  });

  it('fails when the network losses grow with width', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's3', (_n, _r, z) => -1.5 + 0.05 * z, many);
    expect(judgeScaling(config, sg, rising).verdict).toBe('fails');
  });

  it('judges losses below 1 by the direction of the law (α·β), not by the sign of β alone', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's5', (_n, _r, z) => -1.5 + 0.05 * z, many);
    const falling = judgeScaling(config, sg, fallingBelowOne);
    expect(falling.verdict).toBe('holds');
    const fit = falling.evidence.find((e) => e.name === 'mean test loss = exp(α n1^β)');
    expect(fit?.alpha as number).toBeLessThan(0);
    expect(fit?.beta as number).toBeGreaterThan(0);
    expect(judgeScaling(config, sg, risingBelowOne).verdict).toBe('fails');
  });

  it('a spin-glass spread too wide to bound the range does not block the network evidence (the check can only fail)', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's4', (_n, _r, z) => -1.5 + 1 * z, many);
    const r = judgeScaling(config, sg, law);
    expect(r.verdict).toBe('holds');
    expect(r.reason).toMatch(/not failed/);
  });

  it('fails when the means are not an exp law (lack of fit: a dip then a rise)', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's8', (_n, _r, z) => -1.5 + 0.05 * z, many);
    const bumpy = syntheticNetworkRecords(widths, 30, 'n5', (w, _r, z) => ({
      train: 0,
      test: (w === 25 ? 0.3 : 0.5) * (1 + 0.02 * z),
    }));
    const r = judgeScaling(config, sg, bumpy);
    expect(r.verdict).toBe('fails');
    expect(r.reason).toMatch(/lack of fit/);
  });

  it('is inconclusive when the means are flat (the law does not beat the constant), whatever R² says', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's9', (_n, _r, z) => -1.5 + 0.05 * z, many);
    const flat = syntheticNetworkRecords(widths, 30, 'n6', (_w, _r, z) => ({ train: 0, test: 0.4 * (1 + 0.05 * z) }));
    const r = judgeScaling(config, sg, flat);
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toMatch(/does not beat the constant/);
  });

  it('null (a true falling exp law, correct normalisation): fails in at most α of 100 seeds', () => {
    // α/2 for the lack of fit, α/2 for the spin check, plus the ΔAIC rule: ≤ 11 of 100 (P(Bin(100, 0.05) > 11) ≈ 0.005).
    let fails = 0;
    for (let t = 0; t < 100; t++) {
      const sg = syntheticSpinRecords(sizes, 60, `null-s-${t}`, (_n, _r, z) => -1.5 + 0.05 * z, many);
      const net = syntheticNetworkRecords(widths, 30, `null-n-${t}`, (w, _r, z) => ({
        train: 0,
        test: Math.exp(1.2 * w ** -0.5) * (1 + 0.02 * z),
      }));
      if (judgeScaling(config, sg, net).verdict === 'fails') fails++;
    }
    expect(fails).toBeLessThanOrEqual(11);
  });

  it('takes the landscape as the unit: a drift in H/N with two landscapes per N cannot fail the spin check', () => {
    // H/N drifts by 0.01 per unit N (relative range 0.18 > f), every landscape has its own level (sd 0.05), its
    // 30 starts scatter little (sd 0.005): starts as independent draws would fail the check, two landscapes cannot.
    const sg = syntheticSpinRecords(
      sizes,
      60,
      's6',
      (n, _r, z, _l, zL) => -1.5 - 0.01 * (n - 20) + 0.05 * zL + 0.005 * z,
      { landscapes: 2 },
    );
    const r = judgeScaling(config, sg, law);
    expect(r.verdict).toBe('holds');
    expect(r.evidence.filter((e) => e.part === 'spin glass').map((e) => e.landscapes)).toEqual([2, 2, 2, 2]);
    // The same levels, but each start on its own landscape (as per-run disorder would give): the drift fails.
    const perRun = sg.map((x) => ({ ...x, landscape: x.run }));
    expect(judgeScaling(config, perRun, law).verdict).toBe('fails');
  });

  it('one landscape per N gives no interval over landscapes: the check cannot fail, the network part decides', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's7', (n, _r, z) => -0.3 * Math.sqrt(n) + 0.005 * z);
    expect(judgeScaling(config, sg, law).verdict).toBe('holds');
  });
});

describe('scaling config', () => {
  it('parseConfig rejects a bad fraction (and the retired r2Min) with an InputError naming the field', () => {
    expect(scalingClaim.parseConfig(config)).toEqual(config);
    expect(() => scalingClaim.parseConfig({ ...config, fraction: -1 })).toThrow(InputError);
    expect(() => scalingClaim.parseConfig({ ...config, fraction: -1 })).toThrow(/fraction/);
    expect(() => scalingClaim.parseConfig({ ...config, r2Min: 0.9 })).toThrow(InputError);
  });
});

describe('paperFig10LawFit (the rule applied to the paper’s own Fig. 10 means)', () => {
  it('finds that the paper’s means over n1 = 10–100 miss their best exp(α n1^β) by far more than the 5 % tolerance', () => {
    // scipy cross-check (least squares on the linear scale, weights 1/se): 17.3 % largest deviation at n1 = 10–100.
    const fit = paperFig10LawFit([10, 25, 50, 100]);
    expect(fit).not.toBeNull();
    expect(fit?.maxRelativeDeviation as number).toBeGreaterThan(0.1);
    expect(fit?.lackOfFitP as number).toBeLessThan(1e-6);
  });
  it('is null with fewer than three of Fig. 10’s widths', () => {
    expect(paperFig10LawFit([10, 25, 30])).toBeNull();
  });
});
