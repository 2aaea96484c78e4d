/**
 * The "paper" column of the report: for every quantity the paper reports (fixtures/paper.json), our number beside
 * the paper's, with the paper value's tag (V exact, F read from a figure, C the authors' code, I inferred). Ours is
 * computed from what the claim's evaluation returned (its records by role, src/claims/claim.ts `FigureInput`), so
 * that the column does not depend on how a rule lays out its evidence:
 *
 *  - band: Fig. 3 ranges and modes of H/N per N (ours pooled over all starts of all landscapes of the size) and the
 *    paper's Fig. 3 scaled test losses (not comparable: the paper does not report its α, β);
 *  - scaling: Fig. 10 mean and variance of the test loss per width;
 *  - decorrelation: Table 1 ρ per width and the Fig. 7 train and test ranges per width;
 *  - ground-state-hardness: the Fig. 7 train–test gap at the ends of the paper's range of widths;
 *  - sgd-vs-annealing: Fig. 6 test-loss ranges and peaks of SGD and annealing per width;
 *  - low-index: Fig. 4/5 index histograms as shares per bin, ours in both normalisations k/D and k/(2D) (the
 *    authors' code most likely plotted k/(2D): torch.eig returns a (real, imaginary) pair per eigenvalue);
 *  - redundancy: the accuracy drop of ternary weights (below 2.5 %);
 *  - theory: E_∞(3) and E_0(3).
 *
 * A paper value at a size or width that the scale did not run shows "—" for ours. Modes and peaks are the centre
 * of the fullest bin of width 0.01 (the paper's histograms are read to about that tick).
 */
import type { FigureInput } from '../claims/claim.js';
import type { ClaimResult, PaperComparisonRow } from '../claims/claim-result.js';
import type { NetworkMetrics, RunRecord, SpinGlassMetrics } from '../experiments/run-record.js';
import { loadPaperFixture, type PaperFixture, type PaperLossReading } from '../paper/paper-fixture.js';
import { criticalLevel } from '../theory/critical-levels.js';
import { eInfinity } from '../theory/e-infinity.js';

/** Bin width of the modes and peaks (H/N and NLL), about one tick of the paper's histograms. */
export const MODE_BIN = 0.01;

const ok = (records: readonly RunRecord[] | undefined): RunRecord[] =>
  (records ?? []).filter((r) => r.status === 'ok' && r.metrics !== null);
const bySize = (records: readonly RunRecord[], size: number) => records.filter((r) => r.size === size);
const trainLoss = (r: RunRecord) => (r.metrics as NetworkMetrics).trainLoss;
const testLoss = (r: RunRecord) => (r.metrics as NetworkMetrics).testLoss;
const scaledEnergy = (r: RunRecord) => (r.metrics as SpinGlassMetrics).scaledEnergy;
const round = (x: number, digits = 4) => Number(x.toPrecision(digits));

/** "lo to hi" of the finite values, or null when there are none. */
export function rangeText(values: readonly number[], digits = 4): string | null {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return null;
  return `${round(Math.min(...finite), digits)} to ${round(Math.max(...finite), digits)}`;
}

/** Centre of the fullest bin of width `bin` (bins aligned on multiples of `bin`; ties to the lower bin), or null. */
export function histogramMode(values: readonly number[], bin = MODE_BIN): number | null {
  const counts = new Map<number, number>();
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    const k = Math.floor(v / bin);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: number | null = null;
  let most = 0;
  for (const [k, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (c > most) {
      most = c;
      best = k;
    }
  }
  return best === null ? null : round((best + 0.5) * bin, 6);
}

function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

function sampleVariance(values: readonly number[]): number | null {
  const m = meanOf(values);
  if (m === null || values.length < 2) return null;
  return values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1);
}

function pearsonOf(x: readonly number[], y: readonly number[]): number | null {
  const mx = meanOf(x);
  const my = meanOf(y);
  if (mx === null || my === null || x.length < 3) return null;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

const rangeOfPaper = (lo: number, hi: number) => `${lo} to ${hi}`;
const orNull = (x: number | null, digits = 4) => (x === null ? null : round(x, digits));

function bandRows(input: FigureInput, paper: PaperFixture): PaperComparisonRow[] {
  const spin = ok(input.records.spin);
  const fig3 = paper.spinGlass.fig3ScaledEnergyRanges;
  const rows: PaperComparisonRow[] = [];
  for (const row of fig3.rows) {
    const values = bySize(spin, row.N).map(scaledEnergy);
    rows.push({
      quantity: `H/N range of the minima found at N = ${row.N} (Fig. 3; ours: all starts, all landscapes)`,
      ours: rangeText(values),
      paper: rangeOfPaper(row.min, row.max),
      tag: fig3.tag,
    });
    if (row.mode !== undefined) {
      rows.push({
        quantity: `mode of H/N at N = ${row.N} (Fig. 3, bins ${MODE_BIN})`,
        ours: histogramMode(values),
        paper: row.mode,
        tag: fig3.tag,
      });
    }
  }
  const scaled = paper.networks.fig3ScaledTestLoss;
  for (const row of scaled.rows) {
    rows.push({
      quantity: `scaled test loss range at n1 = ${row.n1}, mode ${row.mode} (Fig. 3; not comparable: the paper does not report its α, β)`,
      ours: null,
      paper: rangeOfPaper(row.min, row.max),
      tag: scaled.tag,
    });
  }
  return rows;
}

function scalingRows(input: FigureInput, paper: PaperFixture): PaperComparisonRow[] {
  const nets = ok(input.records.network);
  const fig10 = paper.networks.fig10TestLoss;
  return fig10.rows.flatMap((row) => {
    const test = bySize(nets, row.n1).map(testLoss);
    return [
      {
        quantity: `mean test NLL at n1 = ${row.n1} (Fig. 10)`,
        ours: orNull(meanOf(test)),
        paper: row.mean,
        tag: fig10.tag,
      },
      {
        quantity: `variance of the test NLL at n1 = ${row.n1} (Fig. 10)`,
        ours: orNull(sampleVariance(test), 3),
        paper: row.variance,
        tag: fig10.tag,
      },
    ];
  });
}

function decorrelationRows(input: FigureInput, paper: PaperFixture): PaperComparisonRow[] {
  const nets = ok(input.records.network);
  const table1 = paper.networks.table1TrainTestPearson;
  const fig7 = paper.networks.fig7TrainTestRanges;
  return [
    ...table1.rows.map((row) => {
      const own = bySize(nets, row.n1);
      return {
        quantity: `Pearson r(train, test) at n1 = ${row.n1} (Table 1)`,
        ours: orNull(pearsonOf(own.map(trainLoss), own.map(testLoss))),
        paper: row.rho,
        tag: table1.tag,
      };
    }),
    ...fig7.rows.flatMap((row) => {
      const own = bySize(nets, row.n1);
      return [
        {
          quantity: `train NLL range at n1 = ${row.n1} (Fig. 7)`,
          ours: rangeText(own.map(trainLoss)),
          paper: rangeOfPaper(...row.train),
          tag: fig7.tag,
        },
        {
          quantity: `test NLL range at n1 = ${row.n1} (Fig. 7)`,
          ours: rangeText(own.map(testLoss)),
          paper: rangeOfPaper(...row.test),
          tag: fig7.tag,
        },
      ];
    }),
  ];
}

function groundStateHardnessRows(input: FigureInput, paper: PaperFixture): PaperComparisonRow[] {
  const nets = ok(input.records.network);
  const fig7 = paper.networks.fig7TrainTestRanges;
  // The paper's note on Fig. 7: the gap grows from about 0 at n1 = 2 to about 0.013 at n1 = 500 (midpoints).
  return fig7.rows.map((row) => {
    const own = bySize(nets, row.n1);
    const gap = meanOf(own.map((r) => testLoss(r) - trainLoss(r)));
    const paperGap = (row.test[0] + row.test[1]) / 2 - (row.train[0] + row.train[1]) / 2;
    return {
      quantity: `test − train NLL at n1 = ${row.n1} (Fig. 7; paper: midpoint of the test range − midpoint of the train range)`,
      ours: orNull(gap, 3),
      paper: round(paperGap, 3),
      tag: fig7.tag,
    };
  });
}

function readingRows(
  label: string,
  n1: number,
  values: readonly number[],
  reading: PaperLossReading,
  tag: string,
): PaperComparisonRow[] {
  if ('about' in reading) {
    return [
      {
        quantity: `${label} test NLL at n1 = ${n1}, typical value (Fig. 6; ours: median)`,
        ours: orNull(median(values)),
        paper: reading.about,
        tag,
      },
    ];
  }
  return [
    {
      quantity: `${label} test NLL range at n1 = ${n1} (Fig. 6)`,
      ours: rangeText(values),
      paper: rangeOfPaper(reading.min, reading.max),
      tag,
    },
    {
      quantity: `${label} test NLL peak at n1 = ${n1} (Fig. 6, bins ${MODE_BIN})`,
      ours: histogramMode(values),
      paper: reading.peak,
      tag,
    },
  ];
}

function median(values: readonly number[]): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function sgdVsAnnealingRows(input: FigureInput, paper: PaperFixture): PaperComparisonRow[] {
  const sgd = ok(input.records.networkSgd);
  const sa = ok(input.records.networkSa);
  const fig6 = paper.annealing.sgdVersusSa;
  return fig6.rows.flatMap((row) => [
    ...readingRows('SGD', row.nh, bySize(sgd, row.nh).map(testLoss), row.sgd, fig6.tag),
    ...readingRows('annealing', row.nh, bySize(sa, row.nh).map(testLoss), row.sa, fig6.tag),
  ]);
}

/** k/D as recorded, and k/(2D) (the authors' code: torch.eig's (real, imaginary) pairs double the count). */
const NORMALISATIONS: { label: string; of: (r: RunRecord) => number }[] = [
  { label: 'k/D', of: (r) => (r.metrics as NetworkMetrics).normalizedIndex ?? Number.NaN },
  { label: 'k/(2D)', of: (r) => ((r.metrics as NetworkMetrics).normalizedIndex ?? Number.NaN) / 2 },
];

function lowIndexRows(input: FigureInput, paper: PaperFixture): PaperComparisonRow[] {
  const nets = ok(input.records.network).filter(
    (r) => typeof (r.metrics as NetworkMetrics).normalizedIndex === 'number',
  );
  const hist = paper.index.histograms;
  const statement = paper.index.statement;
  const rows: PaperComparisonRow[] = [];
  for (const row of hist.rows) {
    const own = bySize(nets, row.n1);
    const fig = row.n1 === 25 ? 'Fig. 4' : 'Fig. 5';
    for (const bin of row.bins) {
      for (const n of NORMALISATIONS) {
        const values = own.map(n.of);
        const share =
          values.length === 0 ? null : values.filter((v) => v >= bin.from && v < bin.to).length / values.length;
        rows.push({
          quantity: `share of networks with normalized index in [${bin.from.toPrecision(2)}, ${bin.to.toPrecision(2)}) at n1 = ${row.n1} (${fig}; ours as ${n.label})`,
          ours: orNull(share, 3),
          paper: round(bin.count / row.networks, 3),
          tag: hist.tag,
        });
      }
    }
    for (const n of NORMALISATIONS) {
      const values = own.map(n.of);
      rows.push({
        quantity: `largest normalized index at n1 = ${row.n1} (${fig}; ours as ${n.label})`,
        ours: values.length === 0 ? null : round(Math.max(...values), 3),
        paper: row.largest,
        tag: hist.tag,
      });
    }
  }
  for (const n of NORMALISATIONS) {
    const values = nets.map(n.of);
    rows.push({
      quantity: `largest normalized index over all widths ("of the order of 0.01", section 6; ours as ${n.label})`,
      ours: values.length === 0 ? null : round(Math.max(...values), 3),
      paper: 0.01,
      tag: statement.tag,
    });
  }
  return rows;
}

function redundancyRows(input: FigureInput, paper: PaperFixture): PaperComparisonRow[] {
  const full = ok(input.records.full);
  const ternary = ok(input.records.ternary);
  const entry = paper.annealing.redundancy;
  const widths = [...new Set(full.map((r) => r.size))].sort((a, b) => a - b);
  const accuracy = (r: RunRecord) => (r.metrics as NetworkMetrics).testAccuracy;
  return widths.map((w) => {
    const f = meanOf(bySize(full, w).map(accuracy));
    const t = meanOf(bySize(ternary, w).map(accuracy));
    return {
      quantity: `accuracy drop of ternary weights at n1 = ${w}, mean full − mean ternary (paper: below, any width)`,
      ours: f === null || t === null ? null : round(f - t, 3),
      paper: entry.accuracyDropBelow,
      tag: entry.tag,
    };
  });
}

function theoryRows(_input: FigureInput, paper: PaperFixture): PaperComparisonRow[] {
  return [
    {
      quantity: 'E_∞(3) = 2√(2/3)',
      ours: round(eInfinity(3), 7),
      paper: paper.theory.eInfinity3.value,
      tag: paper.theory.eInfinity3.tag,
    },
    {
      quantity: 'E_0(3) (ground state)',
      ours: round(criticalLevel(3, 0), 7),
      paper: paper.theory.e0_3.value,
      tag: paper.theory.e0_3.tag,
    },
  ];
}

const ROWS_BY_CLAIM: Record<string, (input: FigureInput, paper: PaperFixture) => PaperComparisonRow[]> = {
  band: bandRows,
  scaling: scalingRows,
  decorrelation: decorrelationRows,
  'ground-state-hardness': groundStateHardnessRows,
  'sgd-vs-annealing': sgdVsAnnealingRows,
  'low-index': lowIndexRows,
  redundancy: redundancyRows,
  theory: theoryRows,
};

/** The tag of a row a claim wrote itself, recognised by the figure or table it names (undefined if none). */
function tagOfClaimRow(quantity: string, paper: PaperFixture): string | undefined {
  if (/Table 1/.test(quantity)) return paper.networks.table1TrainTestPearson.tag;
  if (/E_∞\(3\)/.test(quantity)) return paper.theory.eInfinity3.tag;
  if (/E_0\(3\)/.test(quantity)) return paper.theory.e0_3.tag;
  if (/Fig\. 1\b/.test(quantity)) return (paper.theory.fig1 as { tag?: string } | undefined)?.tag;
  if (/Fig\. 6/.test(quantity)) return paper.annealing.sgdVersusSa.tag;
  if (/ternary/.test(quantity)) return paper.annealing.redundancy.tag;
  return undefined;
}

/** Our numbers beside the paper's for claim `claimId` (empty for a claim the paper gives no number for). */
export function paperColumnRows(claimId: string, input: FigureInput, paper: PaperFixture): PaperComparisonRow[] {
  return ROWS_BY_CLAIM[claimId]?.(input, paper) ?? [];
}

let cached: PaperFixture | null = null;

/** The paper fixture for figures: loaded once; null when it cannot be read (figures then draw ours only). */
export function reportPaperFixture(): PaperFixture | null {
  try {
    cached ??= loadPaperFixture();
    return cached;
  } catch {
    return null;
  }
}

/**
 * The claim's result with the paper column: the rows the claim wrote itself (tagged where the quantity names its
 * source), then the rows of {@link paperColumnRows}; a quantity both give is shown once, with our computed row.
 * When fixtures/paper.json cannot be read, the result is returned unchanged with a reason note.
 */
export function withPaperColumn(claimId: string, input: FigureInput, result: ClaimResult): ClaimResult {
  let paper: PaperFixture;
  try {
    cached ??= loadPaperFixture();
    paper = cached;
  } catch (error) {
    return { ...result, reason: `${result.reason} (paper column left out: ${(error as Error).message})` };
  }
  const computed = paperColumnRows(claimId, input, paper);
  const names = new Set(computed.map((r) => r.quantity));
  const own = (result.paperComparison ?? [])
    .filter((r) => !names.has(r.quantity))
    .map((r) => (r.tag !== undefined ? r : { ...r, tag: tagOfClaimRow(r.quantity, paper) }));
  const rows = [...own, ...computed];
  return rows.length === 0 ? result : { ...result, paperComparison: rows };
}
