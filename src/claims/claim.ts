import type fc from 'fast-check';
import type { RunRecord } from '../experiments/run-record.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import type { ClaimResult } from './claim-result.js';
import type { Profile, Scale } from './scale.js';

/** What a claim may ask of the engine: all records of a spec (computed or loaded from the result store). */
export interface ClaimContext {
  run(spec: ExperimentSpec): Promise<RunRecord[]>;
}

/**
 * What a judged configuration's figures are drawn from (by src/report/figures/<claim>.ts; claims do not draw):
 * the configuration, the experiments' records by role (e.g. `spin`, `network`) and any computed series a figure
 * needs beyond the result's evidence (e.g. the reduction claim's correlation curves).
 */
export interface FigureInput {
  config: unknown;
  records: Record<string, RunRecord[]>;
  series?: Record<string, unknown>;
}

/** A judged configuration: the verdict with its evidence, and what its figures are drawn from. */
export interface ClaimOutcome {
  result: ClaimResult;
  figureInput: FigureInput;
}

/**
 * One claim of the paper as a generative property. The configuration type C is plain JSON (it is written to
 * counterexample files and replayed), and every claim file states at its top: the claim, the paper's
 * section, the statistic, the decision rule with its α and multiple-testing correction, and its defaults per
 * scale.
 */
export interface Claim<C = unknown> {
  readonly id: string;
  readonly title: string;
  readonly paperReference: string;
  /** The configuration checked at each scale (the first example of every property run). */
  configFor(scale: Scale): C;
  /** Configurations the property draws from: `ci` inside the robust regime, `explore` wide. */
  arbitrary(scale: Scale, profile: Profile): fc.Arbitrary<C>;
  /** Validate a configuration read from outside (a counterexample file); throws InputError. */
  parseConfig(input: unknown): C;
  /** The experiments this configuration needs (so shards can run them without judging). */
  specs(config: C): ExperimentSpec[];
  /**
   * Asymptotic claims only: the configuration's size for the explore profile's finite-size map (e.g. the smallest
   * N of its ladder). With it, `explore` reports from which size on the claim holds, and a failure is a
   * counterexample only when it is a reversal or at the largest size tried (src/claims/finite-size-map.ts).
   */
  finiteSize?(config: C): number;
  /** Run (or load) the experiments and apply the decision rule. */
  evaluate(config: C, context: ClaimContext): Promise<ClaimOutcome>;
}
