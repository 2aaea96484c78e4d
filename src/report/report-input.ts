import type { ClaimResult } from '../claims/claim-result.js';
import type { FiniteSizeMap } from '../claims/finite-size-map.js';

/** How and when a verification run was made; written at the top of every report. */
export interface ReportMeta {
  /** Experiment scale, e.g. "ci", "quick", "paper". */
  scale: string;
  /** Named profile of settings, e.g. "default". */
  profile: string;
  /** Master seed of the run. */
  seed: number;
  /** ISO-8601 start and finish times. */
  started: string;
  finished: string;
  /** Versions of the things that produced the numbers (node, landscape-claims, …). */
  versions: Record<string, string>;
  /** The command line that produced the report. */
  command: string;
}

export interface ReportInput {
  claims: ClaimResult[];
  meta: ReportMeta;
  /** Explore profile: per asymptotic claim, the verdicts per size and the size from which it holds. */
  finiteSizeMaps?: FiniteSizeMap[];
}
