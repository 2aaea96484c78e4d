import type { TopLevelSpec } from 'vega-lite';
import { FIGURE_CONFIG, finiteExtent, VEGA_LITE_SCHEMA } from './figure-style.js';

/** A labelled vertical reference line, e.g. {label: '−E_∞', value: −1.633}. */
export interface FigureMarker {
  label: string;
  value: number;
}

export interface HistogramsBySizeOptions {
  title: string;
  xLabel: string;
  markers?: FigureMarker[];
  /** Row header title, default 'size'. */
  sizeLabel?: string;
  /** Maximum number of bins, default 40. */
  maxBins?: number;
}

/**
 * Histograms of one quantity (e.g. the scaled loss H/N of the minima found) per system size, one row per size,
 * sharing one x axis and one set of bins, with vertical rules at the markers (paper Fig. 3 and 8, with −E_0 and
 * −E_∞). Non-finite values are left out and counted in the subtitle.
 */
export function histogramsBySize(
  rows: readonly { size: number | string; value: number }[],
  options: HistogramsBySizeOptions,
): TopLevelSpec {
  const markers = options.markers ?? [];
  const sizeLabel = options.sizeLabel ?? 'size';
  const finiteRows = rows.filter((r) => Number.isFinite(r.value));
  const dropped = rows.length - finiteRows.length;
  const sizes = [...new Set(finiteRows.map((r) => r.size))];
  const extent = finiteExtent([...finiteRows.map((r) => r.value), ...markers.map((m) => m.value)]);
  const values = [
    ...finiteRows.map((r) => ({ kind: 'value', size: r.size, value: r.value })),
    // Each marker is repeated once per size so that it is drawn in every row of the facet.
    ...sizes.flatMap((size) => markers.map((m) => ({ kind: 'marker', size, marker: m.label, markerValue: m.value }))),
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: dropped > 0 ? { text: options.title, subtitle: `${dropped} non-finite value(s) left out` } : options.title,
    config: FIGURE_CONFIG,
    data: { values },
    facet: {
      row: {
        field: 'size',
        type: 'ordinal',
        sort: 'ascending',
        title: null,
        header: { labelAngle: 0, labelAlign: 'left', labelExpr: `${JSON.stringify(`${sizeLabel} = `)} + datum.value` },
      },
    },
    spec: {
      width: 460,
      height: 80,
      layer: [
        {
          transform: [{ filter: "datum.kind === 'value'" }],
          mark: { type: 'bar', color: '#4c78a8', binSpacing: 0 },
          encoding: {
            x: {
              field: 'value',
              type: 'quantitative',
              bin: { maxbins: options.maxBins ?? 40, extent },
              title: options.xLabel,
            },
            y: { aggregate: 'count', type: 'quantitative', title: 'count' },
          },
        },
        ...(markers.length > 0
          ? [
              {
                transform: [{ filter: "datum.kind === 'marker'" }],
                mark: { type: 'rule' as const, strokeWidth: 2 },
                encoding: {
                  x: { field: 'markerValue', type: 'quantitative' as const },
                  color: {
                    field: 'marker',
                    type: 'nominal' as const,
                    title: 'marker',
                    scale: { range: ['#e45756', '#f58518', '#54a24b', '#b279a2', '#9d755d'] },
                  },
                  strokeDash: { field: 'marker', type: 'nominal' as const, title: 'marker' },
                },
              },
            ]
          : []),
      ],
    },
    resolve: { scale: { y: 'independent' } },
  };
}
