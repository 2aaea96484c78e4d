import type { TopLevelSpec } from 'vega-lite';
import { FIGURE_CONFIG, VEGA_LITE_SCHEMA } from './figure-style.js';

export interface OptimizerComparisonOptions {
  title: string;
  yLabel: string;
  /** Column header prefix, default 'n1'. */
  sizeLabel?: string;
}

/**
 * Distributions of the final losses of two (or more) optimizers side by side, one panel per size, as box plots
 * (median, quartiles, whiskers at 1.5 IQR, outliers as points): paper Fig. 6
 * (SGD against simulated annealing).
 */
export function optimizerComparison(
  rows: readonly { size: number | string; method: string; value: number }[],
  options: OptimizerComparisonOptions,
): TopLevelSpec {
  const sizeLabel = options.sizeLabel ?? 'n1';
  const values = rows
    .filter((r) => Number.isFinite(r.value))
    .map((r) => ({ size: r.size, method: r.method, value: r.value }));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title,
    config: FIGURE_CONFIG,
    data: { values },
    facet: {
      column: {
        field: 'size',
        type: 'ordinal',
        sort: 'ascending',
        title: null,
        header: { labelExpr: `${JSON.stringify(`${sizeLabel} = `)} + datum.value` },
      },
    },
    spec: {
      width: 90,
      height: 240,
      mark: { type: 'boxplot', extent: 1.5, size: 28 },
      encoding: {
        x: { field: 'method', type: 'nominal', title: null, axis: { labelAngle: 0 } },
        y: { field: 'value', type: 'quantitative', title: options.yLabel, scale: { zero: false } },
        color: { field: 'method', type: 'nominal', title: 'method' },
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
}
