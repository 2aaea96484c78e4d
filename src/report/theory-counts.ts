import type { TopLevelSpec } from 'vega-lite';
import { FIGURE_CONFIG, VEGA_LITE_SCHEMA } from './figure-style.js';
import type { FigureMarker } from './histograms-by-size.js';

/** One curve point: the level Λu (= N·u), the mean count there, and the curve's name. */
export interface CountRow {
  lambdaU: number;
  count: number;
  series: string;
}

/** One panel of the figure: its title, x range (Λu) and curves. */
export interface CountPanel {
  title: string;
  xDomain: [number, number];
  rows: readonly CountRow[];
}

/**
 * The redrawn Fig. 1 of Choromanska et al. (2015): mean numbers of critical points below the level Λu against
 * Λu, on linear axes as in the paper, one panel per (range, kind), with dashed vertical rules at the markers
 * (−ΛE_0, −ΛE_∞). Panels are laid out two per row (full range, zoom). Counts that are not finite (overflow) are
 * dropped; each panel's y axis starts at 0.
 */
export function theoryCounts(
  panels: readonly CountPanel[],
  markers: readonly FigureMarker[],
  options: { title?: string; yLabel?: string } = {},
): TopLevelSpec {
  const panelSpec = (panel: CountPanel) => {
    const [lo, hi] = panel.xDomain;
    const curves = panel.rows
      .filter((r) => Number.isFinite(r.count) && Number.isFinite(r.lambdaU) && r.lambdaU >= lo && r.lambdaU <= hi)
      .map((r) => ({ kind: 'curve', lambdaU: r.lambdaU, count: r.count, series: r.series }));
    const markerRows = markers
      .filter((m) => m.value >= lo && m.value <= hi)
      .map((m) => ({ kind: 'marker', marker: m.label, lambdaU: m.value }));
    return {
      title: panel.title,
      width: 300,
      height: 200,
      data: { values: [...curves, ...markerRows] },
      layer: [
        {
          transform: [{ filter: "datum.kind === 'curve'" }],
          mark: { type: 'line' as const, strokeWidth: 2, clip: true },
          encoding: {
            x: {
              field: 'lambdaU',
              type: 'quantitative' as const,
              title: 'Λu',
              scale: { domain: [lo, hi], zero: false, nice: false },
            },
            y: {
              field: 'count',
              type: 'quantitative' as const,
              title: options.yLabel ?? 'mean number',
              axis: { format: '.2~e' },
            },
            color: { field: 'series', type: 'nominal' as const, title: 'curve' },
          },
        },
        {
          transform: [{ filter: "datum.kind === 'marker'" }],
          mark: { type: 'rule' as const, strokeWidth: 1.2, strokeDash: [5, 3] },
          encoding: {
            x: { field: 'lambdaU', type: 'quantitative' as const },
            stroke: { value: '#444' },
          },
        },
        {
          transform: [{ filter: "datum.kind === 'marker'" }],
          mark: { type: 'text' as const, align: 'left' as const, dx: 3, dy: -4, fontSize: 10, color: '#444' },
          encoding: {
            x: { field: 'lambdaU', type: 'quantitative' as const },
            y: { value: 8 },
            text: { field: 'marker', type: 'nominal' as const },
          },
        },
      ],
    };
  };
  const rows: ReturnType<typeof panelSpec>[][] = [];
  for (let i = 0; i < panels.length; i += 2) rows.push(panels.slice(i, i + 2).map(panelSpec));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? 'Mean numbers of critical points below Λu',
    config: FIGURE_CONFIG,
    vconcat: rows.map((r) => ({ hconcat: r })),
    resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
  } as TopLevelSpec;
}
