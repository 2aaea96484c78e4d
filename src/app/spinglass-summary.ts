/**
 * The summary of a `landscape spinglass` job: one report per run (nulls and the reason for a diverged run), the
 * scaled energies, convergence, iterations and index counts over the runs, and its human-readable form.
 */
import type { RunRecord, SpinGlassMetrics } from '../experiments/run-record.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import { specHash } from '../experiments/spec-hash.js';
import { indexCounts, summarizeValues } from '../experiments/summarize.js';
import type { Ensemble } from '../spinglass/ensemble.js';
import { eInfinity } from '../theory/e-infinity.js';
import type { OptimizerName } from './spinglass-job.js';

export interface SpinglassRunReport {
  /** null for a diverged run (its record has no metrics). */
  scaledEnergy: number | null;
  energy: number | null;
  gradNorm: number | null;
  iterations: number | null;
  converged: boolean;
  diverged?: string;
  index?: number;
}

export interface SpinglassReport {
  runs: SpinglassRunReport[];
  summary: {
    n: number;
    p: number;
    optimizer: OptimizerName;
    disorder: 'fixed' | 'per-run' | 'landscapes';
    /** Coupling samples the runs are spread over (disorder 'landscapes' only). */
    landscapes?: number;
    seed: number;
    ensemble: Ensemble;
    /** The --couplings file the runs used instead of the spec's coupling sample. */
    couplings?: string;
    /** The spec hash (keys the result store). */
    specHash: string;
    runs: number;
    converged: number;
    diverged: number;
    /** Over the runs that did not diverge; sd is null with fewer than two. */
    scaledEnergy: { mean: number | null; sd: number | null; min: number | null; max: number | null };
    /** −E_∞(p), the level the bottom of the landscape approaches as N → ∞. */
    minusEInfinity: number;
    /** Over the runs that did not diverge (null if none). */
    meanIterations: number | null;
    /** index value → number of runs, when --index was given. */
    indexCounts?: Record<string, number>;
  };
}

/** The per-run report of a record (a diverged record has no metrics: nulls and its reason). */
function runReport(record: RunRecord): SpinglassRunReport {
  const m = record.metrics as SpinGlassMetrics | null;
  if (m === null) {
    return {
      scaledEnergy: null,
      energy: null,
      gradNorm: null,
      iterations: null,
      converged: false,
      diverged: record.reason ?? 'diverged',
    };
  }
  return {
    scaledEnergy: m.scaledEnergy,
    energy: m.energy,
    gradNorm: m.gradNorm,
    iterations: m.iterations,
    converged: m.converged,
    ...(m.index === undefined ? {} : { index: m.index }),
  };
}

/** Summarise the records of a one-size spin-glass spec. */
export function spinglassReport(spec: ExperimentSpec, records: RunRecord[], couplingsFile?: string): SpinglassReport {
  if (spec.landscape.kind !== 'spinglass') throw new Error(`spinglassReport got a ${spec.landscape.kind} spec`);
  const runs = records.map(runReport);
  const finished = runs.filter((r) => r.diverged === undefined);
  const energy = summarizeValues(finished.map((r) => r.scaledEnergy as number));
  const summary: SpinglassReport['summary'] = {
    n: spec.sizes[0],
    p: spec.landscape.p,
    optimizer: spec.optimizer.kind as OptimizerName,
    disorder: spec.landscape.disorder,
    ...(spec.landscape.landscapes === undefined ? {} : { landscapes: spec.landscape.landscapes }),
    seed: spec.seed,
    ensemble: spec.landscape.ensemble,
    ...(couplingsFile === undefined ? {} : { couplings: couplingsFile }),
    specHash: specHash(spec),
    runs: runs.length,
    converged: runs.filter((r) => r.converged).length,
    diverged: runs.length - finished.length,
    scaledEnergy: { mean: energy.mean, sd: energy.sd, min: energy.min, max: energy.max },
    minusEInfinity: -eInfinity(spec.landscape.p),
    meanIterations: summarizeValues(finished.map((r) => r.iterations as number)).mean,
  };
  if (spec.measure.index) summary.indexCounts = indexCounts(records);
  return { runs, summary };
}

function fmt(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(6);
}

/** The human-readable summary. */
export function formatSpinglassReport(report: SpinglassReport): string {
  const s = report.summary;
  const e = s.scaledEnergy;
  const couplings = s.couplings === undefined ? `${s.ensemble} couplings` : `couplings from ${s.couplings}`;
  const lines = [
    `${s.p}-spin glass, N = ${s.n}, ${couplings}, ${s.runs} runs of ${s.optimizer}, disorder ${s.disorder}${s.landscapes === undefined ? '' : ` (${s.landscapes} landscapes)`}, seed ${s.seed}`,
    `scaled energy H/N: mean ${fmt(e.mean)}  sd ${fmt(e.sd)}  min ${fmt(e.min)}  max ${fmt(e.max)}   (−E_inf = ${s.minusEInfinity.toFixed(6)})`,
    `converged ${s.converged} of ${s.runs}${s.diverged > 0 ? `, diverged ${s.diverged}` : ''}; mean iterations ${s.meanIterations === null ? 'n/a' : s.meanIterations.toFixed(1)}`,
  ];
  if (s.indexCounts) {
    const entries = Object.entries(s.indexCounts).sort((a, b) => Number(a[0]) - Number(b[0]));
    lines.push(`index: ${entries.map(([k, c]) => `${k}: ${c}`).join(', ')}  (index: runs)`);
  }
  return `${lines.join('\n')}\n`;
}
