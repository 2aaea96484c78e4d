import type fc from 'fast-check';
import type { TopLevelSpec } from 'vega-lite';
import type { RunRecord } from '../experiments/run-record.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import type { ClaimResult } from './claim-result.js';
import type { Profile, Scale } from './scale.js';

/** What a claim may ask of the engine: all records of a spec (computed or loaded from the result store). */
export interface ClaimContext {
  run(spec: ExperimentSpec): Promise<RunRecord[]>;
}

/** A figure a claim draws: a Vega-Lite spec and the file name (plain, ending in .svg) to render it to. */
export interface NamedFigure {
  file: string;
  spec: TopLevelSpec;
}

/** A judged configuration: the verdict with its evidence, and the figures of the case. */
export interface ClaimOutcome {
  result: ClaimResult;
  figures: NamedFigure[];
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
  /** Run (or load) the experiments and apply the decision rule. */
  evaluate(config: C, context: ClaimContext): Promise<ClaimOutcome>;
}
