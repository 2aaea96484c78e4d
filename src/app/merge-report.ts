/**
 * What `landscape merge` reports of the stores it combined: per experiment (spec hash) the output store, the input
 * stores, records, duplicates dropped and runs missing; in total whether every experiment is complete. And its
 * human-readable form.
 */
import { formatRanges, type MergeResult, type MissingRuns } from '../experiments/merge-stores.js';

export interface MergeReport {
  out: string;
  experiments: {
    specHash: string;
    name: string | null;
    store: string;
    inputs: number;
    records: number;
    duplicates: number;
    missing: MissingRuns[];
    /** Whether a spec was stored beside the records (without one, missing runs cannot be named). */
    specKnown: boolean;
  }[];
  records: number;
  duplicates: number;
  /** Every experiment's spec known and no run missing. */
  complete: boolean;
}

export function mergeReport(results: MergeResult[], out: string): MergeReport {
  const experiments = results.map((r) => ({
    specHash: r.specHash,
    name: r.spec?.name ?? null,
    store: r.outPath,
    inputs: r.inputs,
    records: r.records.length,
    duplicates: r.duplicates,
    missing: r.missing,
    specKnown: r.spec !== undefined,
  }));
  return {
    out,
    experiments,
    records: experiments.reduce((s, e) => s + e.records, 0),
    duplicates: experiments.reduce((s, e) => s + e.duplicates, 0),
    complete: experiments.every((e) => e.specKnown && e.missing.length === 0),
  };
}

/** The human-readable form: one line per experiment, then its completeness or its missing runs by size. */
export function formatMerge(results: MergeResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const label = `${r.spec?.name ? `${r.spec.name} ` : ''}${r.specHash.slice(0, 12)}`;
    lines.push(
      `merged ${label}: ${r.records.length} runs from ${r.inputs} stores ` +
        `(${r.duplicates} duplicates dropped) into ${r.outPath}`,
    );
    if (r.spec && r.missing.length === 0) lines.push('  complete: no run missing');
    for (const m of r.missing) lines.push(`  missing at size ${m.size}: runs ${formatRanges(m.runs)}`);
  }
  return `${lines.join('\n')}\n`;
}
