/**
 * `landscape calibrate`: the measured error rates of the claims' rules (issue #11).
 *
 * For each claim and trial t = 1…T, the claim's configuration at the scale with fresh seeds (reseedConfig(config, t):
 * every seed replaced by a derived one, so new landscapes, splits, initialisations, optimizer streams and synthetic
 * draws) is judged
 *  (a) on its null model (src/claims/null-models/: the claim holds exactly at its boundary), counting 'fails' —
 *      the observed false-fail rate, with its 95 % Clopper–Pearson interval, to be compared with the rule's α;
 *  (b) under each planted violation of the claim (src/claims/planted/: through the real executors), counting
 *      'fails' — the detection rate.
 * Targets: false-fail rate ≤ α (its interval overlapping α at most) and every violation detected in ≥ 80 % of the
 * trials at the quick scale. Planted runs are computed in this thread and never stored (planted-context.ts); runs of
 * one plant and spec are computed once per calibration and shared by the claims that read them (as the store
 * shares the real runs).
 */
import type { Claim } from '../claims/claim.js';
import type { Verdict } from '../claims/claim-result.js';
import type { NullModel } from '../claims/null-models/null-model.js';
import { nullModelOf } from '../claims/null-models/registry.js';
import type { PlantedRunMemo } from '../claims/planted/planted-context.js';
import { violationsOf } from '../claims/planted/registry.js';
import { claims as allClaims } from '../claims/registry.js';
import { reseedConfig } from '../claims/reseed-config.js';
import { InputError } from '../core/input-error.js';
import { clopperPearsonInterval } from '../stats/clopper-pearson-interval.js';

export const CALIBRATION_SCALES = ['ci', 'quick'] as const;
export type CalibrationScale = (typeof CALIBRATION_SCALES)[number];

export interface CalibrateOptions {
  /** Claim ids (empty: all). */
  claimIds: string[];
  scale: CalibrationScale;
  /** Trials per planted violation (and per null model unless nullTrials is given). */
  trials: number;
  /** Trials per null model (default: trials). Null models are mostly synthetic records, so cheap: more trials. */
  nullTrials?: number;
  /** The configuration calibrated (default: the claim's own at the scale); tests pass smaller ones. */
  // biome-ignore lint/suspicious/noExplicitAny: claims have different configuration types.
  configFor?: (claim: Claim<any>, scale: CalibrationScale) => unknown;
  /** Progress lines (stderr). */
  log?: (line: string) => void;
}

export interface ViolationCalibration {
  name: string;
  description: string;
  trials: number;
  /** Trials judged 'fails'. */
  detected: number;
  /** The verdict of each trial, in order. */
  verdicts: Verdict[];
  seconds: number;
}

export interface ClaimCalibration {
  id: string;
  /** The rule's false-fail rate as the claim reports it (null: a computation, which must never fail its null). */
  alpha: number | null;
  nullModel: string;
  nullTrials: number;
  /** Null trials judged 'fails'. */
  falseFails: number;
  /** 95 % Clopper–Pearson interval of the false-fail rate. */
  falseFailInterval: { lower: number; upper: number };
  /** Verdicts of the null trials, in order. */
  nullVerdicts: Verdict[];
  nullSeconds: number;
  violations: ViolationCalibration[];
}

export interface CalibrationOutcome {
  scale: CalibrationScale;
  trials: number;
  claims: ClaimCalibration[];
  seconds: number;
}

const seconds = (start: number) => Math.round((performance.now() - start) / 10) / 100;

// biome-ignore lint/suspicious/noExplicitAny: claims have different configuration types.
function selectClaims(ids: string[]): Claim<any>[] {
  if (ids.length === 0) return allClaims;
  const unknown = ids.filter((id) => !allClaims.some((c) => c.id === id));
  if (unknown.length > 0) {
    throw new InputError(`unknown claim ${unknown.join(', ')}; known claims: ${allClaims.map((c) => c.id).join(', ')}`);
  }
  return allClaims.filter((c) => ids.includes(c.id));
}

/** Run the calibration (see the header). Throws InputError on an unknown claim or a bad trial count. */
export async function calibrate(options: CalibrateOptions): Promise<CalibrationOutcome> {
  const nullTrials = options.nullTrials ?? options.trials;
  for (const [name, value] of [
    ['trials', options.trials],
    ['null trials', nullTrials],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) throw new InputError(`${name} must be a positive integer, got ${value}`);
  }
  const selected = selectClaims(options.claimIds);
  const log = options.log ?? (() => {});
  const configOf = options.configFor ?? ((claim, scale) => claim.configFor(scale));
  const memo: PlantedRunMemo = new Map();
  const started = performance.now();
  const out: ClaimCalibration[] = [];
  for (const claim of selected) {
    const model: NullModel | undefined = nullModelOf(claim.id);
    const violations = violationsOf(claim.id);
    if (!model) throw new Error(`claim ${claim.id} has no null model (src/claims/null-models/)`);
    if (violations.length === 0) throw new Error(`claim ${claim.id} has no planted violation (src/claims/planted/)`);
    const base = configOf(claim, options.scale);
    const trialConfig = (t: number) => reseedConfig(base, t);

    const nullStart = performance.now();
    const nullVerdicts: Verdict[] = [];
    let alpha: number | null = null;
    for (let t = 1; t <= nullTrials; t++) {
      const outcome = await model.evaluate(claim, trialConfig(t));
      nullVerdicts.push(outcome.result.verdict);
      alpha = outcome.result.alpha;
    }
    const falseFails = nullVerdicts.filter((v) => v === 'fails').length;
    log(`calibrate ${claim.id}: null ${falseFails}/${nullTrials} fails (α = ${alpha})`);

    const calibrated: ViolationCalibration[] = [];
    for (const violation of violations) {
      const start = performance.now();
      const verdicts: Verdict[] = [];
      for (let t = 1; t <= options.trials; t++) {
        verdicts.push((await violation.evaluate(claim, trialConfig(t), memo)).result.verdict);
      }
      const detected = verdicts.filter((v) => v === 'fails').length;
      calibrated.push({
        name: violation.name,
        description: violation.description,
        trials: options.trials,
        detected,
        verdicts,
        seconds: seconds(start),
      });
      log(`calibrate ${claim.id}: ${violation.name} detected ${detected}/${options.trials}`);
    }
    // The memo holds one claim's planted runs for the next claims on the same ladders; claims are in registry order,
    // so the ladder claims follow each other.
    out.push({
      id: claim.id,
      alpha,
      nullModel: model.description,
      nullTrials,
      falseFails,
      falseFailInterval: clopperPearsonInterval(falseFails, nullTrials, 0.95),
      nullVerdicts,
      nullSeconds: seconds(nullStart),
      violations: calibrated,
    });
  }
  return { scale: options.scale, trials: options.trials, claims: out, seconds: seconds(started) };
}

/** The `--json` form: {"claims": [{"id", "alpha", "nullTrials", "falseFails", "violations": [{"name", "trials", "detected"}]}]}. */
export function calibrationJson(outcome: CalibrationOutcome): object {
  return {
    scale: outcome.scale,
    trials: outcome.trials,
    seconds: outcome.seconds,
    claims: outcome.claims.map((c) => ({
      id: c.id,
      alpha: c.alpha,
      nullTrials: c.nullTrials,
      falseFails: c.falseFails,
      falseFailInterval: [round(c.falseFailInterval.lower), round(c.falseFailInterval.upper)],
      violations: c.violations.map((v) => ({ name: v.name, trials: v.trials, detected: v.detected })),
    })),
  };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** Whether a claim meets the targets: false-fail interval reaching down to α (or 0 when α is null), detection ≥ 80 %. */
export function meetsTargets(c: ClaimCalibration): { falseFail: boolean; detection: boolean } {
  const alpha = c.alpha ?? 0;
  return {
    falseFail: c.falseFailInterval.lower <= alpha,
    detection: c.violations.every((v) => v.detected >= 0.8 * v.trials),
  };
}

/** The human-readable table: per claim α, the false-fail rate with its interval, and per violation the detection. */
export function formatCalibration(outcome: CalibrationOutcome): string {
  const lines = [
    `calibration at scale ${outcome.scale}: ${outcome.trials} trial(s) per violation, ${outcome.claims[0]?.nullTrials ?? 0} per null model; ${outcome.seconds} s`,
    '',
    '| claim | α | false fails (null) | 95 % interval | planted violation | detected | targets |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const c of outcome.claims) {
    const targets = meetsTargets(c);
    const verdict = `${targets.falseFail ? 'false-fail ok' : 'FALSE-FAIL ABOVE α'}, ${targets.detection ? 'detection ok' : 'DETECTION < 80 %'}`;
    c.violations.forEach((v, i) => {
      const head =
        i === 0
          ? `| ${c.id} | ${c.alpha ?? 'none'} | ${c.falseFails}/${c.nullTrials} | [${pct(c.falseFailInterval.lower)}, ${pct(c.falseFailInterval.upper)}]`
          : '| | | |';
      lines.push(`${head} | ${v.name} | ${v.detected}/${v.trials} | ${i === 0 ? verdict : ''} |`);
    });
  }
  return lines.join('\n');
}
