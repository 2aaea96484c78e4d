import type { FigureInput } from '../../claims/claim.js';
import type { SgdVsAnnealingBandConfig } from '../../claims/sgd-vs-annealing-band.js';
import { scaledEnergyOf } from '../../claims/size-groups.js';
import type { RunRecord } from '../../experiments/run-record.js';
import { lossCurves, optimizerComparison } from '../optimizer-comparison.js';
import type { NamedFigure } from './named-figure.js';
import { curvePoints } from './sgd-vs-annealing.js';

/** Final H/N of SGD and annealing at its plateau by N, and the annealing curves (its plateau). */
export function sgdVsAnnealingBandFigures(input: FigureInput): NamedFigure[] {
  const config = input.config as SgdVsAnnealingBandConfig;
  const seed = config.spinGlass?.seed;
  const rows = (recs: RunRecord[] | undefined, method: string) =>
    (recs ?? [])
      .filter((r) => r.status === 'ok')
      .map((r) => ({ size: r.size, method, value: scaledEnergyOf(r), run: r.run, seed }));
  return [
    {
      file: 'spin-glass-energies.svg',
      spec: optimizerComparison(
        [...rows(input.records.spinSgd, 'SGD'), ...rows(input.records.spinSaConverged, 'SA (plateau)')],
        {
          title: 'Final H/N (p = 3, one sample per N, same starts): SGD + polish and annealing at its plateau',
          yLabel: 'H/N',
          sizeLabel: 'N',
        },
      ),
    },
    {
      file: 'annealing-curves.svg',
      spec: lossCurves(curvePoints(input.records.spinSaConverged, 'SA (plateau)'), {
        title: 'Annealing H against the share of its budget (plateau: < 2 % drop in the shaded fifth)',
        yLabel: 'H',
        sizeLabel: 'N',
      }),
    },
  ];
}
