/**
 * Scales and profiles of verification.
 *
 * Scale = how big the experiments behind a claim are:
 * - `ci`: small enough to run inside `npm test` (the whole suite finishes in 5 minutes on 2 cores);
 * - `quick`: what a newcomer runs first with `npm run verify` (about 10 minutes on 2 cores, all claims);
 * - `paper`: the paper's sizes and counts (meant for shards across machines).
 *
 * Profile = which configurations the property explores:
 * - `ci`: a fixed seed and configurations inside the regime where the claim should hold robustly;
 * - `explore`: a random seed and a wide space including small sizes where finite-size effects may break a
 *   claim; what it finds are findings, not bugs.
 */
export const SCALES = ['ci', 'quick', 'paper'] as const;
export type Scale = (typeof SCALES)[number];

export const PROFILES = ['ci', 'explore'] as const;
export type Profile = (typeof PROFILES)[number];
