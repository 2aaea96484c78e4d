import type { Claim } from './claim.js';

/**
 * Every claim of the paper, in the order of the report. One file each in this folder; add a claim by
 * importing it here.
 */
// biome-ignore lint/suspicious/noExplicitAny: claims have different configuration types.
export const claims: Claim<any>[] = [];

// biome-ignore lint/suspicious/noExplicitAny: see above.
export function findClaim(id: string): Claim<any> | undefined {
  return claims.find((c) => c.id === id);
}
