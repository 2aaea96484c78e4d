/**
 * Flat rows for pandas / R: one row per run, nested fields flattened with dots (`metrics.energy` → `energy`,
 * `streams.init` → `stream.init`, halting times → `halting.<threshold>`), written as CSV (RFC 4180 quoting)
 * or JSON Lines.
 */
import type { RunRecord } from './run-record.js';

export type FlatRow = Record<string, string | number | boolean | null>;

const LEADING = ['specHash', 'size', 'run', 'status', 'reason'];

export function flattenRecord(record: RunRecord): FlatRow {
  const row: FlatRow = {
    specHash: record.specHash,
    size: record.size,
    run: record.run,
    status: record.status,
    reason: record.reason ?? null,
  };
  if (record.landscape !== undefined) row.landscape = record.landscape;
  if (record.metrics) {
    for (const [key, value] of Object.entries(record.metrics)) {
      if (key === 'haltingTimes' && Array.isArray(value)) {
        for (const h of value as { threshold: number; iteration: number | null }[]) {
          row[`halting.${h.threshold}`] = h.iteration;
        }
      } else if (value === null || ['number', 'string', 'boolean'].includes(typeof value)) {
        row[key] = value as FlatRow[string];
      } else {
        row[key] = JSON.stringify(value);
      }
    }
  }
  for (const [purpose, seed] of Object.entries(record.streams)) row[`stream.${purpose}`] = seed;
  if (record.elapsedMs !== undefined) row.elapsedMs = record.elapsedMs;
  return row;
}

/** The union of the rows' columns: identity first, then in order of first appearance. */
export function columnsOf(rows: FlatRow[]): string[] {
  const seen = new Set<string>(LEADING);
  const rest: string[] = [];
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        rest.push(key);
      }
    }
  }
  return [...LEADING, ...rest];
}

function csvCell(value: FlatRow[string] | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header line; missing values are empty cells. */
export function toCsv(records: RunRecord[]): string {
  const rows = records.map(flattenRecord);
  const columns = columnsOf(rows);
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/** JSON Lines of the flat rows. */
export function toJsonLines(records: RunRecord[]): string {
  return records.map((r) => `${JSON.stringify(flattenRecord(r))}\n`).join('');
}
