/**
 * One pinned number: its key (experiment/size/run/field or theory/…), value, and how far it may move before a
 * human has to look. Integers (indices, iterations, counts) get tolerance 0; floating-point results a relative
 * tolerance that admits rounding (a reordered sum) but not a changed result.
 */
export interface Tolerance {
  relative: number;
  absolute: number;
}

export interface GoldenEntry {
  key: string;
  value: number | null;
  tolerance: Tolerance;
}

export const EXACT: Tolerance = { relative: 0, absolute: 0 };
/** Floating-point results: rounding-level changes (summation order, fused operations) pass, real changes do not. */
export const ROUNDING: Tolerance = { relative: 1e-9, absolute: 1e-12 };

/** Whether `fresh` is within tolerance of `stored` (null equals only null). */
export function withinTolerance(stored: number | null, fresh: number | null, tolerance: Tolerance): boolean {
  if (stored === null || fresh === null) return stored === fresh;
  const bound = Math.max(tolerance.absolute, tolerance.relative * Math.abs(stored));
  return Math.abs(fresh - stored) <= bound;
}
