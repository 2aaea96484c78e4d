import type { FigureInput } from '../../claims/claim.js';
import type { ClaimResult } from '../../claims/claim-result.js';
import { lineWithBands } from '../line-with-bands.js';
import { reportPaperFixture } from '../paper-column.js';
import { evidenceBands } from './evidence-bands.js';
import type { NamedFigure } from './named-figure.js';

/**
 * Mean H against N with its band and OLS line; mean and sd of the test loss against width with the fitted law and
 * the paper's Fig. 10 mean and sd.
 */
export function scalingFigures(_input: FigureInput, result: ClaimResult): NamedFigure[] {
  const sgRows = result.evidence
    .filter((r) => r.part === 'spin glass')
    .map((r) => {
      const n = r.size as number;
      return {
        x: n,
        y: r.meanH as number,
        lower: n * (r.lower as number),
        upper: n * (r.upper as number),
        series: 'mean H (Bonferroni t band)',
      };
    });
  const fit = result.evidence.find((r) => r.part === 'fit' && typeof r.slope === 'number');
  const fitRows =
    fit && sgRows.length >= 2
      ? sgRows.map((r) => ({
          x: r.x,
          y: (fit.intercept as number) + (fit.slope as number) * r.x,
          series: 'OLS fit c + s·N',
        }))
      : [];
  const netRows = result.evidence.filter((r) => r.part === 'network');
  // The paper's Fig. 10 mean and sd at the widths inside our range (its widths beyond ours would stretch the axis).
  const widths = netRows.map((r) => r.size as number);
  const fig10 = reportPaperFixture()?.networks.fig10TestLoss;
  const paperRows = (fig10?.rows ?? [])
    .filter((r) => widths.length > 0 && r.n1 >= Math.min(...widths) && r.n1 <= Math.max(...widths))
    .flatMap((r) => [
      { x: r.n1, y: r.mean, series: `paper Fig. 10 mean (${fig10?.tag})` },
      { x: r.n1, y: Math.sqrt(r.variance), series: `paper Fig. 10 sd (${fig10?.tag})` },
    ]);
  const lossRows = [
    ...paperRows,
    ...evidenceBands(
      result.evidence,
      'network',
      { y: 'meanTestLoss', lower: 'lower', upper: 'upper' },
      'mean test loss (95 % t)',
    ),
    ...netRows.map((r) => ({ x: r.size as number, y: r.sd as number, series: 'sd of test loss' })),
    ...netRows
      .filter((r) => typeof r.fitted === 'number')
      .map((r) => ({ x: r.size as number, y: r.fitted as number, series: 'fit exp(α n1^β)' })),
  ];
  return [
    {
      file: 'energy-vs-n.svg',
      spec: lineWithBands([...sgRows, ...fitRows], {
        title: 'Mean energy H at GD endpoints against N (p = 3)',
        xLabel: 'N',
        yLabel: 'H',
      }),
    },
    {
      file: 'test-loss-law.svg',
      spec: lineWithBands(lossRows, {
        title: 'Test loss against width: mean, sd and fitted exp(α n1^β) (Fig. 10)',
        xLabel: 'hidden width n1',
        yLabel: 'test loss',
        logX: true,
        logY: true,
      }),
    },
  ];
}
