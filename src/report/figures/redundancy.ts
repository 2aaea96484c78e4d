import type { FigureInput } from '../../claims/claim.js';
import type { NetworkMetrics, RunRecord } from '../../experiments/run-record.js';
import { optimizerComparison } from '../optimizer-comparison.js';
import type { NamedFigure } from './named-figure.js';

/** Test accuracy of the full-precision (SGD) and ternary (annealing) networks, by width. */
export function redundancyFigures(input: FigureInput): NamedFigure[] {
  const rows = (recs: RunRecord[], method: string) =>
    recs
      .filter((r) => r.status === 'ok' && r.metrics !== null)
      .map((r) => ({ size: r.size, method, value: (r.metrics as NetworkMetrics).testAccuracy }));
  return [
    {
      file: 'accuracy.svg',
      spec: optimizerComparison(
        [
          ...rows(input.records.full ?? [], 'full precision (SGD)'),
          ...rows(input.records.ternary ?? [], 'ternary (annealing)'),
        ],
        {
          title: 'Test accuracy: full precision vs ternary weights',
          yLabel: 'test accuracy',
        },
      ),
    },
  ];
}
