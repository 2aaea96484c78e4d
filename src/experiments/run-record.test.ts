import { describe, expect, it } from 'vitest';
import { guardFinite, type RunRecord, recordFingerprint, sameRecord } from './run-record.js';

const record = (energy: number, elapsedMs?: number): RunRecord => ({
  specHash: 'h',
  size: 10,
  run: 3,
  status: 'ok',
  streams: { init: 'x' },
  metrics: {
    energy,
    scaledEnergy: energy / 10,
    gradNorm: 0,
    iterations: 1,
    energyEvaluations: 2,
    gradientEvaluations: 2,
    haltingTimes: [{ threshold: 0.1, iteration: null }],
    converged: true,
  },
  elapsedMs,
});

describe('run records', () => {
  it('compare without their timing', () => {
    expect(sameRecord(record(-1.5, 3), record(-1.5, 99))).toBe(true);
    expect(sameRecord(record(-1.5), record(-1.5 + 2 ** -50))).toBe(false);
    expect(recordFingerprint(record(-1.5, 3))).not.toContain('elapsed');
  });

  it('a non-finite metric turns the record into a diverged one, naming the field', () => {
    const bad = guardFinite(record(Number.NaN));
    expect(bad.status).toBe('diverged');
    expect(bad.metrics).toBeNull();
    expect(bad.reason).toBe('non-finite energy (NaN)');
    const inf = record(-1);
    if (inf.metrics && 'haltingTimes' in inf.metrics) inf.metrics.haltingTimes[0].threshold = Number.POSITIVE_INFINITY;
    expect(guardFinite(inf).reason).toBe('non-finite haltingTimes[0].threshold (Infinity)');
    const good = record(-1);
    expect(guardFinite(good)).toBe(good);
  });
});
