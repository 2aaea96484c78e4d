/**
 * What `landscape run SPEC.json` reports of an experiment it ran or resumed: the store, the runs computed and stored
 * against those the spec names, unreadable store lines, and the per-size summary (experiments/summarize.ts); and its
 * human-readable form.
 */
import type { ExperimentOutcome } from '../experiments/run-experiment.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import { formatSummary, type SizeSummary, summarizeRecords } from '../experiments/summarize.js';

export interface RunReport {
  specHash: string;
  name: string | null;
  store: string;
  /** The --shard given ("i/n"), null for a whole run. */
  shard: string | null;
  computed: number;
  records: number;
  /** sizes × runs per size of the spec. */
  expected: number;
  badLines: number[];
  sizes: SizeSummary[];
}

/** The report of one run of `spec` (the spec as given; `outcome.spec` is the normalised one the records belong to). */
export function runReport(spec: ExperimentSpec, outcome: ExperimentOutcome, shard?: string): RunReport {
  return {
    specHash: outcome.specHash,
    name: spec.name ?? null,
    store: outcome.storePath,
    shard: shard ?? null,
    computed: outcome.computed,
    records: outcome.records.length,
    expected: spec.sizes.length * spec.runsPerSize,
    badLines: outcome.badLines,
    sizes: summarizeRecords(outcome.spec, outcome.records),
  };
}

/** The human-readable form: one line on the store, then the per-size summary. */
export function formatRunReport(report: RunReport): string {
  const lines = [
    `${report.name ?? 'experiment'} ${report.specHash.slice(0, 12)}: ${report.computed} runs computed, ` +
      `${report.records}/${report.expected} stored in ${report.store}`,
    formatSummary(report.sizes),
  ];
  return `${lines.join('\n')}\n`;
}
