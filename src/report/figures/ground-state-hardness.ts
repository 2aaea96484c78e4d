import type { FigureInput } from '../../claims/claim.js';
import type { ClaimResult } from '../../claims/claim-result.js';
import { lineWithBands } from '../line-with-bands.js';
import { reportPaperFixture } from '../paper-column.js';
import { evidenceBands } from './evidence-bands.js';
import type { NamedFigure } from './named-figure.js';

/** The deep share against N (Clopper–Pearson band) and the mean train–test gap against width (t band) beside the paper's. */
export function groundStateHardnessFigures(_input: FigureInput, result: ClaimResult): NamedFigure[] {
  const sgRows = evidenceBands(
    result.evidence,
    'spin glass',
    { y: 'share', lower: 'cpLower', upper: 'cpUpper' },
    'share below −E_1 (95 % Clopper–Pearson)',
  );
  const gapRows = evidenceBands(
    result.evidence,
    'network',
    { y: 'meanGap', lower: 'lower', upper: 'upper' },
    'mean test − train loss (95 % t)',
  );
  // The paper's Fig. 7: midpoint of the test range − midpoint of the train range, at the widths inside our range.
  const widths = gapRows.map((r) => r.x);
  const fig7 = reportPaperFixture()?.networks.fig7TrainTestRanges;
  const paperGap = (fig7?.rows ?? [])
    .filter((r) => widths.length > 0 && r.n1 >= Math.min(...widths) && r.n1 <= Math.max(...widths))
    .map((r) => ({
      x: r.n1,
      y: (r.test[0] + r.test[1]) / 2 - (r.train[0] + r.train[1]) / 2,
      series: `paper Fig. 7 (range midpoints, ${fig7?.tag})`,
    }));
  return [
    {
      file: 'deep-share.svg',
      spec: lineWithBands(sgRows, {
        title: 'Share of GD endpoints below −E_1 (p = 3)',
        xLabel: 'N',
        yLabel: 'share',
      }),
    },
    {
      file: 'gap.svg',
      spec: lineWithBands([...gapRows, ...paperGap], {
        title: 'Train–test gap against width',
        xLabel: 'hidden width n1',
        yLabel: 'test − train loss',
        logX: true,
      }),
    },
  ];
}
