/**
 * What `landscape golden` computes: the golden numbers afresh, compared entry by entry with a golden file. For
 * --update (a deliberate change) a missing or unreadable file counts as empty, so every number is new; for
 * --check the file must read.
 */
import { collectGolden } from './collect-golden.js';
import { compareGolden, type GoldenRow } from './compare-golden.js';
import type { GoldenEntry } from './golden-entry.js';
import { readGoldenFile } from './golden-file.js';

export interface GoldenComparison {
  /** The numbers as computed now (what --update writes). */
  fresh: GoldenEntry[];
  rows: GoldenRow[];
  /** Every stored number reproduced within its tolerance, none missing and none new. */
  unchanged: boolean;
}

export async function goldenComparison(file: string, options: { update: boolean }): Promise<GoldenComparison> {
  const fresh = await collectGolden();
  let stored: GoldenEntry[];
  if (options.update) {
    try {
      stored = readGoldenFile(file);
    } catch {
      stored = [];
    }
  } else {
    stored = readGoldenFile(file);
  }
  const rows = compareGolden(stored, fresh);
  return { fresh, rows, unchanged: rows.every((r) => r.status === 'ok') };
}
