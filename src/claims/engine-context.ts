import type { Logger } from '../experiments/logger.js';
import { loadRecords, runExperiment } from '../experiments/run-experiment.js';
import type { RunRecord } from '../experiments/run-record.js';
import type { Shard } from '../experiments/shard.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import type { ClaimContext } from './claim.js';

export interface EngineContextOptions {
  resultsDir: string;
  workers?: number;
  quiet?: boolean;
  shard?: Shard;
  logger?: Logger;
  /** Judge from stored records only: never compute (missing runs are simply absent). */
  noCompute?: boolean;
}

/** A claim context backed by the experiment engine and its result store (runs are reused across claims). */
export function engineContext(options: EngineContextOptions): ClaimContext {
  return {
    run(spec: ExperimentSpec): Promise<RunRecord[]> {
      if (options.noCompute) return Promise.resolve(loadRecords(spec, options.resultsDir, { logger: options.logger }));
      return runExperiment(spec, {
        resultsDir: options.resultsDir,
        workers: options.workers,
        quiet: options.quiet,
        shard: options.shard,
        logger: options.logger,
      });
    },
  };
}
