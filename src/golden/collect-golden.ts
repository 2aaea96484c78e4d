import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../experiments/logger.js';
import { runExperiment } from '../experiments/run-experiment.js';
import { criticalLevel } from '../theory/critical-levels.js';
import { eInfinity } from '../theory/e-infinity.js';
import { EXACT, type GoldenEntry, ROUNDING } from './golden-entry.js';
import { GOLDEN_SPECS } from './golden-specs.js';

/** Metric fields that are integers (compared exactly); every other numeric field is compared to rounding. */
const INTEGER_FIELDS = new Set([
  'iterations',
  'energyEvaluations',
  'gradientEvaluations',
  'index',
  'epochs',
  'evaluations',
]);

/** Compute every golden number afresh: the golden experiments (in a temporary store) and the theory constants. */
export async function collectGolden(): Promise<GoldenEntry[]> {
  const entries: GoldenEntry[] = [];
  for (const p of [3, 4, 5]) {
    entries.push({ key: `theory/p=${p}/E_inf`, value: eInfinity(p), tolerance: ROUNDING });
    for (let k = 0; k <= 3; k++)
      entries.push({ key: `theory/p=${p}/E_${k}`, value: criticalLevel(p, k), tolerance: ROUNDING });
  }
  const resultsDir = mkdtempSync(join(tmpdir(), 'golden-'));
  try {
    for (const [name, spec] of Object.entries(GOLDEN_SPECS)) {
      const records = await runExperiment(spec, { resultsDir, workers: 1, quiet: true, logger: silentLogger });
      for (const r of records) {
        const prefix = `${name}/size=${r.size}/run=${r.run}`;
        entries.push({ key: `${prefix}/status`, value: r.status === 'ok' ? 1 : 0, tolerance: EXACT });
        for (const [field, value] of Object.entries(r.metrics ?? {})) {
          if (typeof value === 'number' || value === null) {
            entries.push({ key: `${prefix}/${field}`, value, tolerance: INTEGER_FIELDS.has(field) ? EXACT : ROUNDING });
          } else if (typeof value === 'boolean') {
            entries.push({ key: `${prefix}/${field}`, value: value ? 1 : 0, tolerance: EXACT });
          }
        }
      }
    }
  } finally {
    rmSync(resultsDir, { recursive: true, force: true });
  }
  return entries;
}
