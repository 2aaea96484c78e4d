import type { FigureInput } from '../../claims/claim.js';
import type { SgdVsAnnealingConfig } from '../../claims/sgd-vs-annealing.js';
import { lossesOf, scaledEnergyOf } from '../../claims/size-groups.js';
import type { RunRecord } from '../../experiments/run-record.js';
import { optimizerComparison } from '../optimizer-comparison.js';
import type { NamedFigure } from './named-figure.js';

/** Final test NLL of SGD and annealing by width (the paper's Fig. 6), and the spin-glass counterpart by N. */
export function sgdVsAnnealingFigures(input: FigureInput): NamedFigure[] {
  const config = input.config as SgdVsAnnealingConfig;
  const records = input.records;
  const rows = (recs: RunRecord[] | undefined, method: string, value: (r: RunRecord) => number) =>
    (recs ?? []).filter((r) => r.status === 'ok').map((r) => ({ size: r.size, method, value: value(r) }));
  const testLoss = (r: RunRecord) => lossesOf(r).test;
  const multiple = config.spinGlass.convergenceMultiple;
  return [
    {
      file: 'network-losses.svg',
      spec: optimizerComparison(
        [...rows(records.networkSgd, 'SGD', testLoss), ...rows(records.networkSa, 'SA', testLoss)],
        {
          title: 'Final test NLL: SGD vs annealing at equal per-sample budget, same split and starts (Fig. 6)',
          yLabel: 'test NLL',
        },
      ),
    },
    {
      file: 'spin-glass-energies.svg',
      spec: optimizerComparison(
        [
          ...rows(records.spinSgd, 'SGD', scaledEnergyOf),
          ...rows(records.spinSa, 'SA', scaledEnergyOf),
          ...rows(records.spinSaConverged, `SA ×${multiple}`, scaledEnergyOf),
        ],
        {
          title: `Final H/N (p = 3, one sample per N, same starts): SGD + polish, SA at equal cost and at ${multiple}× cost`,
          yLabel: 'H/N',
          sizeLabel: 'N',
        },
      ),
    },
  ];
}
