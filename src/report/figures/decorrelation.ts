import type { FigureInput } from '../../claims/claim.js';
import type { DecorrelationConfig } from '../../claims/decorrelation.js';
import { lossesOf } from '../../claims/size-groups.js';
import { reportPaperFixture } from '../paper-column.js';
import { scatter } from '../scatter-by-group.js';
import type { NamedFigure } from './named-figure.js';

/** Test loss against train loss, one panel per hidden width, with the paper's Fig. 7 ranges as a box. */
export function decorrelationFigures(input: FigureInput): NamedFigure[] {
  const seed = (input.config as DecorrelationConfig).network?.seed;
  const points = (input.records.network ?? [])
    .filter((r) => r.status === 'ok' && r.metrics !== null)
    .map((r) => ({ x: lossesOf(r).train, y: lossesOf(r).test, group: r.size, run: r.run, seed }));
  const fig7 = reportPaperFixture()?.networks.fig7TrainTestRanges;
  return [
    {
      file: 'train-test.svg',
      spec: scatter(points, {
        title: 'Test loss against train loss, one panel per hidden width (Fig. 7)',
        xLabel: 'train NLL',
        yLabel: 'test NLL',
        paperBoxes: (fig7?.rows ?? []).map((r) => ({ group: r.n1, x: r.train, y: r.test })),
        paperLabel: `paper Fig. 7 train × test range (${fig7?.tag ?? '—'})`,
      }),
    },
  ];
}
