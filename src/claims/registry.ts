import { bandClaim } from './band.js';
import type { Claim } from './claim.js';
import { decorrelationClaim } from './decorrelation.js';
import { groundStateHardnessClaim } from './ground-state-hardness.js';
import { layersClaim } from './layers.js';
import { lowIndexClaim } from './low-index.js';
import { poorMinimaDecayClaim } from './poor-minima-decay.js';
import { reductionClaim } from './reduction.js';
import { redundancyClaim } from './redundancy.js';
import { scalingClaim } from './scaling.js';
import { sgdVsAnnealingClaim } from './sgd-vs-annealing.js';
import { sgdVsAnnealingBandClaim } from './sgd-vs-annealing-band.js';
import { theoryClaim } from './theory.js';

/**
 * Every claim of the paper, in the order of the report. One file each in this folder; add a claim by
 * importing it here.
 */
// biome-ignore lint/suspicious/noExplicitAny: claims have different configuration types.
export const claims: Claim<any>[] = [
  theoryClaim,
  reductionClaim,
  layersClaim,
  bandClaim,
  poorMinimaDecayClaim,
  groundStateHardnessClaim,
  scalingClaim,
  sgdVsAnnealingClaim,
  sgdVsAnnealingBandClaim,
  decorrelationClaim,
  lowIndexClaim,
  redundancyClaim,
];

// biome-ignore lint/suspicious/noExplicitAny: see above.
export function findClaim(id: string): Claim<any> | undefined {
  return claims.find((c) => c.id === id);
}
