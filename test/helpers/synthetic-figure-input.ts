/**
 * A figure input with synthetic records for every role a claim's figures read (tests of the figures and of the HTML
 * report): 12 network runs and 24 spin-glass runs on 3 landscapes at each of sizes 25 and 100 (a text sort would put
 * 100 first), each with a loss curve over the tenths of its run (the loss-versus-budget figures of sgd-vs-annealing).
 */
import type { FigureInput } from '../../src/claims/claim.js';
import { networkMetrics, okRecord, syntheticSpinRecords } from '../../src/claims/null-models/synthetic-records.js';

export function syntheticFigureInput(config: unknown): FigureInput {
  const network = [25, 100].flatMap((size) =>
    Array.from({ length: 12 }, (_, run) =>
      okRecord(
        size,
        run,
        networkMetrics({
          trainLoss: 0.1 + 0.002 * run + 1 / size,
          testLoss: 0.11 + 0.003 * run + 1 / size,
          testAccuracy: 0.9 - 0.001 * run,
          index: run % 3,
          normalizedIndex: (run % 3) / (111 * size + 10),
          lossCurve: Array.from({ length: 11 }, (_, k) => 0.1 + 1 / size + 2 / (1 + k)),
        }),
      ),
    ),
  );
  const spin = syntheticSpinRecords([25, 100], 24, 'fig', (n, _r, z) => -1.6 + 0.2 / Math.sqrt(n) + 0.01 * z, {
    landscapes: 3,
  }).map((r) => ({
    ...r,
    metrics: r.metrics && { ...r.metrics, lossCurve: Array.from({ length: 11 }, (_, k) => -1.6 + 0.5 / (1 + k)) },
  }));
  return {
    config,
    records: {
      spin,
      network,
      networkSgd: network,
      networkSa: network,
      spinSgd: spin,
      spinSa: spin,
      spinSaConverged: spin,
      full: network,
      ternary: network,
      criticalPoints: [],
    },
    series: { model: [], network: [] },
  };
}
