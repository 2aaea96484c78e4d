import type { FigureInput } from '../../claims/claim.js';
import type { SgdVsAnnealingConfig } from '../../claims/sgd-vs-annealing.js';
import { lossesOf, scaledEnergyOf } from '../../claims/size-groups.js';
import type { RunRecord } from '../../experiments/run-record.js';
import type { PaperLossReading } from '../../paper/paper-fixture.js';
import { type LossCurvePoint, lossCurves, optimizerComparison, type PaperReading } from '../optimizer-comparison.js';
import { reportPaperFixture } from '../paper-column.js';
import type { NamedFigure } from './named-figure.js';

/** The loss curves (after each tenth of the budget) the records carry, as points for {@link lossCurves}. */
export function curvePoints(recs: RunRecord[] | undefined, method: string): LossCurvePoint[] {
  return (recs ?? []).flatMap((r) => {
    const curve = r.status === 'ok' ? (r.metrics as { lossCurve?: number[] } | null)?.lossCurve : undefined;
    if (!curve) return [];
    return curve.map((loss, i) => ({ size: r.size, method, run: r.run, budget: i / (curve.length - 1), loss }));
  });
}

/**
 * Final test NLL of SGD and annealing by width with the paper's Fig. 6 readings, the spin-glass counterpart by N,
 * and both methods' loss-versus-budget curves (each method on its own budget).
 */
export function sgdVsAnnealingFigures(input: FigureInput): NamedFigure[] {
  const config = input.config as SgdVsAnnealingConfig;
  const records = input.records;
  const rows = (recs: RunRecord[] | undefined, method: string, value: (r: RunRecord) => number, seed?: number) =>
    (recs ?? [])
      .filter((r) => r.status === 'ok')
      .map((r) => ({ size: r.size, method, value: value(r), run: r.run, seed }));
  const fig6 = reportPaperFixture()?.annealing.sgdVersusSa;
  const reading = (size: number, method: string, p: PaperLossReading): PaperReading =>
    'about' in p ? { size, method, peak: p.about } : { size, method, min: p.min, max: p.max, peak: p.peak };
  const paperReadings = (fig6?.rows ?? []).flatMap((r) => [reading(r.nh, 'SGD', r.sgd), reading(r.nh, 'SA', r.sa)]);
  const netSeed = config.networks?.seed;
  const spinSeed = config.spinGlass?.seed;
  const testLoss = (r: RunRecord) => lossesOf(r).test;
  const multiple = config.spinGlass.convergenceMultiple;
  return [
    {
      file: 'network-losses.svg',
      spec: optimizerComparison(
        [...rows(records.networkSgd, 'SGD', testLoss, netSeed), ...rows(records.networkSa, 'SA', testLoss, netSeed)],
        {
          title: 'Final test NLL: SGD vs annealing, each at its plateau, same split and starts (Fig. 6)',
          yLabel: 'test NLL',
          paperReadings,
          paperLabel: `paper Fig. 6 range and peak (${fig6?.tag ?? '—'})`,
        },
      ),
    },
    {
      file: 'spin-glass-energies.svg',
      spec: optimizerComparison(
        [
          ...rows(records.spinSgd, 'SGD', scaledEnergyOf, spinSeed),
          ...rows(records.spinSa, 'SA', scaledEnergyOf, spinSeed),
          ...rows(records.spinSaConverged, `SA ×${multiple}`, scaledEnergyOf, spinSeed),
        ],
        {
          title: `Final H/N (p = 3, one sample per N, same starts): SGD + polish, SA at equal cost and at ${multiple}× cost`,
          yLabel: 'H/N',
          sizeLabel: 'N',
        },
      ),
    },
    {
      file: 'network-loss-curves.svg',
      spec: lossCurves([...curvePoints(records.networkSgd, 'SGD'), ...curvePoints(records.networkSa, 'SA')], {
        title:
          'Training loss (SGD: epoch means) and annealing loss against the share of each budget; plateau = < 2 % drop in the shaded fifth',
        yLabel: 'NLL',
      }),
    },
    {
      file: 'spin-glass-annealing-curves.svg',
      spec: lossCurves(
        [...curvePoints(records.spinSa, 'SA (equal cost)'), ...curvePoints(records.spinSaConverged, `SA ×${multiple}`)],
        { title: 'Spin-glass annealing: H against the share of each budget', yLabel: 'H', sizeLabel: 'N' },
      ),
    },
  ];
}
