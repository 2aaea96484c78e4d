import fc from 'fast-check';
import { canonicalJson } from '../core/canonical-json.js';
import type { Claim, ClaimContext, ClaimOutcome } from './claim.js';
import { type FiniteSizeMap, failureCounts, finiteSizeMap } from './finite-size-map.js';
import { reseedConfig } from './reseed-config.js';
import type { Profile, Scale } from './scale.js';

export interface CheckBudget {
  /** Configurations to draw (the scale's own configuration and the database examples come first, on top). */
  numRuns: number;
  /** Wall-clock budget for the whole check, shrinking included; past it, shrinking stops early. */
  timeLimitMs: number;
  /** At most this many evaluations while shrinking. */
  maxShrinkSteps: number;
}

export interface CheckOptions<C> {
  scale: Scale;
  profile: Profile;
  /** fast-check seed; the `ci` profile passes a fixed one, `explore` a random one. */
  seed: number;
  budget: CheckBudget;
  /** Known counterexamples (fixtures/counterexamples), replayed first so a fixed failure stays fixed. */
  examples?: C[];
  context: ClaimContext;
  /**
   * Confirm a failure on fresh seeds before it counts (default true). Off only when a single configuration is judged
   * (`verify --no-compute`, which cannot run the confirmation's experiments).
   */
  confirm?: boolean;
  /** Called after every evaluation (progress). */
  onEvaluation?: (config: C, outcome: ClaimOutcome) => void;
}

export interface ClaimFailure<C> {
  /** The minimal configuration fast-check shrank to that still fails. */
  config: C;
  outcome: ClaimOutcome;
  seed: number;
  path?: string;
  numRuns: number;
  numShrinks: number;
  shrinkingStoppedEarly: boolean;
  /**
   * The fresh-seed replicate of the first failing configuration, which must also fail for a verdict `fails`; absent
   * when the check ran with `confirm: false`.
   */
  confirmation?: Confirmation<C>;
}

/** The confirmation run: the first configuration that failed, rerun with fresh seeds (src/claims/reseed-config.ts). */
export interface Confirmation<C> {
  /** The configuration that failed first (before shrinking). */
  failed: C;
  /** The same configuration with fresh seeds. */
  config: C;
  outcome: ClaimOutcome;
}

export interface ClaimCheck<C> {
  claim: string;
  /** The outcome of the scale's own configuration. */
  scaleOutcome: ClaimOutcome;
  /**
   * The property's failure, shrunk, when its first failing configuration also failed on fresh seeds; absent when
   * every drawn configuration held or was inconclusive, or when the failure was not confirmed (then `lead`).
   */
  failure?: ClaimFailure<C>;
  /** A failure at its own level that its fresh-seed confirmation did not reproduce: reported, not a verdict. */
  lead?: ClaimFailure<C>;
  /** Configurations evaluated (cached ones count once). */
  evaluations: number;
  seed: number;
  /**
   * Explore profile, asymptotic claims (Claim.finiteSize): verdicts per size over the configurations evaluated
   * before any confirmation, and the size from which the claim holds on the sizes tried.
   */
  finiteSizeMap?: FiniteSizeMap;
}

/**
 * Check a claim as a property: every configuration drawn from the claim's arbitrary must not be judged
 * "fails" ("inconclusive" passes: too little evidence is not a counterexample). The scale's configuration is
 * evaluated first and is the first example; known counterexamples follow. When a configuration fails,
 * fast-check shrinks it within the budget, and the smallest failing configuration is returned with fast-check's
 * seed and path, so the failure can be replayed.
 *
 * Family-wise error control across the draws (issue #11): each evaluation is a test at the rule's level α, so with
 * k configurations a claim that holds would be failed by some draw with probability up to kα. A failure therefore
 * counts only when a confirmation confirms it: the FIRST configuration that failed is rerun once with fresh seeds
 * (an independent replicate of the same design, whatever the search selected it for), and the claim fails only if
 * that rerun fails too. There is one confirmation per check, so for a claim that holds,
 * P(check fails) ≤ P(the confirmation fails) ≤ α, whatever the number of draws, examples or shrink steps. An
 * unconfirmed failure is returned as a `lead`.
 */
export async function checkClaim<C>(claim: Claim<C>, options: CheckOptions<C>): Promise<ClaimCheck<C>> {
  const cache = new Map<string, ClaimOutcome>();
  const evaluate = async (config: C): Promise<ClaimOutcome> => {
    const key = canonicalJson(config);
    const hit = cache.get(key);
    if (hit) return hit;
    const outcome = await claim.evaluate(config, options.context);
    cache.set(key, outcome);
    options.onEvaluation?.(config, outcome);
    return outcome;
  };
  const scaleConfig = claim.configFor(options.scale);
  const scaleOutcome = await evaluate(scaleConfig);

  const deadline = Date.now() + options.budget.timeLimitMs;
  const examples = [scaleConfig, ...(options.examples ?? [])].map((c) => [c] as [C]);
  /**
   * One pass of the property with the same seed and draws: a configuration is a failure when `counts` says so.
   * Evaluations are cached, so a second pass replays the first one's draws for free (the deadline skips only
   * configurations not yet evaluated). Shrinking has its own clock: the time limit again, from the first failure,
   * so draws that used up the time limit do not cut shrinking to one step.
   */
  const pass = async (counts: (config: C, outcome: ClaimOutcome) => boolean) => {
    let failedOnce = false;
    let firstFailing: C | undefined;
    let shrinkSteps = 0;
    let stoppedEarly = false;
    let shrinkDeadline = Number.POSITIVE_INFINITY;
    const property = fc.asyncProperty(claim.arbitrary(options.scale, options.profile), async (config) => {
      if (failedOnce) {
        // Shrinking: past the budget, treat further candidates as passing so fast-check settles on the
        // smallest failure found so far.
        if (shrinkSteps >= options.budget.maxShrinkSteps || Date.now() > shrinkDeadline) {
          stoppedEarly = true;
          return true;
        }
        shrinkSteps += 1;
      } else if (Date.now() > deadline && cache.size > 0 && !cache.has(canonicalJson(config))) {
        fc.pre(false); // out of time before any failure: skip the remaining draws
      }
      const outcome = await evaluate(config);
      if (counts(config, outcome)) {
        if (!failedOnce) {
          firstFailing = config;
          shrinkDeadline = Date.now() + options.budget.timeLimitMs;
        }
        failedOnce = true;
        return false;
      }
      return true;
    });
    const details = await fc.check(property, {
      seed: options.seed,
      // fast-check counts the examples within numRuns.
      numRuns: examples.length + options.budget.numRuns,
      examples,
      maxSkipsPerRun: 1000,
    });
    return { details, firstFailing, stoppedEarly };
  };
  const fails = (_config: C, outcome: ClaimOutcome) => outcome.result.verdict === 'fails';
  let map: FiniteSizeMap | undefined;
  let run: Awaited<ReturnType<typeof pass>>;
  if (options.profile === 'explore' && claim.finiteSize) {
    const sizeOf = claim.finiteSize.bind(claim);
    // First pass: every draw judged, none shrunk; then the map over what was evaluated.
    await pass(() => false);
    map = finiteSizeMap(
      claim.id,
      [...cache.entries()].map(([key, outcome]) => ({
        size: sizeOf(JSON.parse(key) as C),
        verdict: outcome.result.verdict,
      })),
    );
    const sized = map;
    // Second pass (same draws, from the cache): only a reversal or a failure at the largest size counts.
    run = await pass((config, outcome) => fails(config, outcome) && failureCounts(sized, sizeOf(config)));
  } else {
    run = await pass(fails);
  }
  const { details, firstFailing, stoppedEarly } = run;
  const result: ClaimCheck<C> = {
    claim: claim.id,
    scaleOutcome,
    evaluations: cache.size,
    seed: options.seed,
    ...(map ? { finiteSizeMap: map } : {}),
  };
  if (details.failed && details.counterexample) {
    const [config] = details.counterexample;
    const failed = firstFailing ?? config;
    const failure: ClaimFailure<C> = {
      config,
      outcome: await evaluate(config),
      seed: details.seed,
      path: details.counterexamplePath ?? undefined,
      numRuns: details.numRuns,
      numShrinks: details.numShrinks,
      shrinkingStoppedEarly: stoppedEarly,
    };
    if (options.confirm === false) {
      result.failure = failure;
    } else {
      const confirmationConfig = reseedConfig(failed, 1);
      failure.confirmation = { failed, config: confirmationConfig, outcome: await evaluate(confirmationConfig) };
      if (failure.confirmation.outcome.result.verdict === 'fails') result.failure = failure;
      else result.lead = failure;
    }
  }
  return result;
}
