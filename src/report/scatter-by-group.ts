import type { TopLevelSpec } from 'vega-lite';
import { FIGURE_CONFIG, VEGA_LITE_SCHEMA } from './figure-style.js';

export interface ScatterOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  /** Panel header prefix, default 'n1'. */
  groupLabel?: string;
  /** Panels per row, default 3. */
  columns?: number;
}

/**
 * One scatter panel per group (e.g. test loss against train loss, one panel per hidden width: paper Fig. 7), each
 * panel with its own axes since the spread shrinks with the width.
 */
export function scatter(
  rows: readonly { x: number; y: number; group: number | string }[],
  options: ScatterOptions,
): TopLevelSpec {
  const groupLabel = options.groupLabel ?? 'n1';
  const values = rows
    .filter((r) => Number.isFinite(r.x) && Number.isFinite(r.y))
    .map((r) => ({ x: r.x, y: r.y, group: r.group }));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title,
    config: FIGURE_CONFIG,
    data: { values },
    facet: {
      field: 'group',
      type: 'ordinal',
      sort: 'ascending',
      title: null,
      header: { labelExpr: `${JSON.stringify(`${groupLabel} = `)} + datum.value` },
    },
    columns: options.columns ?? 3,
    spec: {
      width: 200,
      height: 180,
      mark: { type: 'point', filled: true, size: 14, opacity: 0.45 },
      encoding: {
        x: { field: 'x', type: 'quantitative', title: options.xLabel, scale: { zero: false } },
        y: { field: 'y', type: 'quantitative', title: options.yLabel, scale: { zero: false } },
        color: { field: 'group', type: 'ordinal', legend: null, scale: { scheme: 'viridis' } },
      },
    },
    resolve: { scale: { x: 'independent', y: 'independent' } },
  };
}
