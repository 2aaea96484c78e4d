import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../claims/claim-result.js';
import { networkMetrics, okRecord, syntheticSpinRecords } from '../claims/null-models/synthetic-records.js';
import { loadPaperFixture } from '../paper/paper-fixture.js';
import { histogramMode, paperColumnRows, rangeText, withPaperColumn } from './paper-column.js';

const paper = loadPaperFixture();
const result: ClaimResult = {
  id: 'decorrelation',
  title: 't',
  paperReference: 'Table 1',
  verdict: 'holds',
  statistic: { name: 's', value: 1 },
  threshold: { description: 'd', value: null },
  alpha: 0.05,
  rule: 'r',
  reason: 'ok',
  evidence: [],
};

describe('paper column helpers', () => {
  it('rangeText gives "lo to hi" of the finite values and histogramMode the centre of the fullest 0.01 bin', () => {
    expect(rangeText([0.2, Number.NaN, 0.1, 0.15])).toBe('0.1 to 0.2');
    expect(rangeText([])).toBeNull();
    expect(histogramMode([-1.601, -1.605, -1.598, -1.52])).toBe(-1.605); // bin [−1.61, −1.60)
    expect(histogramMode([0.061, 0.072, 0.075])).toBe(0.075);
    expect(histogramMode([])).toBeNull();
  });
});

describe('paperColumnRows', () => {
  it('decorrelation: Table 1 ρ per width from the records (exact Pearson), "—" at widths not run, tag V', () => {
    // n1 = 25: test = 2·train exactly → r = 1; nothing at n1 = 500.
    const network = [0.1, 0.12, 0.13, 0.15].map((train, run) =>
      okRecord(25, run, networkMetrics({ trainLoss: train, testLoss: 2 * train })),
    );
    const rows = paperColumnRows('decorrelation', { config: {}, records: { network } }, paper);
    const r25 = rows.find((r) => r.quantity === 'Pearson r(train, test) at n1 = 25 (Table 1)');
    expect(r25).toEqual({ quantity: r25?.quantity, ours: 1, paper: 0.7616, tag: 'V' });
    expect(rows.find((r) => r.quantity.startsWith('Pearson r(train, test) at n1 = 500'))?.ours).toBeNull();
    const train = rows.find((r) => r.quantity === 'train NLL range at n1 = 25 (Fig. 7)');
    expect(train).toMatchObject({ ours: '0.1 to 0.15', paper: '0.117 to 0.136', tag: 'F' });
  });

  it('low-index: shares per bin of the paper’s Fig. 5 in both normalisations k/D and k/(2D)', () => {
    // n1 = 10 has D = 1120 parameters: one network at k = 0, one at k = 1 (k/D = 8.9e-4, k/(2D) = 4.5e-4).
    const network = [0, 1].map((k, run) => okRecord(10, run, networkMetrics({ index: k, normalizedIndex: k / 1120 })));
    const rows = paperColumnRows('low-index', { config: {}, records: { network } }, paper);
    const at = (bin: string, norm: string) =>
      rows.find(
        (r) =>
          r.quantity.includes(`in [${bin}`) &&
          r.quantity.includes('n1 = 10 (') &&
          r.quantity.endsWith(`ours as ${norm})`),
      );
    expect(at('0.0,', 'k/D')).toMatchObject({ ours: 0.5, paper: 0.87, tag: 'F' });
    expect(at('0.00020,', 'k/D')).toMatchObject({ ours: 0, paper: 0.1 });
    expect(at('0.00020,', 'k/(2D)')).toMatchObject({ ours: 0.5, paper: 0.1 });
    expect(at('0.00070,', 'k/D')).toMatchObject({ ours: 0.5, paper: 0.022 });
    const largest = rows.filter((r) => r.quantity.startsWith('largest normalized index at n1 = 10 ('));
    expect(largest.map((r) => r.ours)).toEqual([0.000893, 0.000446]);
    // Widths the run did not measure: ours is null, the paper's value is still shown.
    expect(rows.find((r) => r.quantity.includes('n1 = 100'))).toMatchObject({ ours: null });
  });

  it('band: Fig. 3 ranges and modes from all starts of the size; sgd-vs-annealing: Fig. 6 per method', () => {
    const spin = syntheticSpinRecords([25], 40, 's', (_n, run) => -1.5 + 0.001 * run);
    const rows = paperColumnRows('band', { config: {}, records: { spin } }, paper);
    expect(rows.find((r) => r.quantity.startsWith('H/N range of the minima found at N = 25'))).toMatchObject({
      ours: '-1.5 to -1.461',
      paper: '-1.53 to -1.27',
      tag: 'F',
    });
    const sgd = [1.05, 1.06, 1.061, 1.2].map((l, run) => okRecord(2, run, networkMetrics({ testLoss: l })));
    const fig6 = paperColumnRows('sgd-vs-annealing', { config: {}, records: { networkSgd: sgd } }, paper);
    expect(fig6.find((r) => r.quantity === 'SGD test NLL peak at n1 = 2 (Fig. 6, bins 0.01)')).toMatchObject({
      ours: 1.065,
      paper: 1.06,
    });
    expect(fig6.find((r) => r.quantity.startsWith('annealing test NLL range at n1 = 2'))).toMatchObject({ ours: null });
  });
});

describe('withPaperColumn', () => {
  it('keeps the claim’s own rows (tagged by the figure they name) and shows a computed quantity once', () => {
    const own = {
      ...result,
      paperComparison: [
        { quantity: 'Pearson r(train, test) at n1 = 25 (Table 1)', ours: 0.5, paper: 0.7616 },
        {
          quantity: 'drop of r from the smallest to the largest width (Table 1: n1 = 25 → 500)',
          ours: 0.3,
          paper: 0.3535,
        },
      ],
    };
    const out = withPaperColumn('decorrelation', { config: {}, records: {} }, own);
    const rows = out.paperComparison ?? [];
    expect(rows[0]).toMatchObject({ quantity: own.paperComparison[1].quantity, tag: 'V' });
    expect(rows.filter((r) => r.quantity === own.paperComparison[0].quantity)).toHaveLength(1);
    expect(rows.find((r) => r.quantity === own.paperComparison[0].quantity)?.ours).toBeNull(); // computed: no records
  });

  it('leaves a claim the paper gives no number for unchanged', () => {
    const other = { ...result, id: 'layers' };
    expect(withPaperColumn('layers', { config: {}, records: {} }, other)).toEqual(other);
  });
});
