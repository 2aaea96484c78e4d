import type { TopLevelSpec } from 'vega-lite';
import type { FiniteSizeMap } from '../claims/finite-size-map.js';
import { FIGURE_CONFIG, VEGA_LITE_SCHEMA } from './figure-style.js';

/** The file the explore report draws the maps to (beside report.md). */
export const FINITE_SIZE_MAP_FILE = 'finite-size-maps.svg';

/**
 * The finite-size maps of the explore profile as one figure: per claim (a row) and size tried (x), the
 * configurations that held, failed or were inconclusive (stacked counts), with a rule at the size from which the
 * claim holds on the sizes tried.
 */
export function finiteSizeMapFigure(maps: readonly FiniteSizeMap[]): TopLevelSpec {
  const values = maps.flatMap((m) =>
    m.sizes.flatMap((s) =>
      (['holds', 'fails', 'inconclusive'] as const)
        .filter((v) => s[v] > 0)
        .map((verdict) => ({ claim: m.claim, size: s.size, verdict, configurations: s[verdict] })),
    ),
  );
  const from = maps.filter((m) => m.holdsFrom !== null).map((m) => ({ claim: m.claim, holdsFrom: m.holdsFrom }));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: 'Finite-size maps: verdicts of the explored configurations by size (rule: holds from here on)',
    config: FIGURE_CONFIG,
    data: { values: [...values, ...from] },
    facet: { row: { field: 'claim', type: 'nominal', title: null } },
    spec: {
      width: 420,
      height: 90,
      layer: [
        {
          transform: [{ filter: 'isValid(datum.verdict)' }],
          mark: { type: 'bar', size: 8 },
          encoding: {
            x: { field: 'size', type: 'quantitative', title: 'size (smallest N of the ladder, or N)' },
            y: { field: 'configurations', type: 'quantitative', stack: 'zero', title: 'configurations' },
            color: {
              field: 'verdict',
              type: 'nominal',
              scale: { domain: ['holds', 'inconclusive', 'fails'], range: ['#59a14f', '#bab0ac', '#e15759'] },
            },
          },
        },
        {
          transform: [{ filter: 'isValid(datum.holdsFrom)' }],
          mark: { type: 'rule', strokeDash: [4, 3] },
          encoding: { x: { field: 'holdsFrom', type: 'quantitative' } },
        },
      ],
    },
  };
}
