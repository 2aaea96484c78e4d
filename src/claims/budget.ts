import type { CheckBudget } from './check-claim.js';
import type { Profile, Scale } from './scale.js';

/**
 * How hard the property searches, per scale and profile. The scale's own configuration and the known
 * counterexamples are always evaluated; `numRuns` counts the drawn configurations on top of them.
 * - ci: one draw besides the scale's configuration (the suite's 5-minute budget);
 * - quick: one draw, as ci (every draw recomputes every ladder with its own seeds: at quick scale a network ladder
 *   is ≈ 4 CPU-minutes, so a second draw would push `npm run verify` well past its 10 minutes on 2 cores; the
 *   explore profile is where draws are many);
 * - paper: the paper's configuration only — each evaluation is hours of CPU;
 * - explore multiplies the draws, with a random seed.
 */
export function checkBudget(scale: Scale, profile: Profile): CheckBudget {
  const base: Record<Scale, CheckBudget> = {
    ci: { numRuns: 1, timeLimitMs: 60_000, maxShrinkSteps: 8 },
    quick: { numRuns: 1, timeLimitMs: 120_000, maxShrinkSteps: 12 },
    paper: { numRuns: 0, timeLimitMs: 6 * 3_600_000, maxShrinkSteps: 4 },
  };
  const b = base[scale];
  return profile === 'explore' ? { ...b, numRuns: Math.max(4, b.numRuns * 5), timeLimitMs: b.timeLimitMs * 3 } : b;
}

/** The fixed fast-check seed of the `ci` profile. */
export const CI_PROPERTY_SEED = 20150509;
