import type { FigureInput } from '../../claims/claim.js';
import type { ClaimResult } from '../../claims/claim-result.js';
import { bandFigures } from './band.js';
import { decorrelationFigures } from './decorrelation.js';
import { groundStateHardnessFigures } from './ground-state-hardness.js';
import { layersFigures } from './layers.js';
import { lowIndexFigures } from './low-index.js';
import type { NamedFigure } from './named-figure.js';
import { poorMinimaDecayFigures } from './poor-minima-decay.js';
import { reductionFigures } from './reduction.js';
import { redundancyFigures } from './redundancy.js';
import { scalingFigures } from './scaling.js';
import { sgdVsAnnealingFigures } from './sgd-vs-annealing.js';
import { sgdVsAnnealingBandFigures } from './sgd-vs-annealing-band.js';
import { theoryClaimFigures } from './theory.js';

/** How each claim's figures are drawn from what its evaluation returned (one file per claim in this folder). */
const FIGURES_BY_CLAIM: Record<string, (input: FigureInput, result: ClaimResult) => NamedFigure[]> = {
  theory: theoryClaimFigures,
  reduction: reductionFigures,
  layers: layersFigures,
  band: bandFigures,
  'poor-minima-decay': poorMinimaDecayFigures,
  'ground-state-hardness': groundStateHardnessFigures,
  scaling: scalingFigures,
  'sgd-vs-annealing': sgdVsAnnealingFigures,
  'sgd-vs-annealing-band': sgdVsAnnealingBandFigures,
  decorrelation: decorrelationFigures,
  'low-index': lowIndexFigures,
  redundancy: redundancyFigures,
};

/**
 * The figures of a judged configuration of claim `claimId`, drawn from its figure input and result; a claim
 * without a figure module (e.g. a toy claim in a test) has none.
 */
export function claimFigures(claimId: string, input: FigureInput, result: ClaimResult): NamedFigure[] {
  const draw = FIGURES_BY_CLAIM[claimId];
  return draw ? draw(input, result) : [];
}

/** The ids of the claims that have a figure module. */
export function claimsWithFigures(): string[] {
  return Object.keys(FIGURES_BY_CLAIM);
}
