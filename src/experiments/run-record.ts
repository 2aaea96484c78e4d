/**
 * One stored run. A run is identified by (specHash, size, run); everything in a record except `elapsedMs` is a
 * pure function of that identity, so a recomputed run equals the stored one bit for bit (numbers round-trip
 * exactly through JSON: JavaScript prints the shortest decimal that parses back to the same double).
 */

import { canonicalJson } from '../core/canonical-json.js';
import type { OptimizerRun } from '../optim/run-result.js';

/**
 * A spin-glass run as stored: the optimizer's outcome (src/optim/run-result.ts; `converged` is always false for
 * annealing) without the final point, and the Hessian index when it was measured.
 */
export interface SpinGlassMetrics
  extends Pick<
    OptimizerRun,
    | 'energy'
    | 'scaledEnergy'
    | 'gradNorm'
    | 'iterations'
    | 'energyEvaluations'
    | 'gradientEvaluations'
    | 'haltingTimes'
    | 'converged'
  > {
  index?: number;
  normalizedIndex?: number;
  /** 'critical-point-search' only: gradient-descent steps before the search (the run's rung of the ladder). */
  descentSteps?: number;
  /** 'critical-point-search' only: dense Hessians the search computed. */
  hessianEvaluations?: number;
  /** Annealing: the energy after 0, 1/10, …, 10/10 of the budget, and its relative drop over the last fifth. */
  lossCurve?: number[];
  plateauDrop?: number;
}

export interface NetworkMetrics {
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  /** ‖∇ (mean full-training-set loss)‖ at the final weights. */
  gradNorm: number;
  epochs: number;
  evaluations: number;
  /** SGD and 'sa': the loss after 0, 1/10, …, 10/10 of the run (src/experiments/execute-network.ts). */
  lossCurve?: number[];
  /** SGD and 'sa': (lossCurve[8] − lossCurve[10]) / |lossCurve[8]|; < 0.02 is a plateau. */
  plateauDrop?: number;
  index?: number;
  normalizedIndex?: number;
}

export type RunMetrics = SpinGlassMetrics | NetworkMetrics;

export interface RunRecord {
  specHash: string;
  size: number;
  run: number;
  status: 'ok' | 'diverged';
  /**
   * Spin glass under disorder 'landscapes' only: the index (0 ≤ l < L) of the coupling sample the run used (see
   * landscapeOfRun in spec.ts). Absent under 'fixed' (every run on sample 0) and 'per-run' (sample = run), so
   * their records are what they were before the field existed.
   */
  landscape?: number;
  /** Why the run diverged (status 'diverged' only). */
  reason?: string;
  /** The seed strings of the streams the run used, by purpose (see src/random/streams.ts). */
  streams: Record<string, string>;
  /** The run's measurements; null when it diverged (a diverged run is never averaged in). */
  metrics: RunMetrics | null;
  /** Wall time of the run (or its share of a batch). Not part of the identity: excluded from comparisons. */
  elapsedMs?: number;
}

/** "size/run": the key of a run within one spec. */
export function runKey(size: number, run: number): string {
  return `${size}/${run}`;
}

/** The canonical JSON of a record without its timing (and its store checksum): equal strings ⇔ the same run with the same results. */
export function recordFingerprint(record: RunRecord): string {
  const { elapsedMs: _elapsed, checksum: _checksum, ...rest } = record as RunRecord & { checksum?: string };
  return canonicalJson(rest);
}

/** Whether two records hold the same run with the same results (timing ignored). */
export function sameRecord(a: RunRecord, b: RunRecord): boolean {
  return recordFingerprint(a) === recordFingerprint(b);
}

/** Sort records by (size, run) — the order the engine returns them in. */
export function sortRecords(records: RunRecord[]): RunRecord[] {
  return records.sort((a, b) => a.size - b.size || a.run - b.run);
}

function nonFinitePath(value: unknown, path: string): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = nonFinitePath(value[i], `${path}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = nonFinitePath(v, path === '' ? k : `${path}.${k}`);
      if (p) return p;
    }
  }
  return null;
}

/**
 * A record whose metrics hold a non-finite number becomes `{status: 'diverged', reason, metrics: null}`:
 * non-finite results are recorded as such and never averaged in.
 */
export function guardFinite(record: RunRecord): RunRecord {
  if (record.status !== 'ok' || record.metrics === null) return record;
  const bad = nonFinitePath(record.metrics, '');
  if (bad === null) return record;
  const value = bad.split(/[.[\]]/).filter(Boolean);
  let v: unknown = record.metrics;
  for (const k of value) v = (v as Record<string, unknown>)[k];
  return { ...record, status: 'diverged', reason: `non-finite ${bad} (${String(v)})`, metrics: null };
}
