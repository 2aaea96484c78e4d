import type { EvidenceRow } from '../../claims/claim-result.js';

/** One point of a `lineWithBands` figure, with its band. */
export interface BandPoint {
  x: number;
  y: number;
  lower: number;
  upper: number;
  series: string;
}

/**
 * The evidence rows of one part as points of a line with bands: x is the row's size, y and the band's ends are
 * read from the named columns (e.g. a share and its confidence interval), in row order.
 */
export function evidenceBands(
  evidence: readonly EvidenceRow[],
  part: string,
  columns: { y: string; lower: string; upper: string },
  series: string,
): BandPoint[] {
  return evidence
    .filter((r) => r.part === part)
    .map((r) => ({
      x: r.size as number,
      y: r[columns.y] as number,
      lower: r[columns.lower] as number,
      upper: r[columns.upper] as number,
      series,
    }));
}
