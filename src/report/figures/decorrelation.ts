import type { FigureInput } from '../../claims/claim.js';
import { lossesOf } from '../../claims/size-groups.js';
import { scatter } from '../scatter-by-group.js';
import type { NamedFigure } from './named-figure.js';

/** Test loss against train loss, one panel per hidden width (the paper's Fig. 7). */
export function decorrelationFigures(input: FigureInput): NamedFigure[] {
  const points = (input.records.network ?? [])
    .filter((r) => r.status === 'ok' && r.metrics !== null)
    .map((r) => ({ x: lossesOf(r).train, y: lossesOf(r).test, group: r.size }));
  return [
    {
      file: 'train-test.svg',
      spec: scatter(points, {
        title: 'Test loss against train loss, one panel per hidden width (Fig. 7)',
        xLabel: 'train NLL',
        yLabel: 'test NLL',
      }),
    },
  ];
}
