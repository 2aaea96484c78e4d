import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { stream } from '../random/streams.js';
import { randomSpherePoint } from '../spinglass/random-point.js';
import { SpinGlassLandscape } from '../spinglass/spin-glass-landscape.js';
import {
  censusDescentRate,
  criticalPointCensus,
  criticalPointOfStart,
  descentStepsOfStart,
  distinctCriticalPoints,
  SAME_SCALED_ENERGY,
} from './critical-point-census.js';
import { criticalPointSearch } from './critical-point-search.js';
import { gradientDescent } from './gradient-descent.js';

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

  it('criticalPointOfStart = descent then search, counting the evaluations of both', () => {
    const landscape = SpinGlassLandscape.sample({
      n: 10,
      p: 3,
      rng: stream({ master: 'cps', purpose: 'disorder', size: 10, run: 0 }),
    });
    const start = randomSpherePoint(10, stream({ master: 'cps', purpose: 'init', size: 10, run: 0 }));
    const opts = { tolerance: 1e-9, maxIterations: 300 };
    const run = criticalPointOfStart(landscape, start, 7, opts);
    const [descent] = gradientDescent(landscape, [start], {
      learningRate: censusDescentRate(3),
      decay: 0,
      tolerance: 0,
      maxIterations: 7,
    });
    const search = criticalPointSearch(landscape, descent.point, opts);
    expect(run.energy).toBe(search.energy);
    expect(run.descentSteps).toBe(7);
    expect(run.totalGradientEvaluations).toBe(descent.gradientEvaluations + search.gradientEvaluations);
    // One evaluation at the start, one per trial step, one per Hessian.
    expect(search.gradientEvaluations).toBe(1 + search.iterations + search.hessianEvaluations);
    expect(criticalPointOfStart(landscape, start, 0, opts).descentSteps).toBe(0);
  });
});

describe('distinctCriticalPoints', () => {
  it('merges the same index within SAME_SCALED_ENERGY (chained), keeps the first in list order', () => {
    const e = SAME_SCALED_ENERGY;
    const points = [
      { index: 1, scaledEnergy: -1.2 + 0.6 * e, id: 'a' },
      { index: 1, scaledEnergy: -1.2, id: 'b' },
      { index: 2, scaledEnergy: -1.2, id: 'c' },
      { index: 1, scaledEnergy: -1.2 + 1.2 * e, id: 'd' }, // chained to a (0.6e apart)
      { index: 1, scaledEnergy: -1.2 + 3 * e, id: 'e' },
    ];
    const { distinct, duplicates } = distinctCriticalPoints(points);
    expect(distinct.map((x) => x.id)).toEqual(['a', 'c', 'e']);
    expect(duplicates).toBe(2);
  });

  it('keeps every point of a list with well separated energies, whatever the order', () => {
    const rng = createRng('distinct');
    const points = Array.from({ length: 50 }, (_, i) => ({ index: rng.int(4), scaledEnergy: -1.6 + i * 1e-3 }));
    expect(distinctCriticalPoints(points)).toEqual({ distinct: points, duplicates: 0 });
  });
});
