/**
 * The records a `landscape runs export` source names, read from disk: a spec file (its store in the results
 * directory), a whole results directory, or one .jsonl store.
 */
import { existsSync, statSync } from 'node:fs';
import { InputError } from '../core/input-error.js';
import { readResultsDir } from '../experiments/merge-stores.js';
import { readStoreFile } from '../experiments/result-store.js';
import { loadRecords } from '../experiments/run-experiment.js';
import { type RunRecord, sortRecords } from '../experiments/run-record.js';
import { loadSpecFile } from '../experiments/spec.js';

/** The records a source names: a spec file (its store in --results), a results directory, or one .jsonl store. */
export function recordsOfSource(source: string, resultsDir: string): RunRecord[] {
  if (!existsSync(source)) throw new InputError(`${source} does not exist`);
  if (statSync(source).isDirectory()) return readResultsDir(source);
  if (source.endsWith('.jsonl')) return sortRecords(readStoreFile(source).records);
  return loadRecords(loadSpecFile(source), resultsDir);
}
