import type { ReportInput } from './report-input.js';

/**
 * The machine-readable report: `{"claims": [ClaimResult…], "meta": …}` with each ClaimResult's fields as they are.
 * Two-space indented, ending in a newline. Non-finite numbers, which JSON cannot hold, become null.
 */
export function renderJsonReport(input: ReportInput): string {
  const maps = input.finiteSizeMaps && input.finiteSizeMaps.length > 0 ? { finiteSizeMaps: input.finiteSizeMaps } : {};
  return `${JSON.stringify({ claims: input.claims, meta: input.meta, ...maps }, null, 2)}\n`;
}
