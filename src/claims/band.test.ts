import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { bandClaim, bandConfigFor, judgeBand } from './band.js';
import { divergedRecord, syntheticNetworkRecords, syntheticSpinRecords } from './null-models/synthetic-records.js';

const L = 10;
const config = {
  ...bandConfigFor('ci'),
  spinGlass: { sizes: [20, 30, 40, 50], runsPerSize: 60, seed: 1, landscapes: L },
};
const many = { landscapes: L };
const widths = config.network.widths;
// Mean law exp(1.2 n^-0.5); relative spread shrinking like n^-0.5 (true claim) or growing (false claim).
const law = (w: number) => Math.exp(1.2 * w ** -0.5);
const netShrinking = syntheticNetworkRecords(widths, 30, 'n1', (w, _r, z) => {
  const test = law(w) * (1 + 0.3 * w ** -0.5 * z);
  return { train: test - 0.02, test };
});
const netGrowing = syntheticNetworkRecords(widths, 30, 'n2', (w, _r, z) => {
  const test = law(w) * (1 + 0.01 * Math.sqrt(w) * z);
  return { train: test - 0.02, test };
});
// Spin glass: mean −1.633 + 2/√N above −E_∞, sd 0.5/√N (shrinks) — the claim's picture.
const sgGood = syntheticSpinRecords(
  config.spinGlass.sizes,
  60,
  's1',
  (n, _r, z) => -1.633 + 2 / Math.sqrt(n) + (0.5 / Math.sqrt(n)) * Math.abs(z),
  many,
);

describe('judgeBand', () => {
  it('holds when spreads shrink, the bulk approaches −E_∞ and nothing is below the floor', () => {
    const r = judgeBand(config, sgGood, netShrinking);
    expect(r.verdict).toBe('holds');
    expect(r.statistic.value).toBeLessThan(0.05);
  });

  it('fails when a run lies far below the ground state (a broken energy)', () => {
    const bad = syntheticSpinRecords(
      config.spinGlass.sizes,
      60,
      's1',
      (n, run, z) => (run === 0 && n === 50 ? -2.5 : -1.633 + 2 / Math.sqrt(n) + (0.5 / Math.sqrt(n)) * Math.abs(z)),
      many,
    );
    const r = judgeBand(config, bad, netShrinking);
    expect(r.verdict).toBe('fails');
    expect(r.reason).toMatch(/floor/);
  });

  it('fails when the spin-glass spread grows with N', () => {
    const growing = syntheticSpinRecords(
      config.spinGlass.sizes,
      60,
      's3',
      (n, _r, z) => -1.5 + 0.004 * n * Math.abs(z),
      many,
    );
    expect(judgeBand(config, growing, netShrinking).verdict).toBe('fails');
  });

  it('fails when the normalised network spread grows with width', () => {
    expect(judgeBand(config, sgGood, netGrowing).verdict).toBe('fails');
  });

  it('is inconclusive when the sizes do not differ (same distribution everywhere)', () => {
    const flat = syntheticSpinRecords(config.spinGlass.sizes, 60, 's4', (_n, _r, z) => -1.5 + 0.05 * z, many);
    const netFlat = syntheticNetworkRecords(widths, 30, 'n4', (w, _r, z) => ({
      train: 0,
      test: law(w) * (1 + 0.05 * z),
    }));
    // Under H0 each one-sided test rejects with probability ≤ α; with these seeds none does.
    expect(judgeBand(config, flat, netFlat).verdict).toBe('inconclusive');
  });

  it('counts diverged runs apart and never averages them', () => {
    const r = judgeBand(config, [...sgGood, { ...divergedRecord(20, 60), landscape: 0 }], netShrinking);
    const row = r.evidence.find((e) => e.part === 'spin glass' && e.size === 20);
    expect(row?.diverged).toBe(1);
    expect(row?.n).toBe(60);
    expect(row?.landscapes).toBe(L);
  });

  it('states the landscapes per N in every spin-glass evidence row', () => {
    const rows = judgeBand(config, sgGood, netShrinking).evidence.filter((e) => e.part === 'spin glass');
    expect(rows.map((e) => e.landscapes)).toEqual([L, L, L, L]);
  });

  it('is inconclusive, not holds, with two landscapes per N, however many starts they have', () => {
    // Each landscape's level and spread are its own luck (zL), on top of the trend of the claim. With 10 landscapes
    // the trend shows over landscapes; with 2 per N the rank tests cannot reach α whatever the starts say, where
    // starts counted as independent draws (60 per N) would make the difference look certain.
    const lucky = (landscapes: number) =>
      syntheticSpinRecords(
        config.spinGlass.sizes,
        60,
        's7',
        (n, _r, z, _l, zL) => -1.633 + 2 / Math.sqrt(n) + 0.02 * zL + (2 / n) * Math.exp(0.2 * zL) * Math.abs(z),
        { landscapes },
      );
    const ten = judgeBand(config, lucky(10), netShrinking);
    expect(ten.verdict, ten.reason).toBe('holds');
    const two = judgeBand(config, lucky(2), netShrinking);
    expect(two.verdict).toBe('inconclusive');
    expect(two.evidence.filter((e) => e.part === 'spin glass').map((e) => e.landscapes)).toEqual([2, 2, 2, 2]);
  });
});

describe('band config', () => {
  it('parseConfig accepts the scale configs and rejects a bad one with an InputError naming the field', () => {
    for (const s of ['ci', 'quick', 'paper'] as const)
      expect(bandClaim.parseConfig(bandClaim.configFor(s))).toEqual(bandClaim.configFor(s));
    expect(() => bandClaim.parseConfig({ ...bandConfigFor('ci'), kappa: -1 })).toThrow(InputError);
    expect(() => bandClaim.parseConfig({ ...bandConfigFor('ci'), kappa: -1 })).toThrow(/kappa/);
    expect(() =>
      bandClaim.parseConfig({
        ...bandConfigFor('ci'),
        spinGlass: { sizes: [50, 20], runsPerSize: 10, seed: 0, landscapes: 2 },
      }),
    ).toThrow(/spinGlass.sizes/);
    expect(() =>
      bandClaim.parseConfig({ ...bandConfigFor('ci'), spinGlass: { sizes: [20, 50], runsPerSize: 10, seed: 0 } }),
    ).toThrow(/spinGlass.landscapes/);
    expect(() =>
      bandClaim.parseConfig({
        ...bandConfigFor('ci'),
        spinGlass: { sizes: [20, 50], runsPerSize: 10, seed: 0, landscapes: 11 },
      }),
    ).toThrow(/landscapes must be ≤ runsPerSize/);
  });
});
