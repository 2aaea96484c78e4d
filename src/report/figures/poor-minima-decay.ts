import type { FigureInput } from '../../claims/claim.js';
import type { ClaimResult } from '../../claims/claim-result.js';
import type { PoorMinimaDecayConfig } from '../../claims/poor-minima-decay.js';
import { lineWithBands } from '../line-with-bands.js';
import { evidenceBands } from './evidence-bands.js';
import type { NamedFigure } from './named-figure.js';

/** The poor share against size with its Wilson band, for each part. */
export function poorMinimaDecayFigures(input: FigureInput, result: ClaimResult): NamedFigure[] {
  const config = input.config as PoorMinimaDecayConfig;
  const bandRows = (part: string) =>
    evidenceBands(
      result.evidence,
      part,
      { y: 'share', lower: 'wilsonLower', upper: 'wilsonUpper' },
      'poor share (95 % Wilson)',
    );
  return [
    {
      file: 'poor-fraction.svg',
      spec: lineWithBands(bandRows('spin glass'), {
        title: `Share of GD endpoints with H/N > −E_∞ + ${config.delta} (p = 3)`,
        xLabel: 'N',
        yLabel: 'poor share',
      }),
    },
    {
      file: 'poor-networks.svg',
      spec: lineWithBands(bandRows('network'), {
        title: `Share of networks with test loss above their width’s median + ${config.outlierFactor} robust sd`,
        xLabel: 'hidden width n1',
        yLabel: 'poor share',
      }),
    },
  ];
}
