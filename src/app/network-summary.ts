/**
 * The summary of a `landscape network` job: one report per run (nulls and the reason for a diverged run), means
 * and sds of the losses and accuracies over the runs, plateaus, the train/test loss correlation, index counts, and
 * its human-readable form.
 */
import type { NetworkMetrics, RunRecord } from '../experiments/run-record.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import { specHash } from '../experiments/spec-hash.js';
import { indexCounts, summarizeValues } from '../experiments/summarize.js';
import { createArchitecture } from '../network/architecture.js';
import { PLATEAU_TOLERANCE } from '../stats/loss-plateau.js';
import { pearson } from '../stats/pearson.js';

type MeanSd = { mean: number | null; sd: number | null };

export interface NetworkRunReport {
  /** null for a diverged run (its record has no metrics). */
  trainLoss: number | null;
  testLoss: number | null;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /** ‖∇ mean training loss‖ at the end (null for a diverged run). */
  gradNorm: number | null;
  epochs?: number;
  evaluations?: number;
  /** SGD and 'sa': the loss after each tenth of the run, and its relative drop over the last fifth. */
  lossCurve?: number[];
  plateauDrop?: number;
  index?: number;
  normalizedIndex?: number;
  diverged?: string;
}

export interface NetworkSummary {
  /** The spec hash (keys the result store). */
  specHash: string;
  runs: number;
  diverged: number;
  parameters: number;
  /** Means and sds over the runs that did not diverge. */
  trainLoss: MeanSd;
  testLoss: MeanSd;
  trainAccuracy: MeanSd;
  testAccuracy: MeanSd;
  /** ‖∇ mean training loss‖ at the end. */
  gradNorm: MeanSd;
  /** Runs whose loss fell by less than 2 % over the last fifth of the run (SGD and 'sa'; null otherwise). */
  plateaued: number | null;
  /** Pearson correlation of train and test loss across runs (null with < 3 runs or a constant loss). */
  pearsonTrainTest: number | null;
  /** How many runs ended at each Hessian index (when --index). */
  indexCounts?: Record<string, number>;
}

function runReport(record: RunRecord): NetworkRunReport {
  const m = record.metrics as NetworkMetrics | null;
  if (m === null) {
    const none = { trainLoss: null, testLoss: null, trainAccuracy: null, testAccuracy: null, gradNorm: null };
    return { ...none, diverged: record.reason ?? 'diverged' };
  }
  const { trainLoss, testLoss, trainAccuracy, testAccuracy, gradNorm, epochs, evaluations, index, normalizedIndex } = m;
  return {
    trainLoss,
    testLoss,
    trainAccuracy,
    testAccuracy,
    gradNorm,
    epochs,
    evaluations,
    ...(m.lossCurve === undefined ? {} : { lossCurve: m.lossCurve, plateauDrop: m.plateauDrop }),
    ...(index === undefined ? {} : { index, normalizedIndex }),
  };
}

function meanSd(values: number[]): MeanSd {
  const { mean, sd } = summarizeValues(values);
  return { mean, sd };
}

function isConstant(values: number[]): boolean {
  return values.every((v) => v === values[0]);
}

/** Summarise the records of a one-size network spec. */
export function networkReport(spec: ExperimentSpec, records: RunRecord[]) {
  if (spec.landscape.kind !== 'network') throw new Error(`networkReport got a ${spec.landscape.kind} spec`);
  const hidden = new Array<number>(spec.landscape.depth).fill(spec.sizes[0]);
  const runs = records.map(runReport);
  const ok = records.flatMap((r) => (r.metrics === null ? [] : [r.metrics as NetworkMetrics]));
  const train = ok.map((m) => m.trainLoss);
  const test = ok.map((m) => m.testLoss);
  const summary: NetworkSummary = {
    specHash: specHash(spec),
    runs: runs.length,
    diverged: runs.length - ok.length,
    parameters: createArchitecture(hidden, spec.landscape.task).parameterCount,
    trainLoss: meanSd(train),
    testLoss: meanSd(test),
    trainAccuracy: meanSd(ok.map((m) => m.trainAccuracy)),
    testAccuracy: meanSd(ok.map((m) => m.testAccuracy)),
    gradNorm: meanSd(ok.map((m) => m.gradNorm)),
    plateaued: ok.some((m) => m.plateauDrop === undefined)
      ? null
      : ok.filter((m) => (m.plateauDrop as number) < PLATEAU_TOLERANCE).length,
    pearsonTrainTest: ok.length >= 3 && !isConstant(train) && !isConstant(test) ? pearson(train, test) : null,
  };
  if (spec.measure.index) summary.indexCounts = indexCounts(records);
  return { runs, summary };
}

function fmt(stat: MeanSd, digits = 4): string {
  return `${stat.mean === null ? '—' : stat.mean.toFixed(digits)} ± ${stat.sd === null ? '—' : stat.sd.toFixed(digits)}`;
}

export function formatNetworkReport(spec: ExperimentSpec, summary: NetworkSummary): string {
  if (spec.landscape.kind !== 'network') throw new Error(`formatNetworkReport got a ${spec.landscape.kind} spec`);
  const { task, depth } = spec.landscape;
  const layers = new Array<number>(depth).fill(spec.sizes[0]).join('-');
  const lines = [
    `${task} ReLU network 100-${layers}-${task === 'multiclass' ? 10 : 1}` +
      ` (${summary.parameters} parameters), ${spec.optimizer.kind}, ${summary.runs} run(s), seed ${spec.seed}` +
      (summary.diverged > 0 ? `, ${summary.diverged} diverged` : ''),
    `train loss     ${fmt(summary.trainLoss)}   (mean ± sd over runs)`,
    `test loss      ${fmt(summary.testLoss)}`,
    `train accuracy ${fmt(summary.trainAccuracy)}`,
    `test accuracy  ${fmt(summary.testAccuracy)}`,
    `‖∇ train loss‖ ${fmt(summary.gradNorm, 5)}`,
    ...(summary.plateaued === null
      ? []
      : [
          `plateau        ${summary.plateaued}/${summary.runs - summary.diverged} runs lowered the loss < 2 % over the last fifth`,
        ]),
    `Pearson ρ(train loss, test loss) = ${summary.pearsonTrainTest === null ? '— (needs ≥ 3 runs with varying losses)' : summary.pearsonTrainTest.toFixed(4)}`,
  ];
  if (summary.indexCounts) {
    const parts = Object.entries(summary.indexCounts)
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([k, n]) => `index ${k}: ${n}`);
    lines.push(`Hessian index of the training loss: ${parts.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
