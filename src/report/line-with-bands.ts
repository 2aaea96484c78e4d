import type { TopLevelSpec } from 'vega-lite';
import { FIGURE_CONFIG, VEGA_LITE_SCHEMA } from './figure-style.js';

export interface LineWithBandsOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  /** Logarithmic axes (all x, resp. y, values must then be positive). */
  logX?: boolean;
  logY?: boolean;
}

/**
 * Lines with points per series against x, with a shaded band from `lower` to `upper` where a row has both (e.g. a
 * confidence interval): mean and variance of the final loss against width (paper Fig. 10), and fitted curves (a
 * series without bands, drawn as a plain line).
 */
export function lineWithBands(
  rows: readonly { x: number; y: number; lower?: number | null; upper?: number | null; series: string }[],
  options: LineWithBandsOptions,
): TopLevelSpec {
  const values = rows
    .filter((r) => Number.isFinite(r.x) && Number.isFinite(r.y))
    .map((r) => {
      const hasBand = Number.isFinite(r.lower) && Number.isFinite(r.upper);
      return hasBand
        ? { x: r.x, y: r.y, lower: r.lower, upper: r.upper, series: r.series }
        : { x: r.x, y: r.y, series: r.series };
    });
  const xScale = options.logX ? { type: 'log' as const } : { zero: false };
  const yScale = options.logY ? { type: 'log' as const } : { zero: false };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title,
    config: FIGURE_CONFIG,
    width: 460,
    height: 280,
    data: { values },
    encoding: {
      x: { field: 'x', type: 'quantitative', title: options.xLabel, scale: xScale },
      color: { field: 'series', type: 'nominal', title: 'series' },
    },
    // The line layer comes first so that the shared colour legend shows line symbols; the translucent band is
    // drawn over it.
    layer: [
      {
        mark: { type: 'line', point: true, strokeWidth: 2 },
        encoding: { y: { field: 'y', type: 'quantitative', title: options.yLabel, scale: yScale } },
      },
      {
        transform: [{ filter: 'isValid(datum.lower) && isValid(datum.upper)' }],
        mark: { type: 'area', opacity: 0.18 },
        encoding: {
          y: { field: 'lower', type: 'quantitative', title: options.yLabel, scale: yScale },
          y2: { field: 'upper' },
        },
      },
    ],
  };
}
