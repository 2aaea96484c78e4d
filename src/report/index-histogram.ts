import type { TopLevelSpec } from 'vega-lite';
import { FIGURE_CONFIG, sizeOrder, VEGA_LITE_SCHEMA } from './figure-style.js';

export interface IndexHistogramOptions {
  title?: string;
  /** Row header prefix, default 'n1' (hidden width). */
  groupLabel?: string;
  /** Number of bins, default 20. */
  bins?: number;
  /** Range of the x axis and bins, default [0, 1]; narrow it when every index is small. */
  extent?: [number, number];
  /** Reference lines per group (e.g. the paper's largest index at that width), drawn in that group's row. */
  groupMarkers?: { group: number | string; label: string; value: number }[];
}

/**
 * Histograms of the normalized Hessian index (negative eigenvalues / dimension, in [0, 1]) of the points an
 * optimizer stopped at, one row per group (e.g. hidden width): paper Fig. 4 and 5. The bins cover [0, 1] in every
 * row (or `extent`), so an index-0 spike (minima) is the leftmost bar. Rows in order of the group's number.
 */
export function indexHistogram(
  rows: readonly { group: number | string; normalizedIndex: number }[],
  options: IndexHistogramOptions = {},
): TopLevelSpec {
  const groupLabel = options.groupLabel ?? 'n1';
  const bins = options.bins ?? 20;
  const [lo, hi] = options.extent ?? [0, 1];
  const counted = rows
    .filter((r) => Number.isFinite(r.normalizedIndex))
    .map((r) => ({ kind: 'run', group: r.group, normalizedIndex: r.normalizedIndex }));
  const groups = sizeOrder(counted.map((r) => r.group));
  const markers = (options.groupMarkers ?? [])
    .filter((m) => groups.includes(m.group))
    .map((m) => ({ kind: 'marker', group: m.group, marker: m.label, markerValue: Math.min(hi, m.value) }));
  const values = [...counted, ...markers];
  const x = {
    field: 'normalizedIndex',
    type: 'quantitative' as const,
    bin: { extent: [lo, hi] as [number, number], step: (hi - lo) / bins },
    scale: { domain: [lo, hi] },
    title: 'normalized index (negative eigenvalues / dimension)',
  };
  const bars = {
    transform: [{ filter: "datum.kind === 'run'" }],
    mark: { type: 'bar' as const, color: '#72b7b2', binSpacing: 0 },
    encoding: {
      x,
      y: { aggregate: 'count' as const, type: 'quantitative' as const, title: 'count' },
      tooltip: [
        { field: 'group', type: 'nominal' as const, title: 'group' },
        { ...x, title: 'normalized index' },
        { aggregate: 'count' as const, type: 'quantitative' as const, title: 'runs' },
      ],
    },
  };
  const rules = {
    transform: [{ filter: "datum.kind === 'marker'" }],
    mark: { type: 'rule' as const, strokeWidth: 2, strokeDash: [4, 2] },
    encoding: {
      x: { field: 'markerValue', type: 'quantitative' as const },
      color: { field: 'marker', type: 'nominal' as const, title: 'marker', scale: { range: ['#9d755d', '#e45756'] } },
      tooltip: [
        { field: 'marker', type: 'nominal' as const, title: 'marker' },
        { field: 'markerValue', type: 'quantitative' as const, title: 'value' },
      ],
    },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? 'Normalized index of the points reached',
    config: FIGURE_CONFIG,
    data: { values },
    facet: {
      row: {
        field: 'group',
        type: 'ordinal',
        sort: groups as number[] | string[],
        title: null,
        header: {
          labelAngle: 0,
          labelAlign: 'left',
          labelExpr: groupLabel === '' ? 'datum.value' : `${JSON.stringify(`${groupLabel} = `)} + datum.value`,
        },
      },
    },
    spec: {
      width: 420,
      height: 70,
      layer: markers.length > 0 ? [bars, rules] : [bars],
    },
    resolve: { scale: { y: 'independent' } },
  };
}
