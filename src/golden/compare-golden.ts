import { formatNumber } from '../report/format-number.js';
import { type GoldenEntry, withinTolerance } from './golden-entry.js';

export type GoldenStatus = 'ok' | 'moved' | 'missing' | 'new';

export interface GoldenRow {
  key: string;
  status: GoldenStatus;
  stored: number | null | undefined;
  fresh: number | null | undefined;
  /** fresh − stored, when both are numbers. */
  change: number | null;
  tolerance: string;
}

/**
 * Compare stored golden numbers with fresh ones. A stored key that is no longer produced is 'missing', a
 * produced key not stored is 'new'; both, like 'moved', need a deliberate `golden --update`.
 */
export function compareGolden(stored: GoldenEntry[], fresh: GoldenEntry[]): GoldenRow[] {
  const freshByKey = new Map(fresh.map((e) => [e.key, e]));
  const storedKeys = new Set(stored.map((e) => e.key));
  const rows: GoldenRow[] = stored.map((s) => {
    const f = freshByKey.get(s.key);
    const tolerance = `rel ${s.tolerance.relative}, abs ${s.tolerance.absolute}`;
    if (!f) return { key: s.key, status: 'missing', stored: s.value, fresh: undefined, change: null, tolerance };
    const change = s.value !== null && f.value !== null ? f.value - s.value : null;
    const status = withinTolerance(s.value, f.value, s.tolerance) ? 'ok' : 'moved';
    return { key: s.key, status, stored: s.value, fresh: f.value, change, tolerance };
  });
  for (const f of fresh) {
    if (!storedKeys.has(f.key))
      rows.push({ key: f.key, status: 'new', stored: undefined, fresh: f.value, change: null, tolerance: '' });
  }
  return rows;
}

/** A plain-text table of the rows that are not 'ok' (all rows with `all`). */
export function formatGoldenTable(rows: GoldenRow[], all = false): string {
  const shown = all ? rows : rows.filter((r) => r.status !== 'ok');
  if (shown.length === 0) return `golden: all ${rows.length} numbers within tolerance\n`;
  const cell = (v: number | null | undefined) => (v === undefined ? '—' : v === null ? 'null' : formatNumber(v, 12));
  const lines = shown.map((r) =>
    [
      r.status.padEnd(7),
      r.key.padEnd(52),
      cell(r.stored).padStart(20),
      cell(r.fresh).padStart(20),
      (r.change === null ? '' : r.change.toExponential(3)).padStart(11),
      r.tolerance,
    ].join('  '),
  );
  const header = [
    'status'.padEnd(7),
    'key'.padEnd(52),
    'stored'.padStart(20),
    'now'.padStart(20),
    'change'.padStart(11),
    'tolerance',
  ].join('  ');
  const moved = rows.filter((r) => r.status !== 'ok').length;
  return `${header}\n${lines.join('\n')}\ngolden: ${moved} of ${rows.length} numbers moved, missing or new\n`;
}
