import type { TopLevelSpec } from 'vega-lite';
import { FIGURE_CONFIG, VEGA_LITE_SCHEMA } from './figure-style.js';

export interface IndexHistogramOptions {
  title?: string;
  /** Row header prefix, default 'n1' (hidden width). */
  groupLabel?: string;
  /** Number of bins, default 20. */
  bins?: number;
  /** Range of the x axis and bins, default [0, 1]; narrow it when every index is small. */
  extent?: [number, number];
}

/**
 * Histograms of the normalized Hessian index (negative eigenvalues / dimension, in [0, 1]) of the points an
 * optimizer stopped at, one row per group (e.g. hidden width): paper Fig. 4 and 5. The bins cover [0, 1] in every
 * row (or `extent`), so an index-0 spike (minima) is the leftmost bar.
 */
export function indexHistogram(
  rows: readonly { group: number | string; normalizedIndex: number }[],
  options: IndexHistogramOptions = {},
): TopLevelSpec {
  const groupLabel = options.groupLabel ?? 'n1';
  const bins = options.bins ?? 20;
  const [lo, hi] = options.extent ?? [0, 1];
  const values = rows
    .filter((r) => Number.isFinite(r.normalizedIndex))
    .map((r) => ({ group: r.group, normalizedIndex: r.normalizedIndex }));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? 'Normalized index of the points reached',
    config: FIGURE_CONFIG,
    data: { values },
    facet: {
      row: {
        field: 'group',
        type: 'ordinal',
        sort: 'ascending',
        title: null,
        header: { labelAngle: 0, labelAlign: 'left', labelExpr: `${JSON.stringify(`${groupLabel} = `)} + datum.value` },
      },
    },
    spec: {
      width: 420,
      height: 70,
      mark: { type: 'bar', color: '#72b7b2', binSpacing: 0 },
      encoding: {
        x: {
          field: 'normalizedIndex',
          type: 'quantitative',
          bin: { extent: [lo, hi], step: (hi - lo) / bins },
          scale: { domain: [lo, hi] },
          title: 'normalized index (negative eigenvalues / dimension)',
        },
        y: { aggregate: 'count', type: 'quantitative', title: 'count' },
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
}
