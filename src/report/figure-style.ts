import type { Config } from 'vega-lite';

/** Vega-Lite schema every figure declares. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Shared look of the report's figures: plain white background, readable fonts, a colour-blind-safe palette. */
export const FIGURE_CONFIG: Config = {
  background: 'white',
  font: 'Helvetica, Arial, sans-serif',
  // Limits 0: no label, title or legend entry is ever clipped with an ellipsis.
  title: { fontSize: 14, anchor: 'start', offset: 10, limit: 0 },
  axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridOpacity: 0.35, labelLimit: 0, titleLimit: 0 },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 0, titleLimit: 0 },
  header: { labelFontSize: 12, titleFontSize: 12, labelLimit: 0, titleLimit: 0 },
  range: { category: { scheme: 'tableau10' } },
  view: { stroke: '#888' },
};

/** Smallest and largest finite value of a list, or [0, 1] when it has none (an empty figure still renders). */
export function finiteExtent(values: Iterable<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return [0, 1];
  if (lo === hi) return [lo - 0.5, hi + 0.5];
  return [lo, hi];
}

/** The number a facet value sorts by: the value itself, or the last number in a label such as "n1 = 25". */
function sizeKey(value: number | string): number {
  if (typeof value === 'number') return value;
  const numbers = value.match(/-?\d+(\.\d+)?(e-?\d+)?/g);
  return numbers ? Number(numbers[numbers.length - 1]) : Number.NaN;
}

/**
 * The distinct facet values in order of size as numbers (N = 25 before N = 100, which a text sort reverses);
 * labels without a number come last, in text order. Used as the explicit `sort` of every faceted figure.
 */
export function sizeOrder<T extends number | string>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort((a, b) => {
    const ka = sizeKey(a);
    const kb = sizeKey(b);
    if (Number.isNaN(ka) !== Number.isNaN(kb)) return Number.isNaN(ka) ? 1 : -1;
    if (ka !== kb && !Number.isNaN(ka)) return ka - kb;
    return String(a).localeCompare(String(b));
  });
}
