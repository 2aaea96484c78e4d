import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { createRng } from '../random/rng.js';
import { judgeReduction, logLogSlope, reductionClaim, reductionConfigFor } from './reduction.js';
import { decoupledModelCorrelations, type OverlapCorrelation, vectorAtOverlap } from './reduction-model.js';

const config = reductionConfigFor('ci');
const overlaps = config.overlaps;

/** Correlations R^exponent, optionally with seeded noise of the size a sample of S would have. */
function synthetic(exponent: number, samples: number, seed?: string): OverlapCorrelation[] {
  const rng = seed ? createRng(seed) : null;
  return overlaps.map((overlap) => {
    const r = overlap ** exponent;
    const z = Math.atanh(r) + (rng ? rng.normal() / Math.sqrt(samples - 3) : 0);
    return { overlap, correlation: Math.tanh(z), samples };
  });
}

describe('logLogSlope', () => {
  it('recovers the exponent of exact power laws', () => {
    for (const h of [1, 2, 3, 4]) expect(logLogSlope(synthetic(h, 1000), 0.01)?.slope).toBeCloseTo(h, 10);
  });

  it('needs three overlaps with positive correlation', () => {
    const points = synthetic(3, 1000).map((p, i) => (i < 3 ? { ...p, correlation: -0.1 } : p));
    expect(logLogSlope(points, 0.01)).toBeNull();
  });

  it('covers the true exponent at about its nominal rate', () => {
    // 200 seeded replicates at 99 %: misses ~ Bin(200, 0.01), mean 2; ≤ 8 misses has probability > 0.999.
    let misses = 0;
    for (let r = 0; r < 200; r++) {
      const fit = logLogSlope(synthetic(3, 3000, `slope-${r}`), 0.01)!;
      if (fit.lower > 3 || fit.upper < 3) misses++;
    }
    expect(misses).toBeLessThanOrEqual(8);
  });
});

/** `k` network draws whose exponents scatter around `exponent` (sd `spread`, the draw-to-draw variation). */
function draws(exponent: number, samples: number, seed: string, k = 8, spread = 0.1): OverlapCorrelation[][] {
  const rng = createRng(`${seed}/draws`);
  return Array.from({ length: k }, (_, i) => synthetic(exponent + spread * rng.normal(), samples, `${seed}/${i}`));
}

describe('judgeReduction', () => {
  const network = draws(3, config.samples, 'network-rh');

  it('holds when the correlations of both the model and the network follow R^H', () => {
    const r = judgeReduction(config, synthetic(3, config.samples, 'holds'), network);
    expect(r.verdict).toBe('holds');
    expect(r.threshold.value).toBe(3);
  });

  it('fails when the model follows R^(H−1) (the wrong spin-glass order)', () => {
    const r = judgeReduction(config, synthetic(2, config.samples, 'fails'), network);
    expect(r.verdict).toBe('fails');
  });

  it('fails when the model is R^H but the ReLU network decays like R^1 (the measured ReLU exponent is 0.86–0.95)', () => {
    const r = judgeReduction(config, synthetic(3, config.samples, 'holds'), draws(1, config.samples, 'relu', 8, 0.3));
    expect(r.verdict).toBe('fails');
    expect(r.reason).toMatch(/ReLU network: mean slope \d\.\d+ over 8 draws.*outside H ± 0\.5.*→ fails/);
    expect(r.statistic.value as number).toBeCloseTo(1, 0);
  });

  it('is inconclusive when the network exponent sits near the tolerance edge (2.6) and varies between draws', () => {
    const r = judgeReduction(config, synthetic(3, config.samples, 'holds'), draws(2.6, config.samples, 'edge', 8, 0.5));
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toMatch(/overlaps H ± 0\.5/);
  });

  it('null at the network boundary (exponent H − margin = 2.5, draws scattered by 0.5): fails in ≤ α/2 of 400', () => {
    // The t-interval over 8 draws lies wholly below 2.5 with probability ≤ α/4 = 0.0025 (one side of a 1 − α/2
    // interval); ≤ 5 of 400 has probability > 0.99 at that rate.
    let fails = 0;
    const model = synthetic(3, config.samples, 'holds');
    for (let t = 0; t < 400; t++) {
      const r = judgeReduction(config, model, draws(2.5, config.samples, `boundary-${t}`, 8, 0.5));
      if (r.verdict === 'fails') fails++;
    }
    expect(fails).toBeLessThanOrEqual(5);
  });

  it('is inconclusive when the sample is too small to pin the exponent down', () => {
    const r = judgeReduction(config, synthetic(3, 200), network);
    expect(r.verdict).toBe('inconclusive');
    const none = judgeReduction(
      config,
      synthetic(3, 200).map((p) => ({ ...p, correlation: 0 })),
      network,
    );
    expect(judgeReduction(config, synthetic(3, config.samples, 'holds'), [network[0]]).reason).toMatch(
      /fewer than 2 network draws/,
    );
    expect(none.verdict).toBe('inconclusive');
  });
});

describe('the decoupled model', () => {
  it('vectorAtOverlap has the exact norm and overlap', () => {
    const rng = createRng('overlap');
    const w = rng.fillNormal(new Float64Array(7));
    for (const r of [0.1, 0.5, 0.99]) {
      const v = vectorAtOverlap(w, r, rng);
      let ww = 0;
      let vv = 0;
      let wv = 0;
      for (let i = 0; i < 7; i++) {
        ww += w[i] * w[i];
        vv += v[i] * v[i];
        wv += w[i] * v[i];
      }
      expect(vv).toBeCloseTo(ww, 10);
      expect(wv / ww).toBeCloseTo(r, 12);
    }
  });

  it('has correlations R^H within Monte Carlo error (Fisher z, 4 sd: false alarm < 1e-4 per overlap)', () => {
    const samples = 2000;
    const out = decoupledModelCorrelations({
      depth: 2,
      uniqueWeights: 5,
      multiplicity: 2,
      activeProbability: 0.5,
      samples,
      overlaps: [0.3, 0.7],
      seed: 5,
    });
    for (const o of out) {
      expect(Math.abs(Math.atanh(o.correlation) - Math.atanh(o.overlap ** 2))).toBeLessThan(4 / Math.sqrt(samples - 3));
    }
  });
});

describe('reductionClaim', () => {
  it('parseConfig rejects a bad field with an InputError naming it', () => {
    expect(reductionClaim.parseConfig(config)).toEqual(config);
    expect(() => reductionClaim.parseConfig({ ...config, overlaps: [0.5, 1.5, 0.2] })).toThrow(InputError);
    expect(() => reductionClaim.parseConfig({ ...config, depth: 0 })).toThrow(/depth/);
    expect(() => reductionClaim.parseConfig({ ...config, uniqueWeights: 64, depth: 6 })).toThrow(/paths/);
  });
});
