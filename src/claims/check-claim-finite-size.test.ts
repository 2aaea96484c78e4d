import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClaim } from './check-claim.js';
import type { Claim, ClaimOutcome } from './claim.js';
import type { Verdict } from './claim-result.js';

/** An asymptotic toy claim of size n: `verdictOf(n)` decides, whatever the seed. */
function sizedClaim(verdictOf: (n: number) => Verdict): Claim<{ n: number; seed: number }> {
  const outcome = (verdict: Verdict, n: number): ClaimOutcome => ({
    result: {
      id: 'sized',
      title: 'sized',
      paperReference: 'none',
      verdict,
      statistic: { name: 'n', value: n },
      threshold: { description: 'none', value: null },
      alpha: null,
      rule: 'by size',
      reason: `n = ${n}`,
      evidence: [],
    },
    figureInput: { config: { n }, records: {} },
  });
  return {
    id: 'sized',
    title: 'sized',
    paperReference: 'none',
    configFor: () => ({ n: 100, seed: 1 }),
    arbitrary: () => fc.record({ n: fc.integer({ min: 2, max: 100 }), seed: fc.integer({ min: 0, max: 1000 }) }),
    parseConfig: (x) => x as { n: number; seed: number },
    specs: () => [],
    finiteSize: (c) => c.n,
    async evaluate(config) {
      return outcome(verdictOf(config.n), config.n);
    },
  };
}

const context = { run: async () => [] };
const budget = { numRuns: 40, timeLimitMs: 10_000, maxShrinkSteps: 200 };

describe('checkClaim on the explore profile: finite-size maps', () => {
  it('a claim that fails only below n = 30 has no counterexample, and the map says it holds from the smallest n ≥ 30 tried', async () => {
    const check = await checkClaim(
      sizedClaim((n) => (n < 30 ? 'fails' : 'holds')),
      { scale: 'ci', profile: 'explore', seed: 7, budget, context },
    );
    expect(check.failure).toBeUndefined();
    expect(check.lead).toBeUndefined();
    const map = check.finiteSizeMap!;
    expect(map.holdsFrom).toBeGreaterThanOrEqual(30);
    const tried = map.sizes.map((s) => s.size);
    expect(map.holdsFrom).toBe(Math.min(...tried.filter((n) => n >= 30)));
    expect(map.sizes.filter((s) => s.size < 30).every((s) => s.fails > 0 && s.holds === 0)).toBe(true);
  });

  it('a reversal (fails at 60–70 above sizes that held) is a counterexample, shrunk to the smallest reversal', async () => {
    const check = await checkClaim(
      sizedClaim((n) => (n < 30 || (n >= 60 && n <= 70) ? 'fails' : 'holds')),
      { scale: 'ci', profile: 'explore', seed: 11, budget, context },
    );
    const failure = check.failure ?? check.lead;
    expect(failure).toBeDefined();
    expect(failure?.config.n).toBe(60);
    expect(failure?.shrinkingStoppedEarly).toBe(false);
  });

  it('the ci profile keeps the old rule: any failing draw counts (no map)', async () => {
    const check = await checkClaim(
      sizedClaim((n) => (n < 30 ? 'fails' : 'holds')),
      { scale: 'ci', profile: 'ci', seed: 7, budget, context },
    );
    expect(check.finiteSizeMap).toBeUndefined();
    expect(check.failure ?? check.lead).toBeDefined();
  });
});
