/**
 * Merging result stores (e.g. the results directories of the shards of one experiment): records are grouped by
 * spec hash; every input must carry the same hash (one experiment); identical duplicates are kept once,
 * conflicting duplicates (one run, two different results) are an error; the runs the spec asks for but no input
 * holds are listed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../cli/input-error.js';
import { type Logger, stderrLogger } from './logger.js';
import { readStoreFile, specFile, storeFile, writeFileAtomic } from './result-store.js';
import { type RunRecord, recordFingerprint, runKey, sortRecords } from './run-record.js';
import { type ExperimentSpec, parseSpec } from './spec.js';
import { specHash } from './spec-hash.js';

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
    spec = parseSpec(JSON.parse(readFileSync(path, 'utf8')));
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

/**
 * Merge the stores of `inputDirs` (and any store already in `outDir`) into `outDir`. Every input must hold
 * stores of one and the same spec hash.
 */
export function mergeStores(inputDirs: string[], outDir: string, options: { logger?: Logger } = {}): MergeResult {
  const logger = options.logger ?? stderrLogger;
  if (inputDirs.length === 0) throw new InputError('merge needs at least one results directory');
  const byDir = inputDirs.map((dir) => ({ dir, hashes: storeHashes(dir) }));
  const hashes = new Set(byDir.flatMap((d) => d.hashes));
  for (const d of byDir)
    if (d.hashes.length === 0) throw new InputError(`${d.dir} holds no result store (<hash>.jsonl)`);
  if (hashes.size > 1) {
    const list = byDir.map((d) => `${d.dir}: ${d.hashes.map((h) => h.slice(0, 12)).join(' ')}`).join('; ');
    throw new InputError(
      `the stores come from different specs (hashes differ) — merge one experiment at a time: ${list}`,
    );
  }
  const hash = [...hashes][0];
  const sources = [...inputDirs];
  if (existsSync(storeFile(outDir, hash)) && !sources.includes(outDir)) sources.push(outDir);

  const byKey = new Map<string, { record: RunRecord; fingerprint: string; from: string }>();
  let duplicates = 0;
  let spec: ExperimentSpec | undefined;
  for (const dir of sources) {
    spec = widerSpec(spec, readStoredSpec(dir, hash));
    const path = storeFile(dir, hash);
    const read = readStoreFile(path, { expectedHash: hash, logger });
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
  if (!spec) logger.warn(`no ${hash}.spec.json in the inputs: cannot list the missing runs`);
  const records = sortRecords([...byKey.values()].map((v) => v.record));
  mkdirSync(outDir, { recursive: true });
  const outPath = storeFile(outDir, hash);
  writeFileAtomic(outPath, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  if (spec) writeFileAtomic(specFile(outDir, hash), `${JSON.stringify(spec, null, 2)}\n`);
  return {
    specHash: hash,
    records,
    inputs: sources.length,
    duplicates,
    missing: spec ? missingRuns(spec, records) : [],
    spec,
    outPath,
  };
}

/** All records of every store in a results directory. */
export function readResultsDir(dir: string, logger: Logger = stderrLogger): RunRecord[] {
  return storeHashes(dir).flatMap((hash) =>
    sortRecords(readStoreFile(join(dir, `${hash}.jsonl`), { expectedHash: hash, logger }).records),
  );
}
