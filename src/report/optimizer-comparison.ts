import type { TopLevelSpec } from 'vega-lite';
import { FIGURE_CONFIG, sizeOrder, VEGA_LITE_SCHEMA } from './figure-style.js';
import { runIdentity, sizeFacet } from './size-facet.js';

export interface OptimizerComparisonOptions {
  title: string;
  yLabel: string;
  /** Column header prefix, default 'n1'. */
  sizeLabel?: string;
  /**
   * The paper's reading per size and method: a range (drawn as a thick translucent bar beside the box) and its peak
   * or typical value (a tick).
   */
  paperReadings?: PaperReading[];
  /** Tooltip text of the paper's readings, default "paper". */
  paperLabel?: string;
}

/** The paper's reading of one optimizer's final losses at one size: a range with a peak, or one typical value. */
export interface PaperReading {
  size: number | string;
  method: string;
  min?: number;
  max?: number;
  peak: number;
}

/** One run's final loss, with (for the tooltip) its run number and seed. */
export interface OptimizerRunValue {
  size: number | string;
  method: string;
  value: number;
  run?: number;
  seed?: number | string;
}

/**
 * Distributions of the final losses of two (or more) optimizers side by side, one panel per size (in order of size
 * as numbers), as box plots (median, quartiles, whiskers at 1.5 IQR) with every run as a faint point (its tooltip
 * names size, run and seed): paper Fig. 6 (SGD against simulated annealing), with the paper's readings where given.
 */
export function optimizerComparison(
  rows: readonly OptimizerRunValue[],
  options: OptimizerComparisonOptions,
): TopLevelSpec {
  const sizeLabel = options.sizeLabel ?? 'n1';
  const runs = rows
    .filter((r) => Number.isFinite(r.value))
    .map((r) => ({
      kind: 'run',
      size: r.size,
      method: r.method,
      value: r.value,
      ...runIdentity(r),
    }));
  const sizes = sizeOrder(runs.map((r) => r.size));
  const paperLabel = options.paperLabel ?? 'paper';
  const readings = (options.paperReadings ?? [])
    .filter((p) => sizes.includes(p.size))
    .map((p) => ({
      kind: 'paper',
      size: p.size,
      method: p.method,
      source: paperLabel,
      paperPeak: p.peak,
      ...(p.min === undefined || p.max === undefined ? {} : { paperMin: p.min, paperMax: p.max }),
    }));
  const x = { field: 'method', type: 'nominal' as const, title: null, axis: { labelAngle: 0 } };
  const paperTooltip = [
    { field: 'source', type: 'nominal' as const, title: 'source' },
    { field: 'method', type: 'nominal' as const, title: 'method' },
    { field: 'paperMin', type: 'quantitative' as const, title: 'paper min' },
    { field: 'paperMax', type: 'quantitative' as const, title: 'paper max' },
    { field: 'paperPeak', type: 'quantitative' as const, title: 'paper peak' },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title,
    config: FIGURE_CONFIG,
    data: { values: [...runs, ...readings] },
    facet: { column: sizeFacet('size', sizes, sizeLabel) },
    spec: {
      width: 110,
      height: 240,
      layer: [
        ...(readings.length > 0
          ? [
              {
                transform: [{ filter: "datum.kind === 'paper' && isValid(datum.paperMin)" }],
                mark: { type: 'bar' as const, color: '#9d755d', opacity: 0.25, width: 44 },
                encoding: {
                  x,
                  y: { field: 'paperMin', type: 'quantitative' as const },
                  y2: { field: 'paperMax' },
                  tooltip: paperTooltip,
                },
              },
              {
                transform: [{ filter: "datum.kind === 'paper'" }],
                mark: { type: 'tick' as const, color: '#9d755d', thickness: 3, size: 44 },
                encoding: { x, y: { field: 'paperPeak', type: 'quantitative' as const }, tooltip: paperTooltip },
              },
            ]
          : []),
        {
          transform: [{ filter: "datum.kind === 'run'" }],
          mark: { type: 'boxplot', extent: 1.5, size: 28, outliers: false },
          encoding: {
            x,
            y: { field: 'value', type: 'quantitative', title: options.yLabel, scale: { zero: false } },
            color: { field: 'method', type: 'nominal', title: 'method' },
          },
        },
        {
          transform: [{ filter: "datum.kind === 'run'" }],
          mark: { type: 'point', filled: true, size: 12, opacity: 0.35, color: '#333' },
          encoding: {
            x,
            y: { field: 'value', type: 'quantitative' },
            tooltip: [
              { field: 'size', type: 'ordinal', title: sizeLabel },
              { field: 'method', type: 'nominal', title: 'method' },
              { field: 'run', type: 'quantitative', title: 'run' },
              { field: 'seed', type: 'nominal', title: 'seed' },
              { field: 'value', type: 'quantitative', title: options.yLabel },
            ],
          },
        },
      ],
    },
    resolve: { scale: { y: 'independent' } },
  };
}

/** One run's loss after a share of its budget (0 … 1). */
export interface LossCurvePoint {
  size: number | string;
  method: string;
  run: number;
  budget: number;
  loss: number;
}

/**
 * Loss against the share of each method's own budget (issue 10: both methods run to their plateau), one panel per
 * size: every run a faint line, the mean over runs a thick one. The last fifth (0.8 … 1) is shaded: a plateau is a
 * drop of < 2 % there.
 */
export function lossCurves(
  points: readonly LossCurvePoint[],
  options: { title: string; yLabel: string; sizeLabel?: string },
): TopLevelSpec {
  const sizeLabel = options.sizeLabel ?? 'n1';
  const values = points.filter((p) => Number.isFinite(p.loss)).map((p) => ({ ...p, key: `${p.method} ${p.run}` }));
  const sizes = sizeOrder(values.map((p) => p.size));
  const x = { field: 'budget', type: 'quantitative' as const, title: 'share of budget', scale: { domain: [0, 1] } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title,
    config: FIGURE_CONFIG,
    data: { values },
    facet: { column: sizeFacet('size', sizes, sizeLabel) },
    spec: {
      width: 150,
      height: 200,
      layer: [
        {
          mark: { type: 'rect', color: '#ddd', opacity: 0.4 },
          data: { values: [{ from: 0.8, to: 1 }] },
          encoding: { x: { field: 'from', type: 'quantitative' }, x2: { field: 'to' } },
        },
        {
          mark: { type: 'line', strokeWidth: 0.6, opacity: 0.3 },
          encoding: {
            x,
            y: { field: 'loss', type: 'quantitative', title: options.yLabel, scale: { zero: false } },
            color: { field: 'method', type: 'nominal', title: 'method' },
            detail: { field: 'key', type: 'nominal' },
          },
        },
        {
          mark: { type: 'line', strokeWidth: 2.5 },
          encoding: {
            x,
            y: { aggregate: 'mean', field: 'loss', type: 'quantitative' },
            color: { field: 'method', type: 'nominal' },
          },
        },
      ],
    },
    resolve: { scale: { y: 'independent' } },
  };
}
