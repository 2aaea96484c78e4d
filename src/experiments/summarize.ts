/**
 * A per-size summary of a spec's records for the `run` command: how many runs are stored, ok, diverged and
 * missing, and the mean/min/max of the headline metric (scaled energy H/N for the spin glass, test loss for
 * networks) over the ok runs. Diverged runs are counted, never averaged in.
 */
import type { RunRecord } from './run-record.js';
import type { ExperimentSpec } from './spec.js';

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

function meanOf(values: number[]): number | null {
  if (values.length === 0) return null;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
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
      return {
        size,
        stored: mine.length,
        ok: ok.length,
        diverged: mine.length - ok.length,
        missing: spec.runsPerSize - mine.length,
        metric,
        mean: meanOf(values),
        min: values.length ? Math.min(...values) : null,
        max: values.length ? Math.max(...values) : null,
        meanNormalizedIndex: meanOf(indices),
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
