import type { TopLevelSpec } from 'vega-lite';
import { FIGURE_CONFIG, VEGA_LITE_SCHEMA } from './figure-style.js';
import type { FigureMarker } from './histograms-by-size.js';

export interface TheoryCurvesOptions {
  title?: string;
  xLabel?: string;
  yLabel?: string;
}

/**
 * Complexity curves against the energy level u (Θ_p(u) and Θ_{k,p}(u), paper Fig. 1 and 2) with a horizontal
 * rule at 0 — a curve's zero crossing is where critical points of that kind stop existing, at −E_k — and dashed
 * vertical rules at the markers (e.g. −E_0, −E_1, −E_∞), named in the legend.
 */
export function theoryCurves(
  rows: readonly { u: number; value: number; series: string }[],
  markers: readonly FigureMarker[],
  options: TheoryCurvesOptions = {},
): TopLevelSpec {
  const curves = rows
    .filter((r) => Number.isFinite(r.u) && Number.isFinite(r.value))
    .map((r) => ({ kind: 'curve', u: r.u, value: r.value, series: r.series }));
  const markerRows = markers.map((m) => ({ kind: 'marker', marker: m.label, u: m.value }));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? 'Complexity of critical values',
    config: FIGURE_CONFIG,
    width: 480,
    height: 300,
    data: { values: [...curves, ...markerRows] },
    layer: [
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: '#999', strokeWidth: 1 },
        encoding: { y: { field: 'zero', type: 'quantitative' } },
      },
      {
        transform: [{ filter: "datum.kind === 'curve'" }],
        mark: { type: 'line', strokeWidth: 2 },
        encoding: {
          x: {
            field: 'u',
            type: 'quantitative',
            title: options.xLabel ?? 'u (energy level H/N)',
            scale: { zero: false },
          },
          y: { field: 'value', type: 'quantitative', title: options.yLabel ?? 'Θ(u)' },
          color: { field: 'series', type: 'nominal', title: 'curve' },
        },
      },
      {
        transform: [{ filter: "datum.kind === 'marker'" }],
        mark: { type: 'rule', strokeWidth: 1.5 },
        encoding: {
          x: { field: 'u', type: 'quantitative' },
          strokeDash: { field: 'marker', type: 'nominal', title: 'level' },
          stroke: { value: '#444' },
        },
      },
    ],
    resolve: { legend: { strokeDash: 'independent' } },
  };
}
