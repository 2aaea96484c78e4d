import type { FigureInput } from '../../claims/claim.js';
import type { ReductionConfig } from '../../claims/reduction.js';
import type { OverlapCorrelation } from '../../claims/reduction-model.js';
import { lineWithBands } from '../line-with-bands.js';
import type { NamedFigure } from './named-figure.js';

/** Output correlation against weight overlap: R^H, the decoupled model and the real ReLU network (log–log). */
export function reductionFigures(input: FigureInput): NamedFigure[] {
  const config = input.config as ReductionConfig;
  const model = (input.series?.model ?? []) as OverlapCorrelation[];
  const network = (input.series?.network ?? []) as OverlapCorrelation[];
  const rows = [
    ...config.overlaps.map((r) => ({ x: r, y: r ** config.depth, series: `R^H (H = ${config.depth})` })),
    ...model.map((m) => ({ x: m.overlap, y: m.correlation, series: 'decoupled model' })),
    ...network.map((m) => ({ x: m.overlap, y: m.correlation, series: 'ReLU network' })),
  ].filter((r) => r.y > 0);
  return [
    {
      file: 'correlation-vs-overlap.svg',
      spec: lineWithBands(rows, {
        title: 'Output correlation against weight overlap (log–log)',
        xLabel: 'overlap R',
        yLabel: 'Corr(Y(w), Y(w′))',
        logX: true,
        logY: true,
      }),
    },
  ];
}
