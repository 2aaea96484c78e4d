import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClaim } from './check-claim.js';
import type { Claim, ClaimOutcome } from './claim.js';
import type { Verdict } from './claim-result.js';

interface ToyConfig {
  n: number;
  runs: number;
}

/** A claim that fails exactly when n ≥ threshold and runs ≥ 3 (inconclusive below 3 runs). */
function toyClaim(threshold: number): Claim<ToyConfig> & { evaluations: ToyConfig[] } {
  const evaluations: ToyConfig[] = [];
  const outcome = (verdict: Verdict, config: ToyConfig): ClaimOutcome => ({
    result: {
      id: 'toy',
      title: 'toy',
      paperReference: 'none',
      verdict,
      statistic: { name: 'n', value: config.n },
      threshold: { description: `n < ${threshold}`, value: threshold },
      alpha: null,
      rule: 'fails when n ≥ threshold',
      reason: `n = ${config.n}`,
      evidence: [],
    },
    figures: [],
  });
  return {
    id: 'toy',
    title: 'toy',
    paperReference: 'none',
    evaluations,
    configFor: () => ({ n: 1, runs: 5 }),
    arbitrary: () => fc.record({ n: fc.integer({ min: 0, max: 100 }), runs: fc.integer({ min: 0, max: 10 }) }),
    parseConfig: (x) => x as ToyConfig,
    specs: () => [],
    async evaluate(config) {
      evaluations.push(config);
      if (config.runs < 3) return outcome('inconclusive', config);
      return outcome(config.n >= threshold ? 'fails' : 'holds', config);
    },
  };
}

const context = { run: async () => [] };

describe('checkClaim', () => {
  it('passes when nothing fails, and evaluates the scale configuration first', async () => {
    const claim = toyClaim(1000);
    const check = await checkClaim(claim, {
      scale: 'ci',
      profile: 'ci',
      seed: 1,
      budget: { numRuns: 5, timeLimitMs: 10_000, maxShrinkSteps: 100 },
      context,
    });
    expect(check.failure).toBeUndefined();
    expect(check.scaleOutcome.result.verdict).toBe('holds');
    expect(claim.evaluations[0]).toEqual({ n: 1, runs: 5 });
  });

  it('shrinks a failure to the smallest failing configuration (n = threshold, runs = 3)', async () => {
    const claim = toyClaim(17);
    const check = await checkClaim(claim, {
      scale: 'ci',
      profile: 'explore',
      seed: 42,
      budget: { numRuns: 50, timeLimitMs: 10_000, maxShrinkSteps: 1000 },
      context,
    });
    expect(check.failure?.config).toEqual({ n: 17, runs: 3 });
    expect(check.failure?.outcome.result.verdict).toBe('fails');
    expect(check.failure?.shrinkingStoppedEarly).toBe(false);
    expect(check.failure?.numShrinks).toBeGreaterThan(0);
  });

  it('replays known counterexamples first and stops shrinking at its step budget', async () => {
    const claim = toyClaim(17);
    const check = await checkClaim(claim, {
      scale: 'ci',
      profile: 'ci',
      seed: 1,
      budget: { numRuns: 0, timeLimitMs: 10_000, maxShrinkSteps: 2 },
      examples: [{ n: 90, runs: 9 }],
      context,
    });
    expect(claim.evaluations[1]).toEqual({ n: 90, runs: 9 });
    expect(check.failure?.shrinkingStoppedEarly).toBe(true);
    expect(check.failure?.outcome.result.verdict).toBe('fails');
    // Stopped early: not yet the minimum.
    expect(check.failure?.config).not.toEqual({ n: 17, runs: 3 });
  });
});
