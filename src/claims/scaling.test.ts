import { describe, expect, it } from 'vitest';
import { InputError } from '../cli/input-error.js';
import { judgeScaling, scalingClaim, scalingConfigFor } from './scaling.js';
import { syntheticNetworkRecords, syntheticSpinRecords } from './synthetic-records.js';

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

  it('is inconclusive when the spin-glass spread is too wide to bound the range', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's4', (_n, _r, z) => -1.5 + 1 * z, many);
    expect(judgeScaling(config, sg, law).verdict).toBe('inconclusive');
  });

  it('takes the landscape as the unit: a landscape effect with two landscapes per N is inconclusive', () => {
    // Every landscape has its own level of H/N (sd 0.05 between landscapes), its 30 starts scatter little around
    // it (sd 0.005): starts as independent draws would give tight intervals and a verdict, two landscapes cannot.
    const sg = syntheticSpinRecords(sizes, 60, 's6', (_n, _r, z, _l, zL) => -1.5 + 0.05 * zL + 0.005 * z, {
      landscapes: 2,
    });
    const r = judgeScaling(config, sg, law);
    expect(r.verdict).toBe('inconclusive');
    expect(r.evidence.filter((e) => e.part === 'spin glass').map((e) => e.landscapes)).toEqual([2, 2, 2, 2]);
    // The same landscapes' levels, but each start on its own landscape (as per-run disorder would give): holds.
    const perRun = sg.map((x) => ({ ...x, landscape: x.run }));
    expect(judgeScaling(config, perRun, law).verdict).toBe('holds');
  });

  it('is inconclusive with one landscape per N (no interval over landscapes)', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's7', (_n, _r, z) => -1.5 + 0.005 * z);
    expect(judgeScaling(config, sg, law).verdict).toBe('inconclusive');
  });
});

describe('scaling config', () => {
  it('parseConfig rejects a bad r2Min with an InputError naming the field', () => {
    expect(scalingClaim.parseConfig(config)).toEqual(config);
    expect(() => scalingClaim.parseConfig({ ...config, r2Min: 1.5 })).toThrow(InputError);
    expect(() => scalingClaim.parseConfig({ ...config, r2Min: 1.5 })).toThrow(/r2Min/);
  });
});
