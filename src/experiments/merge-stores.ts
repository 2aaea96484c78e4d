/**
 * Merging result stores (e.g. the results directories of the shards of an experiment, or of a whole `verify`):
 * records are grouped by spec hash, and each experiment is merged on its own: identical duplicates are kept once,
 * conflicting duplicates (one run, two different results) are an error; the runs the spec asks for but no input
 * holds are listed.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/input-error.js';
import { type Logger, silentLogger, stderrLogger } from './logger.js';
import { withChecksum } from './record-check.js';
import { readStoreFile, specFile, storeFile } from './result-store.js';
import { type RunRecord, recordFingerprint, runKey, sortRecords } from './run-record.js';
import { type ExperimentSpec, parseSpec } from './spec.js';
import { specHash } from './spec-hash.js';
import { appendLine, endsWithNewline, readStoreText, writeFileAtomic } from './store-files.js';
import { lockResultsDir } from './store-lock.js';

const STORE_NAME = /^([0-9a-f]{64})\.jsonl$/;

/** The spec hashes that have a store in a results directory. */
export function storeHashes(dir: string): string[] {
  if (!existsSync(dir)) throw new InputError(`results directory ${dir} does not exist`);
  return readdirSync(dir)
    .map((name) => STORE_NAME.exec(name)?.[1])
    .filter((h): h is string => h !== undefined)
    .sort();
}

/** The spec stored beside a store, validated and checked against the hash; undefined when absent. */
export function readStoredSpec(dir: string, hash: string): ExperimentSpec | undefined {
  const path = specFile(dir, hash);
  if (!existsSync(path)) return undefined;
  let spec: ExperimentSpec;
  try {
    spec = parseSpec(JSON.parse(readStoreText(path) ?? 'null'));
  } catch (error) {
    throw new InputError(`${path}: ${(error as Error).message}`);
  }
  if (specHash(spec) !== hash) throw new InputError(`${path}: the spec's hash is ${specHash(spec)}, not ${hash}`);
  return spec;
}

export interface MissingRuns {
  size: number;
  runs: number[];
}

export interface MergeResult {
  specHash: string;
  records: RunRecord[];
  inputs: number;
  duplicates: number;
  /** Runs of the spec's ladder that no input holds (empty when no spec file was found). */
  missing: MissingRuns[];
  spec?: ExperimentSpec;
  outPath: string;
}

/** Compress sorted integers into "0-4, 7, 9-10". */
export function formatRanges(values: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (j + 1 < values.length && values[j + 1] === values[j] + 1) j++;
    parts.push(i === j ? `${values[i]}` : `${values[i]}-${values[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export function missingRuns(spec: ExperimentSpec, records: RunRecord[]): MissingRuns[] {
  const have = new Set(records.map((r) => runKey(r.size, r.run)));
  const out: MissingRuns[] = [];
  for (const size of [...spec.sizes].sort((a, b) => a - b)) {
    const runs: number[] = [];
    for (let run = 0; run < spec.runsPerSize; run++) if (!have.has(runKey(size, run))) runs.push(run);
    if (runs.length > 0) out.push({ size, runs });
  }
  return out;
}

/** The larger of two ladders of one experiment: the union of sizes, the larger run count. */
function widerSpec(a: ExperimentSpec | undefined, b: ExperimentSpec | undefined): ExperimentSpec | undefined {
  if (!a) return b;
  if (!b) return a;
  const sizes = [...new Set([...a.sizes, ...b.sizes])].sort((x, y) => x - y);
  return { ...a, sizes, runsPerSize: Math.max(a.runsPerSize, b.runsPerSize) };
}

/** The merge of one experiment (one spec hash). */
interface PlannedMerge extends MergeResult {
  /** Records the output store does not hold yet (appended). */
  toAppend: RunRecord[];
  /** Whether the spec file of the output must be (re)written. */
  writeSpec: boolean;
}

function mergeOne(hash: string, sources: string[], outDir: string, logger: Logger): PlannedMerge {
  const byKey = new Map<string, { record: RunRecord; fingerprint: string; from: string }>();
  let duplicates = 0;
  let spec: ExperimentSpec | undefined;
  for (const dir of sources) spec = widerSpec(spec, readStoredSpec(dir, hash));
  const outPath = storeFile(outDir, hash);
  const outSpec = existsSync(specFile(outDir, hash)) ? readStoredSpec(outDir, hash) : undefined;
  const quiet = { expectedHash: hash, spec, logger: silentLogger, summaryLogger: silentLogger };
  const inOut = new Set(
    existsSync(outPath) ? readStoreFile(outPath, quiet).records.map((r) => runKey(r.size, r.run)) : [],
  );
  const readers = [...sources];
  if (existsSync(outPath) && !sources.some((d) => sameDir(d, outDir))) readers.push(outDir);
  for (const dir of readers) {
    const path = storeFile(dir, hash);
    if (!existsSync(path)) continue;
    const read = readStoreFile(path, { expectedHash: hash, spec, logger, summaryLogger: logger });
    if (read.conflicts.length > 0) {
      throw new InputError(`${path} holds conflicting results for runs ${read.conflicts.join(', ')}`);
    }
    duplicates += read.duplicates;
    for (const record of read.records) {
      const key = runKey(record.size, record.run);
      const fingerprint = recordFingerprint(record);
      const previous = byKey.get(key);
      if (previous === undefined) byKey.set(key, { record, fingerprint, from: path });
      else if (previous.fingerprint === fingerprint) duplicates += 1;
      else {
        throw new InputError(
          `run ${key} has different results in ${previous.from} and ${path} (a run must be reproducible bit for bit)`,
        );
      }
    }
  }
  if (!spec) logger.warn(`no ${hash}.spec.json in the inputs: cannot list the missing runs of ${hash.slice(0, 12)}`);
  const records = sortRecords([...byKey.values()].map((v) => v.record));
  const wider = widerSpec(outSpec, spec);
  return {
    specHash: hash,
    records,
    inputs: sources.length,
    duplicates,
    missing: spec ? missingRuns(spec, records) : [],
    spec,
    outPath,
    toAppend: records.filter((r) => !inOut.has(runKey(r.size, r.run))),
    writeSpec: wider !== undefined && (outSpec === undefined || JSON.stringify(wider) !== JSON.stringify(outSpec)),
  };
}

function sameDir(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * Merge the stores of `inputDirs` (and any store already in `outDir`) into `outDir`, per spec hash: a results
 * directory may hold many experiments (a `verify` shard holds one store per spec). For each experiment: identical
 * duplicates are kept once, conflicting duplicates are an error, untrusted lines are skipped (with a warning), and
 * the runs its spec asks for but no input holds are listed. Every experiment is merged in memory first; only if
 * none conflicts is anything written, under the lock of `outDir`, by APPENDING the missing records to its stores
 * (never renaming over a store another process may hold).
 */
export function mergeStores(inputDirs: string[], outDir: string, options: { logger?: Logger } = {}): MergeResult[] {
  const logger = options.logger ?? stderrLogger;
  if (inputDirs.length === 0) throw new InputError('merge needs at least one results directory');
  for (const dir of inputDirs) {
    if (!existsSync(dir)) throw new InputError(`results directory ${dir} does not exist`);
    if (!statSync(dir).isDirectory()) throw new InputError(`${dir} is not a results directory`);
  }
  const byDir = inputDirs.map((dir) => ({ dir, hashes: storeHashes(dir) }));
  for (const d of byDir)
    if (d.hashes.length === 0) throw new InputError(`${d.dir} holds no result store (<hash>.jsonl)`);
  const hashes = [...new Set(byDir.flatMap((d) => d.hashes))].sort();
  const release = lockResultsDir(outDir, { onWait: (m) => logger.warn(m) });
  try {
    const plans = hashes.map((hash) =>
      mergeOne(
        hash,
        byDir.filter((d) => d.hashes.includes(hash)).map((d) => d.dir),
        outDir,
        logger,
      ),
    );
    for (const plan of plans) {
      if (plan.toAppend.length > 0) {
        const lead = endsWithNewline(plan.outPath) ? '' : '\n';
        appendLine(plan.outPath, lead + plan.toAppend.map((r) => `${JSON.stringify(withChecksum(r))}\n`).join(''));
      }
      const spec = widerSpec(
        existsSync(specFile(outDir, plan.specHash)) ? readStoredSpec(outDir, plan.specHash) : undefined,
        plan.spec,
      );
      if (plan.writeSpec && spec)
        writeFileAtomic(specFile(outDir, plan.specHash), `${JSON.stringify(spec, null, 2)}\n`);
    }
    return plans.map(({ toAppend: _a, writeSpec: _w, ...result }) => result);
  } finally {
    release();
  }
}

/** All trusted records of every store in a results directory (checked against each store's spec when present). */
export function readResultsDir(dir: string, logger: Logger = stderrLogger): RunRecord[] {
  return storeHashes(dir).flatMap((hash) =>
    sortRecords(
      readStoreFile(join(dir, `${hash}.jsonl`), { expectedHash: hash, spec: readStoredSpec(dir, hash), logger })
        .records,
    ),
  );
}
