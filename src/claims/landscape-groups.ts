/**
 * The landscape as the unit of the spin-glass rules. The runs of one size share a coupling sample (a landscape)
 * in groups: all of them under 'fixed' disorder, none under 'per-run', those with the same r mod L under
 * 'landscapes' (src/experiments/spec.ts, landscapeOfRun). Starts on one landscape are not independent draws from
 * the landscape distribution, so the rules summarise each landscape first (its mean, share, spread, …) and test
 * across landscapes; these helpers group the records and make the landscape-level summaries they share.
 */
import type { RunRecord } from '../experiments/run-record.js';
import { mean } from '../stats/mean.js';
import { standardDeviation } from '../stats/standard-deviation.js';
import { studentTQuantile } from '../stats/student-t-quantile.js';

/** The runs of one landscape at one size: the metric of its 'ok' runs (run order) and how many diverged. */
export interface LandscapeGroup {
  /** The landscape's key ({@link landscapeKey}). */
  landscape: string;
  values: number[];
  diverged: number;
}

/** The landscapes of one size, in landscape order (every landscape with at least one record). */
export interface SizeLandscapes {
  size: number;
  landscapes: LandscapeGroup[];
}

/**
 * The landscape a record ran on: its recorded index under disorder 'landscapes', else its disorder stream (one
 * stream per coupling sample: the same for every run under 'fixed', the run's own under 'per-run'), else (records
 * of a loaded coupling file, synthetic records without either) one shared landscape.
 */
export function landscapeKey(record: RunRecord): string {
  if (record.landscape !== undefined) return `landscape ${record.landscape}`;
  return record.streams.disorder ?? 'one landscape';
}

/** Group records by size over a ladder, then by landscape, taking `metric` of every run with status 'ok'. */
export function landscapeGroups(
  records: readonly RunRecord[],
  sizes: readonly number[],
  metric: (record: RunRecord) => number,
): SizeLandscapes[] {
  return sizes.map((size) => {
    const own = records.filter((r) => r.size === size).sort((a, b) => a.run - b.run);
    const byKey = new Map<string, { group: LandscapeGroup; order: number }>();
    for (const r of own) {
      const key = landscapeKey(r);
      let entry = byKey.get(key);
      if (!entry) {
        entry = { group: { landscape: key, values: [], diverged: 0 }, order: r.landscape ?? r.run };
        byKey.set(key, entry);
      }
      if (r.status === 'ok' && r.metrics !== null) entry.group.values.push(metric(r));
      else entry.group.diverged++;
    }
    const landscapes = [...byKey.values()].sort((a, b) => a.order - b.order).map((e) => e.group);
    return { size, landscapes };
  });
}

/** The landscapes of a size with at least `minRuns` 'ok' runs. */
export function usableLandscapes(g: SizeLandscapes, minRuns = 1): LandscapeGroup[] {
  return g.landscapes.filter((l) => l.values.length >= minRuns);
}

/** One summary per usable landscape (at least `minRuns` 'ok' runs), in landscape order. */
export function landscapeSummaries(g: SizeLandscapes, summary: (values: number[]) => number, minRuns = 1): number[] {
  return usableLandscapes(g, minRuns).map((l) => summary(l.values));
}

/** All 'ok' values of a size, pooled over its landscapes (for descriptive columns and figures only). */
export function pooledValues(g: SizeLandscapes): number[] {
  return g.landscapes.flatMap((l) => l.values);
}

/** Diverged runs of a size, over its landscapes. */
export function divergedRuns(g: SizeLandscapes): number {
  return g.landscapes.reduce((s, l) => s + l.diverged, 0);
}

/** Mean absolute deviation from the median (the Brown–Forsythe dispersion) of a landscape's values. */
export function absoluteDeviationFromMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length;
  const med = m % 2 === 1 ? sorted[(m - 1) / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
  return mean(values.map((v) => Math.abs(v - med)));
}

/**
 * A t-interval for the mean over landscapes of per-landscape summaries: mean ± t_{L−1, level}·s/√L, with s the
 * sd across landscapes, raised to `sdFloor` when given (so L identical summaries do not give a zero-width
 * interval). One-sided bounds at `level` (two-sided coverage 2·level − 1). NaN ends with fewer than 2 landscapes.
 */
export function landscapeMeanBounds(
  summaries: readonly number[],
  level: number,
  sdFloor = 0,
): { mean: number; sd: number; lower: number; upper: number } {
  const L = summaries.length;
  const m = L > 0 ? mean(summaries) : Number.NaN;
  if (L < 2) return { mean: m, sd: Number.NaN, lower: Number.NaN, upper: Number.NaN };
  const sd = Math.max(standardDeviation(summaries), sdFloor);
  const half = (studentTQuantile(level, L - 1) * sd) / Math.sqrt(L);
  return { mean: m, sd, lower: m - half, upper: m + half };
}

/** Landscapes per size, as the evidence column `landscapes` states it (landscapes with at least one 'ok' run). */
export function landscapeCount(g: SizeLandscapes): number {
  return usableLandscapes(g).length;
}
