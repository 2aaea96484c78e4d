/**
 * The result store: append-only JSON Lines, one file per spec hash.
 *
 *   <resultsDir>/<specHash>.jsonl       one RunRecord per line, appended as each run finishes
 *   <resultsDir>/<specHash>.spec.json   the spec (pretty JSON) that last wrote to the store
 *
 * Each record is appended with ONE write on a file opened with O_APPEND (fs.appendFileSync of one line of a few
 * hundred bytes), so a crash tears at most the last line and two processes appending to the same store never
 * interleave within a line. Readers never trust a torn or garbage line: it is reported with its line number and
 * skipped, and the run it may have held is simply computed again (resume).
 */
import {
  appendFileSync,
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { type Logger, stderrLogger } from './logger.js';
import { type RunRecord, recordFingerprint, runKey } from './run-record.js';
import type { ExperimentSpec } from './spec.js';
import { specHash } from './spec-hash.js';

export function storeFile(resultsDir: string, hash: string): string {
  return join(resultsDir, `${hash}.jsonl`);
}

export function specFile(resultsDir: string, hash: string): string {
  return join(resultsDir, `${hash}.spec.json`);
}

function isInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** Whether a parsed line has the shape of a RunRecord (for the expected spec hash, when given). */
export function isRunRecord(value: unknown, expectedHash?: string): value is RunRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  if (typeof r.specHash !== 'string' || (expectedHash !== undefined && r.specHash !== expectedHash)) return false;
  if (!isInteger(r.size) || !isInteger(r.run) || r.run < 0) return false;
  if (r.status !== 'ok' && r.status !== 'diverged') return false;
  if (r.status === 'ok' && (r.metrics === null || typeof r.metrics !== 'object')) return false;
  if (r.streams === null || typeof r.streams !== 'object') return false;
  return true;
}

export interface ReadResult {
  /** The valid records, first occurrence of each run, in file order. */
  records: RunRecord[];
  /** 1-based line numbers of torn or garbage lines (skipped). */
  badLines: number[];
  /** Lines repeating a run with identical results (skipped). */
  duplicates: number;
  /** Runs stored twice with different results: "size/run" keys. */
  conflicts: string[];
}

/**
 * Read a JSON Lines store. Never throws on content: bad lines are reported to `logger` with their line number
 * and skipped; a repeated run keeps its first record (a conflicting repeat is reported).
 */
export function readStoreFile(path: string, options: { expectedHash?: string; logger?: Logger } = {}): ReadResult {
  const logger = options.logger ?? stderrLogger;
  const result: ReadResult = { records: [], badLines: [], duplicates: 0, conflicts: [] };
  if (!existsSync(path)) return result;
  const lines = readFileSync(path, 'utf8').split('\n');
  const seen = new Map<string, string>();
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    if (!isRunRecord(parsed, options.expectedHash)) {
      result.badLines.push(i + 1);
      logger.warn(`${path}:${i + 1}: skipped a torn or invalid line (it is not a run record of this store)`);
      return;
    }
    const key = runKey(parsed.size, parsed.run);
    const fingerprint = recordFingerprint(parsed);
    const previous = seen.get(key);
    if (previous === undefined) {
      seen.set(key, fingerprint);
      result.records.push(parsed);
    } else if (previous === fingerprint) {
      result.duplicates += 1;
    } else {
      result.conflicts.push(key);
      logger.warn(`${path}:${i + 1}: run ${key} is stored twice with different results; kept the first`);
    }
  });
  return result;
}

/** Whether the file's last byte is a newline (or the file is empty/missing). */
function endsWithNewline(path: string): boolean {
  if (!existsSync(path)) return true;
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return true;
    const buf = Buffer.alloc(1);
    readSync(fd, buf, 0, 1, size - 1);
    return buf[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}

/** Write a file atomically (temporary file + rename). */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** The store of one spec in one results directory. */
export class ResultStore {
  readonly hash: string;
  readonly path: string;
  private terminated = false;

  constructor(
    readonly resultsDir: string,
    readonly spec: ExperimentSpec,
    private readonly logger: Logger = stderrLogger,
  ) {
    this.hash = specHash(spec);
    this.path = storeFile(resultsDir, this.hash);
  }

  /** Create the directory and write the spec beside the store. */
  open(): this {
    mkdirSync(this.resultsDir, { recursive: true });
    writeFileAtomic(specFile(this.resultsDir, this.hash), `${JSON.stringify(this.spec, null, 2)}\n`);
    return this;
  }

  read(): ReadResult {
    return readStoreFile(this.path, { expectedHash: this.hash, logger: this.logger });
  }

  /** Append one finished run: one line, one write. */
  append(record: RunRecord): void {
    if (record.specHash !== this.hash)
      throw new Error(`record of spec ${record.specHash} appended to store ${this.hash}`);
    let line = `${JSON.stringify(record)}\n`;
    // A crash may have left a torn last line without its newline; start on a fresh line so the new record is
    // not glued onto the fragment (the fragment stays a garbage line that readers skip).
    if (!this.terminated) {
      if (!endsWithNewline(this.path)) line = `\n${line}`;
      this.terminated = true;
    }
    appendFileSync(this.path, line);
  }
}
