import type { TopLevelSpec } from 'vega-lite';
import { FIGURE_CONFIG, finiteExtent, sizeOrder, VEGA_LITE_SCHEMA } from './figure-style.js';

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
  /** The paper's range (and mode) per size, drawn as a shaded span (and a dashed rule) in that size's row. */
  paperRanges?: PaperRange[];
  /** Legend text of the paper's ranges, default "paper". */
  paperLabel?: string;
}

/** The paper's reading of one size's histogram: its range and, where given, its mode. */
export interface PaperRange {
  size: number | string;
  min: number;
  max: number;
  mode?: number;
}

/**
 * Histograms of one quantity (e.g. the scaled loss H/N of the minima found) per system size, one row per size,
 * sharing one x axis and one set of bins, with vertical rules at the markers (paper Fig. 3 and 8, with −E_0 and
 * −E_∞), and the paper's range and mode per size as a shaded span where given. Rows are in order of size as numbers.
 * Non-finite values are left out and counted in the subtitle.
 */
export function histogramsBySize(
  rows: readonly { size: number | string; value: number }[],
  options: HistogramsBySizeOptions,
): TopLevelSpec {
  const markers = options.markers ?? [];
  const sizeLabel = options.sizeLabel ?? 'size';
  const finiteRows = rows.filter((r) => Number.isFinite(r.value));
  const dropped = rows.length - finiteRows.length;
  const sizes = sizeOrder(finiteRows.map((r) => r.size));
  // The paper's ranges at sizes we did not run are left out (a row of the facet would hold nothing of ours).
  const paper = (options.paperRanges ?? []).filter((p) => sizes.includes(p.size));
  const paperLabel = options.paperLabel ?? 'paper';
  const extent = finiteExtent([
    ...finiteRows.map((r) => r.value),
    ...markers.map((m) => m.value),
    ...paper.flatMap((p) => [p.min, p.max]),
  ]);
  // One x domain for every layer: the bins' extent (the paper's spans would otherwise widen it past the bins).
  const xScale = { domain: extent };
  const values = [
    ...finiteRows.map((r) => ({ kind: 'value', size: r.size, value: r.value })),
    // Each marker is repeated once per size so that it is drawn in every row of the facet.
    ...sizes.flatMap((size) => markers.map((m) => ({ kind: 'marker', size, marker: m.label, markerValue: m.value }))),
    ...paper.map((p) => ({
      kind: 'paper',
      size: p.size,
      source: paperLabel,
      paperMin: p.min,
      paperMax: p.max,
      ...(p.mode === undefined ? {} : { paperMode: p.mode }),
    })),
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: subtitleOf(options.title, [
      ...(dropped > 0 ? [`${dropped} non-finite value(s) left out`] : []),
      ...(paper.length > 0 ? [`shaded: ${paperLabel} (dotted line: its mode)`] : []),
    ]),
    config: FIGURE_CONFIG,
    data: { values },
    facet: {
      row: {
        field: 'size',
        type: 'ordinal',
        sort: sizes as number[] | string[],
        title: null,
        header: { labelAngle: 0, labelAlign: 'left', labelExpr: `${JSON.stringify(`${sizeLabel} = `)} + datum.value` },
      },
    },
    spec: {
      width: 460,
      height: 80,
      layer: [
        ...(paper.length > 0
          ? [
              {
                transform: [{ filter: "datum.kind === 'paper'" }],
                mark: { type: 'rect' as const, color: '#9d755d', opacity: 0.18 },
                encoding: {
                  x: { field: 'paperMin', type: 'quantitative' as const, scale: xScale },
                  x2: { field: 'paperMax' },
                  tooltip: [
                    { field: 'source', type: 'nominal' as const, title: 'source' },
                    { field: 'paperMin', type: 'quantitative' as const, title: 'paper min' },
                    { field: 'paperMax', type: 'quantitative' as const, title: 'paper max' },
                    { field: 'paperMode', type: 'quantitative' as const, title: 'paper mode' },
                  ],
                },
              },
              {
                transform: [{ filter: "datum.kind === 'paper' && isValid(datum.paperMode)" }],
                mark: { type: 'rule' as const, color: '#9d755d', strokeDash: [2, 2], strokeWidth: 2 },
                encoding: { x: { field: 'paperMode', type: 'quantitative' as const, scale: xScale } },
              },
            ]
          : []),
        {
          transform: [{ filter: "datum.kind === 'value'" }],
          mark: { type: 'bar', color: '#4c78a8', binSpacing: 0 },
          encoding: {
            x: {
              field: 'value',
              type: 'quantitative',
              bin: { maxbins: options.maxBins ?? 40, extent },
              scale: xScale,
              title: options.xLabel,
            },
            y: { aggregate: 'count', type: 'quantitative', title: 'count' },
            tooltip: [
              { field: 'size', type: 'ordinal', title: sizeLabel },
              {
                field: 'value',
                type: 'quantitative',
                bin: { maxbins: options.maxBins ?? 40, extent },
                title: options.xLabel,
              },
              { aggregate: 'count', type: 'quantitative', title: 'runs' },
            ],
          },
        },
        ...(markers.length > 0
          ? [
              {
                transform: [{ filter: "datum.kind === 'marker'" }],
                mark: { type: 'rule' as const, strokeWidth: 2 },
                encoding: {
                  x: { field: 'markerValue', type: 'quantitative' as const, scale: xScale },
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

/** A title with its subtitle lines, or the plain title when there are none. */
function subtitleOf(title: string, lines: string[]): string | { text: string; subtitle: string[] } {
  return lines.length === 0 ? title : { text: title, subtitle: lines };
}
