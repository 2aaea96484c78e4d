import type { Verdict } from './claim-result.js';

/** Verdicts per size of one claim over the configurations an explore run evaluated. */
export interface FiniteSizeMap {
  claim: string;
  /** Per size tried (ascending): how many configurations of that size held, failed, were inconclusive. */
  sizes: { size: number; holds: number; fails: number; inconclusive: number }[];
  /**
   * The smallest size s such that every configuration of every size ≥ s tried held (null: the largest size tried
   * did not hold throughout).
   */
  holdsFrom: number | null;
  /** The largest size tried, and the smallest size at which some configuration held (null: none held). */
  largest: number;
  smallestHeld: number | null;
}

/**
 * The finite-size map of an asymptotic claim (issue #11, item 5): the paper's claims are about large systems and
 * small ones may break them, so the explore profile reports from which size on a claim holds rather than taking
 * the smallest size as a counterexample.
 */
export function finiteSizeMap(claim: string, evaluated: readonly { size: number; verdict: Verdict }[]): FiniteSizeMap {
  const bySize = new Map<number, { size: number; holds: number; fails: number; inconclusive: number }>();
  for (const e of evaluated) {
    const row = bySize.get(e.size) ?? { size: e.size, holds: 0, fails: 0, inconclusive: 0 };
    row[e.verdict === 'holds' ? 'holds' : e.verdict === 'fails' ? 'fails' : 'inconclusive'] += 1;
    bySize.set(e.size, row);
  }
  const sizes = [...bySize.values()].sort((a, b) => a.size - b.size);
  let holdsFrom: number | null = null;
  for (let i = sizes.length - 1; i >= 0; i--) {
    if (sizes[i].fails > 0 || sizes[i].inconclusive > 0 || sizes[i].holds === 0) break;
    holdsFrom = sizes[i].size;
  }
  const held = sizes.filter((s) => s.holds > 0).map((s) => s.size);
  return {
    claim,
    sizes,
    holdsFrom,
    largest: sizes.length > 0 ? sizes[sizes.length - 1].size : Number.NaN,
    smallestHeld: held.length > 0 ? Math.min(...held) : null,
  };
}

/**
 * Whether a failure at `size` counts as a counterexample under the map: a REVERSAL (it fails at a size larger than
 * one where the claim held) or a failure at the largest size tried. A failure below every size that held is a
 * finite-size effect the map reports, not a counterexample.
 */
export function failureCounts(map: FiniteSizeMap, size: number): boolean {
  return (map.smallestHeld !== null && size > map.smallestHeld) || size >= map.largest;
}
