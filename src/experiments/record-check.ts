/**
 * Checking a stored record before it is trusted. A line of a store is trusted only if it passes three checks:
 *
 * 1. **Shape**: an object with the spec hash of its store, an integer size ≥ 2 and run ≥ 0, a status.
 * 2. **Checksum**: `checksum` = SHA-256 of the canonical JSON of the record without its checksum (every other
 *    field, `elapsedMs` included), written by the store with each line. A record without a checksum (written
 *    before checksums existed) is accepted if it passes the semantic checks, and counted so the reader can say so
 *    once; a record with a wrong or malformed checksum is rejected.
 * 3. **Semantics** (with the store's spec, when it is known): `status` consistent with its fields ('ok' ⇒ metrics
 *    and no reason; 'diverged' ⇒ a reason and metrics null); every metric of the spec's metric set present, of the
 *    right type and finite; counts non-negative integers; accuracies in [0, 1], losses ≥ 0; the index in
 *    [0, dimension]; the stream seeds those the spec and the run index determine (see {@link checkStreams}); and
 *    the spin-glass scaled energy within the physical bound {@link spinGlassEnergyBound}.
 *
 * A record that fails is never used: its run is computed again.
 */
import { canonicalJson, sha256Hex } from '../core/canonical-json.js';
import type { RunRecord } from './run-record.js';
import type { ExperimentSpec } from './spec.js';
import { masterFor } from './spec-hash.js';

/** SHA-256 of the canonical JSON of a record without its `checksum` field. */
export function recordChecksum(record: object): string {
  const { checksum: _checksum, ...rest } = record as { checksum?: unknown };
  return sha256Hex(canonicalJson(rest));
}

/** The record as a store line holds it: with its checksum. */
export function withChecksum(record: RunRecord): RunRecord & { checksum: string } {
  const { checksum: _old, ...rest } = record as RunRecord & { checksum?: unknown };
  return { ...rest, checksum: recordChecksum(rest) };
}

/**
 * The largest |H/N| a spherical p-spin landscape of size N can plausibly reach, for the ensemble of its couplings.
 *
 * Gaussian couplings (also summed over P sub-samples of variance 1/P: still standard Gaussian): X(w) = H(w)/N is a
 * centred Gaussian process on |w|² = N with E(X(w) − X(v))² = (2/N)(1 − R^p), R = ⟨w, v⟩/N. Since
 * 1 − R^p ≤ p(1 − R) on [−1, 1], Sudakov–Fernique against Y(w) = √p⟨g, w⟩/N gives E sup X ≤ E sup Y ≤ √p for
 * every N (the N → ∞ limit is E_0(p), e.g. 1.657 < √3 for p = 3). X(w) has variance 1/N, so by Borell–TIS
 * P(sup X > √p + t) ≤ exp(−N t²/2); with t = 7.5/√N that is below 1e-12 per landscape. The bound is
 * √p + 7.5/√N, the same for the minimum (−H has the law of H).
 *
 * Bounded couplings (rademacher |J| ≤ 1, uniform |J| ≤ √3, each times √P when P sub-samples of variance 1/P are
 * summed): the deterministic |H(w)| ≤ N^{-(p-1)/2} max|J| (Σ|w_i|)^p ≤ max|J| N^{(p+1)/2}, i.e.
 * |H/N| ≤ max|J| N^{(p−1)/2} (generous, but never wrong).
 */
export function spinGlassEnergyBound(p: number, n: number, ensemble: string, subsamples = 1): number {
  if (ensemble === 'gaussian') return Math.sqrt(p) + 7.5 / Math.sqrt(n);
  const maxCoupling = (ensemble === 'uniform' ? Math.sqrt(3) : 1) * Math.sqrt(subsamples);
  return maxCoupling * n ** ((p - 1) / 2);
}

export type RecordCheck =
  | { ok: true; record: RunRecord; hadChecksum: boolean }
  | { ok: false; reason: string; kind: 'shape' | 'checksum' | 'semantic' };

const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isCount = (v: unknown): v is number => isInteger(v) && v >= 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The record key → stream purpose of each stream an executor stores. */
const STREAM_PURPOSES: Record<string, string> = {
  disorder: 'disorder',
  init: 'init',
  split: 'split',
  batchOrder: 'batch-order',
  proposal: 'proposal',
  index: 'monte-carlo',
};
/** Purposes whose stream is the run's own (run index = the record's run); the others may be shared (index ≤ run). */
const PER_RUN = new Set(['init', 'proposal', 'monte-carlo']);

/**
 * The streams of a record are the spec's: each seed is `landscape-claims/<master>/<purpose>/<size>/<run>` with the
 * master the spec gives that purpose (seed and landscape, or also the optimizer), the purpose its key names, the
 * spin-glass size N, and the run's own index (init, proposal, index) or a shared stream's index 0 ≤ i ≤ run
 * (disorder, split, batch order). Every executor stores an `init` stream.
 */
const masters = new WeakMap<ExperimentSpec, Map<string, string>>();

/** masterFor, memoised per spec object (it hashes the spec; a store read checks every stream of every record). */
function masterOf(spec: ExperimentSpec, purpose: string): string {
  let bySpec = masters.get(spec);
  if (!bySpec) {
    bySpec = new Map();
    masters.set(spec, bySpec);
  }
  let master = bySpec.get(purpose);
  if (master === undefined) {
    master = masterFor(spec, purpose as Parameters<typeof masterFor>[1]);
    bySpec.set(purpose, master);
  }
  return master;
}

export function checkStreams(spec: ExperimentSpec, record: RunRecord): string | null {
  if (!isPlainObject(record.streams)) return 'streams is not an object';
  if (typeof record.streams.init !== 'string') return 'no init stream';
  for (const [key, seed] of Object.entries(record.streams)) {
    const purpose = STREAM_PURPOSES[key];
    if (purpose === undefined) return `unknown stream ${key}`;
    if (typeof seed !== 'string') return `stream ${key} is not a string`;
    const prefix = `landscape-claims/${masterOf(spec, purpose)}/${purpose}/`;
    if (!seed.startsWith(prefix)) return `stream ${key} is not this spec's (${seed.slice(0, 60)}…)`;
    const m = /^(\d+)\/(\d+)$/.exec(seed.slice(prefix.length));
    if (!m) return `stream ${key} has a malformed size/run`;
    const size = Number(m[1]);
    const run = Number(m[2]);
    if (spec.landscape.kind === 'spinglass' && size !== record.size) return `stream ${key} is of size ${size}`;
    if (PER_RUN.has(purpose) ? run !== record.run : run > record.run) return `stream ${key} is of run ${run}`;
  }
  return null;
}

function checkHaltingTimes(value: unknown, spec: ExperimentSpec | undefined): string | null {
  if (!Array.isArray(value)) return 'haltingTimes is not an array';
  for (const h of value) {
    if (!isPlainObject(h) || !isFiniteNumber(h.threshold) || !(h.threshold > 0)) return 'bad halting threshold';
    if (h.iteration !== null && !isCount(h.iteration)) return 'bad halting iteration';
  }
  if (spec?.optimizer.kind === 'gd') {
    const want = spec.optimizer.haltingThresholds ?? [];
    const got = value.map((h) => (h as { threshold: number }).threshold);
    if (want.length !== got.length || want.some((t, i) => t !== got[i])) return "halting thresholds are not the spec's";
  }
  return null;
}

/** Extra metrics (added by a newer executor) must still be plain finite JSON values. */
function checkExtra(key: string, value: unknown): string | null {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${key} is not finite`;
  if (Array.isArray(value)) {
    for (const v of value) {
      const bad = checkExtra(key, v);
      if (bad) return bad;
    }
    return null;
  }
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      const bad = checkExtra(`${key}.${k}`, v);
      if (bad) return bad;
    }
    return null;
  }
  return `${key} has an unexpected type`;
}

function checkIndex(m: Record<string, unknown>, dimension: number | undefined, required: boolean): string | null {
  if (m.index === undefined && m.normalizedIndex === undefined) return required ? 'the index is missing' : null;
  if (!isCount(m.index)) return 'index is not a non-negative integer';
  if (!isFiniteNumber(m.normalizedIndex) || m.normalizedIndex < 0 || m.normalizedIndex > 1)
    return 'normalizedIndex is not in [0, 1]';
  if (dimension !== undefined && m.index > dimension) return `index ${m.index} exceeds the dimension ${dimension}`;
  return null;
}

const SPIN_GLASS_NUMBERS = ['energy', 'scaledEnergy', 'gradNorm'] as const;
const SPIN_GLASS_COUNTS = ['iterations', 'energyEvaluations', 'gradientEvaluations'] as const;
const NETWORK_COUNTS = ['epochs', 'evaluations'] as const;

function checkSpinGlassMetrics(m: Record<string, unknown>, record: RunRecord, spec?: ExperimentSpec): string | null {
  for (const k of SPIN_GLASS_NUMBERS) if (!isFiniteNumber(m[k])) return `${k} is not a finite number`;
  for (const k of SPIN_GLASS_COUNTS) if (!isCount(m[k])) return `${k} is not a non-negative integer`;
  if ((m.gradNorm as number) < 0) return 'gradNorm is negative';
  if (typeof m.converged !== 'boolean') return 'converged is not a boolean';
  const energy = m.energy as number;
  const scaled = m.scaledEnergy as number;
  if (Math.abs(scaled * record.size - energy) > 1e-9 * Math.max(1, Math.abs(energy)))
    return `scaledEnergy ${scaled} is not energy/N`;
  const halting = checkHaltingTimes(m.haltingTimes, spec);
  if (halting) return halting;
  const search = spec?.optimizer.kind === 'critical-point-search';
  for (const k of ['descentSteps', 'hessianEvaluations']) {
    if (m[k] === undefined ? search : !isCount(m[k])) return `${k} is missing or not a non-negative integer`;
  }
  const index = checkIndex(m, record.size - 1, spec?.measure.index === true);
  if (index) return index;
  if (spec && spec.landscape.kind === 'spinglass') {
    const { p, ensemble, subsamples } = spec.landscape;
    const bound = spinGlassEnergyBound(p, record.size, ensemble, subsamples ?? 1);
    if (Math.abs(scaled) > bound) return `scaled energy ${scaled} is beyond the physical bound ±${bound.toFixed(3)}`;
  }
  const known = new Set<string>([
    ...SPIN_GLASS_NUMBERS,
    ...SPIN_GLASS_COUNTS,
    'converged',
    'haltingTimes',
    'descentSteps',
    'hessianEvaluations',
    'index',
    'normalizedIndex',
  ]);
  for (const [k, v] of Object.entries(m)) {
    if (known.has(k)) continue;
    const bad = checkExtra(k, v);
    if (bad) return bad;
  }
  return null;
}

/** lossCurve and plateauDrop come together: 11 finite numbers ≥ 0 and their relative drop over the last fifth. */
function checkLossCurve(m: Record<string, unknown>): string | null {
  if (m.lossCurve === undefined && m.plateauDrop === undefined) return null;
  const curve = m.lossCurve;
  if (!Array.isArray(curve) || curve.length !== 11 || !curve.every((v) => isFiniteNumber(v) && v >= 0))
    return 'lossCurve is not 11 finite numbers ≥ 0';
  if (!isFiniteNumber(m.plateauDrop)) return 'plateauDrop is not a finite number';
  const expected = curve[8] === 0 ? 0 : (curve[8] - curve[10]) / Math.abs(curve[8]);
  if (Math.abs((m.plateauDrop as number) - expected) > 1e-12) return 'plateauDrop is not the drop of lossCurve';
  return null;
}

function checkNetworkMetrics(m: Record<string, unknown>, spec?: ExperimentSpec): string | null {
  for (const k of ['trainLoss', 'testLoss'])
    if (!isFiniteNumber(m[k]) || (m[k] as number) < 0) return `${k} is not a finite number ≥ 0`;
  for (const k of ['trainAccuracy', 'testAccuracy'])
    if (!isFiniteNumber(m[k]) || (m[k] as number) < 0 || (m[k] as number) > 1) return `${k} is not in [0, 1]`;
  for (const k of NETWORK_COUNTS) if (!isCount(m[k])) return `${k} is not a non-negative integer`;
  if (!isFiniteNumber(m.gradNorm) || (m.gradNorm as number) < 0) return 'gradNorm is not a finite number ≥ 0';
  const curve = checkLossCurve(m);
  if (curve) return curve;
  const index = checkIndex(m, undefined, spec?.measure.index === true);
  if (index) return index;
  const known = new Set<string>([
    'trainLoss',
    'testLoss',
    'trainAccuracy',
    'testAccuracy',
    'gradNorm',
    'lossCurve',
    'plateauDrop',
    ...NETWORK_COUNTS,
  ]);
  known.add('index');
  known.add('normalizedIndex');
  for (const [k, v] of Object.entries(m)) {
    if (known.has(k)) continue;
    const bad = checkExtra(k, v);
    if (bad) return bad;
  }
  return null;
}

/** Status, metrics and streams of a shaped record (spec-dependent parts only when the spec is known). */
export function semanticProblem(record: RunRecord, spec?: ExperimentSpec): string | null {
  if (record.status === 'diverged') {
    if (record.metrics !== null) return 'a diverged record has metrics';
    if (typeof record.reason !== 'string' || record.reason === '') return 'a diverged record has no reason';
  } else {
    if (record.reason !== undefined) return "an 'ok' record has a divergence reason";
    if (!isPlainObject(record.metrics)) return "an 'ok' record has no metrics";
  }
  if (record.elapsedMs !== undefined && (!isFiniteNumber(record.elapsedMs) || record.elapsedMs < 0))
    return 'elapsedMs is not a finite number ≥ 0';
  if (spec) {
    const streams = checkStreams(spec, record);
    if (streams) return streams;
  } else if (!isPlainObject(record.streams)) return 'streams is not an object';
  if (record.status === 'diverged') return null;
  const m = record.metrics as unknown as Record<string, unknown>;
  const kind = spec?.landscape.kind ?? ('energy' in m ? 'spinglass' : 'network');
  return kind === 'spinglass' ? checkSpinGlassMetrics(m, record, spec) : checkNetworkMetrics(m, spec);
}

/**
 * Check one parsed line of a store (see the module comment). On success the record is returned without its
 * checksum (the checksum is a property of the line, not of the run).
 */
export function checkStoredRecord(
  value: unknown,
  options: { expectedHash?: string; spec?: ExperimentSpec } = {},
): RecordCheck {
  if (!isPlainObject(value)) return { ok: false, kind: 'shape', reason: 'not a JSON object' };
  const r = value;
  if (typeof r.specHash !== 'string') return { ok: false, kind: 'shape', reason: 'no specHash' };
  if (options.expectedHash !== undefined && r.specHash !== options.expectedHash)
    return { ok: false, kind: 'shape', reason: `specHash ${String(r.specHash).slice(0, 12)} is not this store's` };
  if (!isInteger(r.size) || r.size < 2) return { ok: false, kind: 'shape', reason: 'size is not an integer ≥ 2' };
  if (!isCount(r.run)) return { ok: false, kind: 'shape', reason: 'run is not a non-negative integer' };
  if (r.status !== 'ok' && r.status !== 'diverged') return { ok: false, kind: 'shape', reason: 'bad status' };
  if (!('metrics' in r)) return { ok: false, kind: 'shape', reason: 'no metrics field' };
  const hadChecksum = r.checksum !== undefined;
  if (hadChecksum) {
    let expected: string;
    try {
      expected = recordChecksum(r);
    } catch {
      return { ok: false, kind: 'checksum', reason: 'holds a non-finite number' };
    }
    if (r.checksum !== expected) return { ok: false, kind: 'checksum', reason: 'checksum mismatch' };
  }
  const { checksum: _c, ...record } = r;
  const problem = semanticProblem(record as unknown as RunRecord, options.spec);
  if (problem) return { ok: false, kind: 'semantic', reason: problem };
  return { ok: true, record: record as unknown as RunRecord, hadChecksum };
}
