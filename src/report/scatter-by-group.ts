import type { TopLevelSpec } from 'vega-lite';
import { FIGURE_CONFIG, sizeOrder, VEGA_LITE_SCHEMA } from './figure-style.js';
import { runIdentity, sizeFacet } from './size-facet.js';

export interface ScatterOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  /** Panel header prefix, default 'n1'. */
  groupLabel?: string;
  /** Panels per row, default 3. */
  columns?: number;
  /** The paper's ranges per group (x from lo to hi, y from lo to hi), drawn as a shaded box in that group's panel. */
  paperBoxes?: { group: number | string; x: [number, number]; y: [number, number] }[];
  /** Legend/tooltip text of the paper's boxes, default "paper". */
  paperLabel?: string;
}

/** One point: its coordinates, its panel, and (for the tooltip) the run and seed that produced it. */
export interface ScatterPoint {
  x: number;
  y: number;
  group: number | string;
  run?: number;
  seed?: number | string;
}

/**
 * One scatter panel per group (e.g. test loss against train loss, one panel per hidden width: paper Fig. 7), each
 * panel with its own axes since the spread shrinks with the width; panels in order of the group as a number, the
 * paper's ranges (e.g. Fig. 7's train and test ranges per width) as a shaded box where given.
 */
export function scatter(rows: readonly ScatterPoint[], options: ScatterOptions): TopLevelSpec {
  const groupLabel = options.groupLabel ?? 'n1';
  const points = rows
    .filter((r) => Number.isFinite(r.x) && Number.isFinite(r.y))
    .map((r) => ({
      kind: 'run',
      x: r.x,
      y: r.y,
      group: r.group,
      ...runIdentity(r),
    }));
  const groups = sizeOrder(points.map((p) => p.group));
  const paperLabel = options.paperLabel ?? 'paper';
  const boxes = (options.paperBoxes ?? [])
    .filter((b) => groups.includes(b.group))
    .map((b) => ({ kind: 'paper', group: b.group, source: paperLabel, x: b.x[0], x2: b.x[1], y: b.y[0], y2: b.y[1] }));
  const values = [...boxes, ...points];
  const tooltip = [
    { field: 'group', type: 'ordinal' as const, title: groupLabel },
    { field: 'run', type: 'quantitative' as const, title: 'run' },
    { field: 'seed', type: 'nominal' as const, title: 'seed' },
    { field: 'x', type: 'quantitative' as const, title: options.xLabel },
    { field: 'y', type: 'quantitative' as const, title: options.yLabel },
  ];
  const pointLayer = {
    transform: [{ filter: "datum.kind === 'run'" }],
    mark: { type: 'point' as const, filled: true, size: 14, opacity: 0.45 },
    encoding: {
      x: { field: 'x', type: 'quantitative' as const, title: options.xLabel, scale: { zero: false } },
      y: { field: 'y', type: 'quantitative' as const, title: options.yLabel, scale: { zero: false } },
      color: { field: 'group', type: 'ordinal' as const, legend: null, scale: { scheme: 'viridis' } },
      tooltip,
    },
  };
  const boxLayer = {
    transform: [{ filter: "datum.kind === 'paper'" }],
    mark: { type: 'rect' as const, color: '#9d755d', opacity: 0.15, stroke: '#9d755d', strokeDash: [3, 2] },
    encoding: {
      x: { field: 'x', type: 'quantitative' as const },
      x2: { field: 'x2' },
      y: { field: 'y', type: 'quantitative' as const },
      y2: { field: 'y2' },
      tooltip: [
        { field: 'source', type: 'nominal' as const, title: 'source' },
        { field: 'x', type: 'quantitative' as const, title: `${options.xLabel} from` },
        { field: 'x2', type: 'quantitative' as const, title: `${options.xLabel} to` },
        { field: 'y', type: 'quantitative' as const, title: `${options.yLabel} from` },
        { field: 'y2', type: 'quantitative' as const, title: `${options.yLabel} to` },
      ],
    },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title,
    config: FIGURE_CONFIG,
    data: { values },
    facet: sizeFacet('group', groups, groupLabel),
    columns: options.columns ?? 3,
    spec: {
      width: 200,
      height: 180,
      layer: boxes.length > 0 ? [boxLayer, pointLayer] : [pointLayer],
    },
    resolve: { scale: { x: 'independent', y: 'independent' } },
  };
}
