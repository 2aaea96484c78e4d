/**
 * The result store: append-only JSON Lines, one file per spec hash.
 *
 *   <resultsDir>/<specHash>.jsonl       one RunRecord per line, appended as each run finishes
 *   <resultsDir>/<specHash>.spec.json   the spec (pretty JSON) that last wrote to the store
 *
 *   <resultsDir>/<specHash>.rejected.jsonl  lines a writer did not trust, moved out of the store (for inspection)
 *   <resultsDir>/.landscape.lock        held by the one process writing the directory (store-lock.ts)
 *
 * Each record is appended with ONE write on a file opened with O_APPEND|O_NOFOLLOW (one line of a few hundred
 * bytes, carrying its SHA-256 checksum), so a crash tears at most the last line. Writers hold the directory's
 * lock. Readers never trust a line blindly (record-check.ts: shape, checksum, semantics; conflicting duplicates
 * are both dropped): an untrusted line is reported with its line number and skipped, one summary line is always
 * printed (also under --quiet), and the run it may have held is simply computed again (resume).
 */
import { join } from 'node:path';
import { type Logger, stderrLogger } from './logger.js';
import { checkStoredRecord, withChecksum } from './record-check.js';
import { type RunRecord, recordFingerprint, runKey } from './run-record.js';
import type { ExperimentSpec } from './spec.js';
import { specHash } from './spec-hash.js';
import { appendLine, endsWithNewline, readStoreText, writeFileAtomic } from './store-files.js';
import { lockResultsDir } from './store-lock.js';

export { writeFileAtomic } from './store-files.js';

export function storeFile(resultsDir: string, hash: string): string {
  return join(resultsDir, `${hash}.jsonl`);
}

export function specFile(resultsDir: string, hash: string): string {
  return join(resultsDir, `${hash}.spec.json`);
}

/** Where the lines a writer found untrusted are kept (for inspection) when it rewrites the store without them. */
export function rejectedFile(resultsDir: string, hash: string): string {
  return join(resultsDir, `${hash}.rejected.jsonl`);
}

/** Whether a parsed line is a trusted RunRecord of the store (shape, checksum and semantics; see record-check.ts). */
export function isRunRecord(value: unknown, expectedHash?: string, spec?: ExperimentSpec): value is RunRecord {
  return checkStoredRecord(value, { expectedHash, spec }).ok;
}

/** A line that was not trusted. */
export interface RejectedLine {
  /** 1-based line number. */
  line: number;
  kind: 'torn' | 'shape' | 'checksum' | 'semantic' | 'conflict';
  reason: string;
  text: string;
}

export interface ReadResult {
  /** The trusted records, one per run, in file order (without their checksums). */
  records: RunRecord[];
  /** 1-based line numbers of every line not trusted (torn, garbage, failed checks, conflicting duplicates). */
  badLines: number[];
  /** The untrusted lines with the reason. */
  rejected: RejectedLine[];
  /** Lines repeating a run with identical results (skipped). */
  duplicates: number;
  /** Runs stored twice with different results ("size/run"): neither record is trusted, the run is recomputed. */
  conflicts: string[];
  /** Trusted records without a checksum (written before checksums existed; checked semantically). */
  unchecked: number;
}

export interface ReadOptions {
  expectedHash?: string;
  /** The store's spec, for the semantic checks that depend on it (metric set, streams, energy bound). */
  spec?: ExperimentSpec;
  /** Where one line per untrusted line goes (default stderr). */
  logger?: Logger;
  /** Where the one-line summary of untrusted records goes, also under --quiet (default stderr). */
  summaryLogger?: Logger;
}

/** The one-line count of what a read did not trust (undefined when everything was trusted). */
export function untrustedSummary(path: string, read: ReadResult): string | undefined {
  const parts: string[] = [];
  if (read.rejected.length > 0) {
    const byKind = new Map<string, number>();
    for (const r of read.rejected) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    const kinds = [...byKind].map(([k, n]) => `${n} ${k}`).join(', ');
    parts.push(`${read.rejected.length} line(s) not trusted (${kinds}); their runs are computed again`);
  }
  if (read.unchecked > 0) {
    parts.push(`${read.unchecked} record(s) without a checksum (older store): checked semantically and accepted`);
  }
  return parts.length > 0 ? `${path}: ${parts.join('; ')}` : undefined;
}

/**
 * Read a JSON Lines store. Never throws on content: every line is checked (record-check.ts); an untrusted line is
 * reported to `logger` with its line number and skipped; a run stored twice with identical results is kept once;
 * a run stored twice with different results is not trusted at all (both dropped, listed in `conflicts`). One
 * summary line goes to `summaryLogger` whenever anything was not trusted.
 */
export function readStoreFile(path: string, options: ReadOptions = {}): ReadResult {
  const logger = options.logger ?? stderrLogger;
  const result: ReadResult = { records: [], badLines: [], rejected: [], duplicates: 0, conflicts: [], unchecked: 0 };
  const text = readStoreText(path);
  if (text === undefined) return result;
  const lines = text.split('\n');
  const byKey = new Map<
    string,
    { fingerprint: string; record: RunRecord; line: number; text: string; unchecked: boolean }
  >();
  const conflicting = new Map<string, { line: number; text: string }[]>();
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    let torn = false;
    try {
      parsed = JSON.parse(line);
    } catch {
      torn = true;
    }
    const check = torn
      ? ({ ok: false, kind: 'torn', reason: 'not JSON (a torn or garbage line)' } as const)
      : checkStoredRecord(parsed, { expectedHash: options.expectedHash, spec: options.spec });
    if (!check.ok) {
      result.rejected.push({ line: i + 1, kind: check.kind, reason: check.reason, text: line });
      logger.warn(`${path}:${i + 1}: skipped an untrusted line (${check.reason})`);
      return;
    }
    const key = runKey(check.record.size, check.record.run);
    const fingerprint = recordFingerprint(check.record);
    const lineInfo = { line: i + 1, text: line };
    const clash = conflicting.get(key);
    if (clash) {
      clash.push(lineInfo);
      return;
    }
    const previous = byKey.get(key);
    if (previous === undefined) {
      byKey.set(key, { fingerprint, record: check.record, ...lineInfo, unchecked: !check.hadChecksum });
    } else if (previous.fingerprint === fingerprint) {
      result.duplicates += 1;
    } else {
      byKey.delete(key);
      conflicting.set(key, [{ line: previous.line, text: previous.text }, lineInfo]);
      logger.warn(`${path}:${i + 1}: run ${key} is stored twice with different results; neither is trusted`);
    }
  });
  for (const [key, clash] of conflicting) {
    result.conflicts.push(key);
    for (const c of clash) {
      result.rejected.push({ ...c, kind: 'conflict', reason: `run ${key} stored with different results` });
    }
  }
  result.rejected.sort((a, b) => a.line - b.line);
  result.badLines = result.rejected.map((r) => r.line);
  const kept = [...byKey.values()].sort((a, b) => a.line - b.line);
  result.records = kept.map((k) => k.record);
  result.unchecked = kept.filter((k) => k.unchecked).length;
  const summary = untrustedSummary(path, result);
  if (summary) (options.summaryLogger ?? stderrLogger).warn(summary);
  return result;
}

/** The store of one spec in one results directory. */
export class ResultStore {
  readonly hash: string;
  readonly path: string;
  private terminated = false;
  private release: (() => void) | undefined;

  constructor(
    readonly resultsDir: string,
    readonly spec: ExperimentSpec,
    private readonly logger: Logger = stderrLogger,
    private readonly summaryLogger: Logger = stderrLogger,
  ) {
    this.hash = specHash(spec);
    this.path = storeFile(resultsDir, this.hash);
  }

  /**
   * Take the directory's lock (waiting for another writer; see store-lock.ts), then write the spec beside the
   * store. Call {@link close} when done (run-experiment.ts does, also on errors).
   */
  open(options: { lock?: boolean } = {}): this {
    if (options.lock !== false && !this.release) {
      this.release = lockResultsDir(this.resultsDir, { onWait: (m) => this.summaryLogger.warn(m) });
    }
    writeFileAtomic(specFile(this.resultsDir, this.hash), `${JSON.stringify(this.spec, null, 2)}\n`);
    return this;
  }

  /** Release the directory's lock (idempotent). */
  close(): void {
    this.release?.();
    this.release = undefined;
  }

  read(): ReadResult {
    return readStoreFile(this.path, {
      expectedHash: this.hash,
      spec: this.spec,
      logger: this.logger,
      summaryLogger: this.summaryLogger,
    });
  }

  /**
   * After a read that did not trust some lines: keep those lines in `<hash>.rejected.jsonl` (appended) and
   * rewrite the store with the trusted records only, so that a conflict does not outlive the recomputation of its
   * run. Only a writer holding the lock may do this (the rewrite renames over the store).
   */
  repair(read: ReadResult): void {
    if (read.rejected.length === 0) return;
    if (!this.release) throw new Error('ResultStore.repair needs the lock (open the store first)');
    appendLine(
      rejectedFile(this.resultsDir, this.hash),
      read.rejected
        .map((r) => `${JSON.stringify({ line: r.line, kind: r.kind, reason: r.reason, text: r.text })}\n`)
        .join(''),
    );
    writeFileAtomic(this.path, read.records.map((r) => `${JSON.stringify(withChecksum(r))}\n`).join(''));
    this.terminated = true;
  }

  /** Append one finished run: one line (with its checksum), one write. */
  append(record: RunRecord): void {
    if (record.specHash !== this.hash)
      throw new Error(`record of spec ${record.specHash} appended to store ${this.hash}`);
    let line = `${JSON.stringify(withChecksum(record))}\n`;
    // A crash may have left a torn last line without its newline; start on a fresh line so the new record is
    // not glued onto the fragment (the fragment stays a garbage line that readers skip).
    if (!this.terminated) {
      if (!endsWithNewline(this.path)) line = `\n${line}`;
      this.terminated = true;
    }
    appendLine(this.path, line);
  }
}
