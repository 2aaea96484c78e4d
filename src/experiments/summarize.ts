/**
 * The one summarizer of run records, for the commands that print runs (`run`, `spinglass`, `network`):
 * {@link summarizeValues} (count, mean, sd, min, max of one metric), {@link indexCounts} (runs per Hessian index)
 * and {@link summarizeRecords}, a per-size table of stored, ok, diverged and missing runs with the headline metric
 * (scaled energy H/N for the spin glass, test loss for networks). Diverged runs are counted, never averaged in.
 */
import { mean } from '../stats/mean.js';
import { standardDeviation } from '../stats/standard-deviation.js';
import type { RunRecord } from './run-record.js';
import type { ExperimentSpec } from './spec.js';

/** A metric over runs: null statistics when there are no values (sd: fewer than two). */
export interface MetricSummary {
  count: number;
  mean: number | null;
  /** Sample standard deviation (n − 1). */
  sd: number | null;
  min: number | null;
  max: number | null;
}

export function summarizeValues(values: readonly number[]): MetricSummary {
  const count = values.length;
  return {
    count,
    mean: count > 0 ? mean(values) : null,
    sd: count > 1 ? standardDeviation(values) : null,
    min: count > 0 ? Math.min(...values) : null,
    max: count > 0 ? Math.max(...values) : null,
  };
}

/** Hessian index → number of runs ending there, over the records that measured it. */
export function indexCounts(records: readonly RunRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of records) {
    const index = r.metrics?.index;
    if (typeof index === 'number') counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

export interface SizeSummary {
  size: number;
  stored: number;
  ok: number;
  diverged: number;
  missing: number;
  metric: string;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Mean normalized index over ok runs that measured it (null when not measured). */
  meanNormalizedIndex: number | null;
}

export function headlineMetric(spec: ExperimentSpec): string {
  return spec.landscape.kind === 'spinglass' ? 'scaledEnergy' : 'testLoss';
}

export function summarizeRecords(spec: ExperimentSpec, records: RunRecord[]): SizeSummary[] {
  const metric = headlineMetric(spec);
  return [...spec.sizes]
    .sort((a, b) => a - b)
    .map((size) => {
      const mine = records.filter((r) => r.size === size && r.run < spec.runsPerSize);
      const ok = mine.filter((r) => r.status === 'ok' && r.metrics !== null);
      const values = ok.map((r) => (r.metrics as unknown as Record<string, number>)[metric]);
      const indices = ok.map((r) => r.metrics?.normalizedIndex).filter((v): v is number => typeof v === 'number');
      const { mean, min, max } = summarizeValues(values);
      return {
        size,
        stored: mine.length,
        ok: ok.length,
        diverged: mine.length - ok.length,
        missing: spec.runsPerSize - mine.length,
        metric,
        mean,
        min,
        max,
        meanNormalizedIndex: summarizeValues(indices).mean,
      };
    });
}

function fmt(v: number | null): string {
  return v === null ? '—' : v.toPrecision(6);
}

/** A plain-text table, one line per size. */
export function formatSummary(rows: SizeSummary[]): string {
  const header = [
    'size',
    'ok',
    'diverged',
    'missing',
    `mean ${rows[0]?.metric ?? ''}`,
    'min',
    'max',
    'mean norm. index',
  ];
  const lines = rows.map((r) =>
    [r.size, r.ok, r.diverged, r.missing, fmt(r.mean), fmt(r.min), fmt(r.max), fmt(r.meanNormalizedIndex)].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const render = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [render(header), ...lines.map(render)].join('\n');
}
