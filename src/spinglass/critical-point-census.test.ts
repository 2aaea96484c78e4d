import { describe, expect, it } from 'vitest';
import { criticalPointCensus, descentStepsOfStart } from './critical-point-census.js';

describe('criticalPointCensus', () => {
  const config = { n: 12, p: 3, starts: 10, seed: 4, descentSteps: 40, tolerance: 1e-9, maxIterations: 300 };

  it('counts only converged, distinct points, with tiny gradients and indices in range', () => {
    const census = criticalPointCensus(config);
    expect(census.points.length + census.unconverged + census.duplicates).toBe(config.starts);
    expect(census.points.length).toBeGreaterThan(2);
    for (const x of census.points) {
      expect(x.scaledGradNorm).toBeLessThan(config.tolerance);
      expect(x.index).toBeGreaterThanOrEqual(0);
      expect(x.index).toBeLessThanOrEqual(config.n - 1);
      expect(x.normalizedIndex).toBeCloseTo(x.index / (config.n - 1), 12);
    }
    expect(census.maxScaledGradNorm).toBeLessThan(config.tolerance);
    // Distinct points have distinct energies here (a coincidence to 1e-12 would be a duplicate that slipped through).
    const energies = census.points.map((x) => x.scaledEnergy.toFixed(12));
    expect(new Set(energies).size).toBe(energies.length);
  });

  it('is a deterministic function of its configuration', () => {
    expect(criticalPointCensus(config)).toEqual(criticalPointCensus(config));
  });

  it('ladders the descent steps geometrically from 0 to descentSteps', () => {
    expect(descentStepsOfStart(0, 10, 80)).toBe(0);
    expect(descentStepsOfStart(9, 10, 80)).toBe(80);
    expect(descentStepsOfStart(0, 1, 80)).toBe(0);
    const ladder = Array.from({ length: 10 }, (_, s) => descentStepsOfStart(s, 10, 80));
    for (let s = 1; s < 10; s++) expect(ladder[s]).toBeGreaterThanOrEqual(ladder[s - 1]);
  });
});
