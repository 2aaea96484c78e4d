import {
  bandNull,
  decorrelationNull,
  groundStateHardnessNull,
  lowIndexNull,
  poorMinimaDecayNull,
  scalingNull,
} from './ladder-nulls.js';
import type { NullModel } from './null-model.js';
import {
  layersNull,
  reductionNull,
  redundancyNull,
  sgdVsAnnealingBandNull,
  sgdVsAnnealingNull,
  theoryNull,
} from './other-nulls.js';

/** The null model of every claim (src/claims/registry.ts), by claim id. */
export const nullModels: readonly NullModel[] = [
  theoryNull,
  reductionNull,
  layersNull,
  bandNull,
  poorMinimaDecayNull,
  groundStateHardnessNull,
  scalingNull,
  sgdVsAnnealingNull,
  sgdVsAnnealingBandNull,
  decorrelationNull,
  lowIndexNull,
  redundancyNull,
];

export function nullModelOf(claimId: string): NullModel | undefined {
  return nullModels.find((m) => m.claim === claimId);
}
