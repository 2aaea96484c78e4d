import type { FigureInput } from '../../claims/claim.js';
import type { ClaimResult } from '../../claims/claim-result.js';
import { lineWithBands } from '../line-with-bands.js';
import { evidenceBands } from './evidence-bands.js';
import type { NamedFigure } from './named-figure.js';

/** The deep share against N (Clopper–Pearson band) and the mean train–test gap against width (t band). */
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
      spec: lineWithBands(gapRows, {
        title: 'Train–test gap against width',
        xLabel: 'hidden width n1',
        yLabel: 'test − train loss',
        logX: true,
      }),
    },
  ];
}
