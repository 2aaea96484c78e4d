import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClaim } from './check-claim.js';
import type { Claim, ClaimOutcome } from './claim.js';
import type { Verdict } from './claim-result.js';
import { freshSeed } from './reseed-config.js';

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
    figureInput: { config, records: {} },
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

  it('confirms a failure on fresh seeds: a claim that fails for every seed is failed, with its confirmation', async () => {
    const claim = seededClaim(() => true);
    const check = await checkClaim(claim, {
      scale: 'ci',
      profile: 'ci',
      seed: 3,
      budget: { numRuns: 2, timeLimitMs: 10_000, maxShrinkSteps: 0 },
      context,
    });
    expect(check.failure?.confirmation?.failed).toEqual({ n: 1, seed: 5 }); // the scale configuration failed first
    expect(check.failure?.confirmation?.config.n).toBe(1);
    expect(check.failure?.confirmation?.config.seed).not.toBe(5);
    expect(check.failure?.confirmation?.outcome.result.verdict).toBe('fails');
    expect(check.lead).toBeUndefined();
  });

  it('reports a failure that fresh seeds do not reproduce as a lead, not a failure', async () => {
    const claim = seededClaim((config) => config.seed === 5); // only the scale configuration's seed fails
    const check = await checkClaim(claim, {
      scale: 'ci',
      profile: 'ci',
      seed: 3,
      budget: { numRuns: 2, timeLimitMs: 10_000, maxShrinkSteps: 0 },
      context,
    });
    expect(check.failure).toBeUndefined();
    expect(check.lead?.confirmation?.failed).toEqual({ n: 1, seed: 5 });
    expect(check.lead?.confirmation?.outcome.result.verdict).toBe('holds');
  });

  it('with confirm: false returns the failure unconfirmed (one configuration judged, as verify --no-compute does)', async () => {
    const claim = seededClaim((config) => config.seed === 5);
    const check = await checkClaim(claim, {
      scale: 'ci',
      profile: 'ci',
      seed: 3,
      budget: { numRuns: 0, timeLimitMs: 10_000, maxShrinkSteps: 0 },
      confirm: false,
      context,
    });
    expect(check.failure?.config).toEqual({ n: 1, seed: 5 });
    expect(check.failure?.confirmation).toBeUndefined();
    expect(check.lead).toBeUndefined();
  });

  it('keeps the family-wise false-fail rate at α whatever the number of draws', async () => {
    // A claim that holds: each evaluation "fails" with probability α = 0.05, independently across configurations
    // (a hash of the configuration, seed included). With 1 + 20 configurations per check, failing on any draw would
    // fail 1 − 0.95^21 ≈ 66 % of checks; with the confirmation the rate is α. 400 checks: under rate 0.05 the count
    // is Binomial(400, 0.05) (mean 20, sd 4.4); the bound 35 is exceeded with probability 5e-4, and the counts are
    // deterministic (fixed seeds), so this test either always passes or always fails.
    const alpha = 0.05;
    const claim = seededClaim((config) => freshSeed(config.seed * 1000 + config.n, 7) < alpha * 1_000_000);
    let fails = 0;
    let leads = 0;
    for (let trial = 0; trial < 400; trial += 1) {
      const check = await checkClaim(
        { ...claim, configFor: () => ({ n: 1, seed: 1_000 + trial }) },
        {
          scale: 'ci',
          profile: 'ci',
          seed: trial,
          budget: { numRuns: 20, timeLimitMs: 60_000, maxShrinkSteps: 0 },
          context,
        },
      );
      if (check.failure) fails += 1;
      if (check.lead) leads += 1;
    }
    expect(leads).toBeGreaterThan(150); // without the confirmation these would all be failures
    expect(fails).toBeLessThanOrEqual(35);
  });
});

interface SeededConfig {
  n: number;
  seed: number;
}

/** A claim whose verdict on a configuration is `fails` exactly when `failsOn` says so (else `holds`). */
function seededClaim(failsOn: (config: SeededConfig) => boolean): Claim<SeededConfig> {
  return {
    id: 'seeded',
    title: 'seeded',
    paperReference: 'none',
    configFor: () => ({ n: 1, seed: 5 }),
    arbitrary: () => fc.record({ n: fc.integer({ min: 0, max: 1_000 }), seed: fc.integer({ min: 0, max: 1_000_000 }) }),
    parseConfig: (x) => x as SeededConfig,
    specs: () => [],
    async evaluate(config) {
      const verdict: Verdict = failsOn(config) ? 'fails' : 'holds';
      return {
        result: {
          id: 'seeded',
          title: 'seeded',
          paperReference: 'none',
          verdict,
          statistic: { name: 'seed', value: config.seed },
          threshold: { description: 'none', value: null },
          alpha: 0.05,
          rule: 'fails when failsOn(config)',
          reason: `seed ${config.seed}`,
          evidence: [],
        },
        figureInput: { config, records: {} },
      };
    },
  };
}
