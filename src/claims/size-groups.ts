import type { RunRecord } from '../experiments/run-record.js';

/** The runs of one size (N or n1): the values of the 'ok' runs, in run order, and how many diverged. */
export interface SizeGroup {
  size: number;
  values: number[];
  diverged: number;
}

/**
 * Group records by size over a ladder, taking `metric` of every run with status 'ok' (diverged runs are never
 * averaged in; they are counted apart). Sizes without records give an empty group.
 */
export function sizeGroups(
  records: readonly RunRecord[],
  sizes: readonly number[],
  metric: (record: RunRecord) => number,
): SizeGroup[] {
  return sizes.map((size) => {
    const own = records.filter((r) => r.size === size);
    const ok = own.filter((r) => r.status === 'ok' && r.metrics !== null);
    return { size, values: ok.map(metric), diverged: own.length - ok.length };
  });
}

/** The scaled energy H/N of a spin-glass record (throws on a network record). */
export function scaledEnergyOf(record: RunRecord): number {
  const m = record.metrics as { scaledEnergy?: number } | null;
  if (!m || typeof m.scaledEnergy !== 'number') throw new Error('not a spin-glass record');
  return m.scaledEnergy;
}

/** Test and train loss of a network record (throws on a spin-glass record). */
export function lossesOf(record: RunRecord): { train: number; test: number } {
  const m = record.metrics as { trainLoss?: number; testLoss?: number } | null;
  if (!m || typeof m.testLoss !== 'number' || typeof m.trainLoss !== 'number') throw new Error('not a network record');
  return { train: m.trainLoss, test: m.testLoss };
}

/** Round to `digits` significant digits for evidence tables (null for non-finite). */
export function roundTo(value: number, digits = 4): number | null {
  return Number.isFinite(value) ? Number(value.toPrecision(digits)) : null;
}
