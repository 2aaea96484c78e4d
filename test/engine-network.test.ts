/**
 * The real network executor through the engine on a tiny MNIST 10×10 problem: 1 and 2 worker threads give the
 * same records bit for bit, a run recomputed alone equals the stored one, and the metrics are in range.
 * (The pool runs the compiled dist/ code: build first — npm test does.)
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { executeNetwork } from '../src/experiments/execute-network.js';
import { silentLogger } from '../src/experiments/logger.js';
import { runExperiment } from '../src/experiments/run-experiment.js';
import { type NetworkMetrics, recordFingerprint } from '../src/experiments/run-record.js';
import type { ExperimentSpec } from '../src/experiments/spec.js';
import { fingerprints, tempDir } from './helpers/engine-helpers.js';

const dirs: string[] = [];
const fresh = () => {
  const d = tempDir('engine-net');
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const SPEC: ExperimentSpec = {
  landscape: {
    kind: 'network',
    depth: 1,
    task: 'binary',
    digits: [4, 9],
    trainSize: 60,
    testSize: 40,
    init: 'torch-default',
    downsample: 'block',
  },
  optimizer: { kind: 'sgd', learningRate: 0.01, epochs: 2, batchSize: 4 },
  sizes: [2, 3],
  runsPerSize: 3,
  seed: 21,
  measure: { index: true },
};

describe('network runs through the engine', () => {
  it('1 worker = 2 workers bit for bit; a run recomputes alone; metrics in range', async () => {
    const quiet = { quiet: true, logger: silentLogger };
    const one = await runExperiment(SPEC, { resultsDir: fresh(), workers: 1, ...quiet });
    const two = await runExperiment(SPEC, { resultsDir: fresh(), workers: 2, batchSize: 1, ...quiet });
    expect(one).toHaveLength(6);
    expect(fingerprints(two)).toEqual(fingerprints(one));
    const alone = await executeNetwork(SPEC, 3, [2]);
    expect(recordFingerprint(alone[0])).toBe(recordFingerprint(one[5]));
    for (const r of one) {
      expect(r.status).toBe('ok');
      const m = r.metrics as NetworkMetrics;
      for (const a of [m.trainAccuracy, m.testAccuracy]) expect(a >= 0 && a <= 1).toBe(true);
      expect(m.trainLoss).toBeGreaterThanOrEqual(0);
      expect(m.epochs).toBe(2);
      expect(m.evaluations).toBe(2 * 60);
      // D = n1·(100 + 1) + 1·(n1 + 1) parameters for one hidden layer and one output.
      expect(m.normalizedIndex).toBe((m.index as number) / (r.size * 101 + r.size + 1));
    }
  });
});
