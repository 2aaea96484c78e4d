import type { TopLevelSpec } from 'vega-lite';
import type { FigureInput } from '../../claims/claim.js';
import { censusOfRecords, type LayersConfig, landscapeCensuses } from '../../claims/layers.js';
import type { CriticalPointCensus } from '../../optim/critical-point-census.js';
import { criticalLevels } from '../../theory/critical-levels.js';
import { FIGURE_CONFIG, VEGA_LITE_SCHEMA } from '../figure-style.js';
import type { NamedFigure } from './named-figure.js';

/** Scaled energy against index of the found critical points, with horizontal rules at −E_k (k = 0..kmax). */
export function layersFigure(config: LayersConfig, census: CriticalPointCensus): TopLevelSpec {
  const levels = criticalLevels(config.p, config.kmax);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `Critical points of one ${config.p}-spin sample, N = ${config.n}: energy against index`,
    config: FIGURE_CONFIG,
    width: 460,
    height: 300,
    layer: [
      {
        data: { values: census.points.map((x) => ({ index: x.index, energy: x.scaledEnergy })) },
        mark: { type: 'point', filled: true, size: 40, opacity: 0.7 },
        encoding: {
          x: { field: 'index', type: 'quantitative', title: 'index (negative Hessian eigenvalues)' },
          y: { field: 'energy', type: 'quantitative', title: 'scaled energy H/N', scale: { zero: false } },
        },
      },
      {
        data: { values: levels.map((e, k) => ({ level: `−E_${k}`, y: -e })) },
        mark: { type: 'rule', strokeDash: [4, 3], strokeWidth: 1 },
        encoding: {
          y: { field: 'y', type: 'quantitative' },
          color: { field: 'level', type: 'nominal', title: 'level', sort: null },
        },
      },
    ],
  };
}

/** One landscape, as the paper pictures it: the critical points of the first coupling sample. */
export function layersFigures(input: FigureInput): NamedFigure[] {
  const config = input.config as LayersConfig;
  const records = input.records.criticalPoints ?? [];
  return [
    {
      file: 'energy-vs-index.svg',
      spec: layersFigure(config, landscapeCensuses(config, records)[0] ?? censusOfRecords(config, [])),
    },
  ];
}
