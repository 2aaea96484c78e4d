/**
 * The calibration as `npm test` runs it (issue #11): every claim has a null model and at least one planted
 * violation, and at ci scale (shrunk here to tiny configurations: a few seconds of CPU in all) every violation is
 * judged 'fails' through the engine. The measured rates at the quick scale are in docs/claims.md ("Calibration").
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim.js';
import { nullModelOf } from '../claims/null-models/registry.js';
import { plantedViolations, violationsOf } from '../claims/planted/registry.js';
import { claims } from '../claims/registry.js';
import { calibrate, calibrationJson, formatCalibration, meetsTargets } from './calibrate.js';

/**
 * The ci configuration with its experiments shrunk (every other field, thresholds and α included, unchanged), except
 * for the claims whose violation reverses a trend of the ci ladders.
 */
// biome-ignore lint/suspicious/noExplicitAny: claims have different configuration types.
function tinyConfig(claim: Claim<any>): unknown {
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  const c = claim.configFor('ci') as any;
  const spinGlass = { sizes: [20, 30, 40], runsPerSize: 24, landscapes: 4, seed: c.spinGlass?.seed ?? 1 };
  // Networks train on the paper-matched schedule, which needs more than 42,427 samples (epochs × train size) to reach
  // the paper's sum of step sizes (src/network/sgd-schedule.ts): 200 digits × 215 epochs.
  const network = { widths: [5, 10, 25], runsPerSize: 12, trainSize: 200, testSize: 200, epochs: 215, seed: 1 };
  switch (claim.id) {
    case 'poor-minima-decay':
    case 'ground-state-hardness':
    case 'decorrelation':
      // 'reversed-sizes' reverses the ci ladders' trends, which need the ci ladders to be significant; the three
      // claims share these ladders (computed once, about 10 s of CPU; decorrelation's plant is 'test-on-train').
      return c;
    case 'layers':
      return { ...c, n: 20, starts: 24, landscapes: 3, descentSteps: 40 };
    case 'low-index':
      return {
        ...c,
        spinGlass,
        network: { ...c.network, widths: [5], runsPerSize: 4, trainSize: 100, testSize: 100, epochs: 430 },
      };
    case 'sgd-vs-annealing':
      return {
        ...c,
        networks: { ...c.networks, widths: [2, 5], runsPerSize: 4, trainSize: 100, testSize: 100, epochs: 430 },
        spinGlass: {
          ...c.spinGlass,
          sizes: [20],
          runsPerSize: 8,
        },
      };
    case 'sgd-vs-annealing-band':
      return {
        ...c,
        spinGlass: {
          ...c.spinGlass,
          sizes: [20],
          runsPerSize: 8,
          epochs: 10,
          polishMaxIterations: 100,
          convergenceMultiple: 2,
        },
      };
    case 'redundancy':
      return { ...c, runsPerSize: 4, trainSize: 200, sgdEpochs: 5 };
    default:
      return {
        ...c,
        ...(c.spinGlass ? { spinGlass } : {}),
        ...(c.network ? { network: { ...c.network, ...network } } : {}),
      };
  }
}

describe('the planted violations and null models', () => {
  it('cover every claim, with distinct names, and name only known claims', () => {
    for (const claim of claims) {
      expect(nullModelOf(claim.id), claim.id).toBeDefined();
      expect(violationsOf(claim.id).length, claim.id).toBeGreaterThanOrEqual(1);
    }
    const names = plantedViolations.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const v of plantedViolations) for (const id of v.claims) expect(claims.map((c) => c.id)).toContain(id);
  });
});

/**
 * Violations the ci ladders cannot detect, stated rather than hidden (docs/claims.md, Calibration). With the
 * paper-matched networks of the ci ladder (200 epochs on 500 digits) 'reversed-sizes' leaves the hardness claim
 * inconclusive, not failed: the reversed train–test gap still rises with the labelled width (0.67, 0.78, 1.32 at
 * n1 = 10, 25, 50 — so on the real ladder the gap FALLS with width at ci), and the spin-glass part has 1, 0, 2, 1
 * deep runs of 60 per N, too few for the deep-share trend to be significant either way (LR p = 0.67).
 */
const KNOWN_MISSES_AT_CI = ['ground-state-hardness/reversed-sizes: inconclusive'];

describe('calibrate (ci scale, tiny configurations, one trial)', () => {
  it('every planted violation fails its claim; the null trials and the JSON are reported', async () => {
    const outcome = await calibrate({ claimIds: [], scale: 'ci', trials: 1, configFor: tinyConfig });
    expect(outcome.claims.map((c) => c.id)).toEqual(claims.map((c) => c.id));
    const missed = outcome.claims.flatMap((c) =>
      c.violations.filter((v) => v.detected !== v.trials).map((v) => `${c.id}/${v.name}: ${v.verdicts.join(', ')}`),
    );
    expect(missed).toEqual(KNOWN_MISSES_AT_CI);
    for (const c of outcome.claims) {
      expect(c.nullTrials).toBe(1);
      expect(c.nullVerdicts).toHaveLength(1);
      if (!KNOWN_MISSES_AT_CI.some((m) => m.startsWith(`${c.id}/`))) expect(meetsTargets(c).detection).toBe(true);
      expect(c.falseFailInterval.upper).toBeGreaterThan(c.falseFailInterval.lower);
    }
    const json = calibrationJson(outcome) as { claims: Record<string, unknown>[] };
    for (const c of json.claims) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'alpha', 'nullTrials', 'falseFails', 'violations']));
      for (const v of c.violations as Record<string, unknown>[])
        expect(Object.keys(v)).toEqual(['name', 'trials', 'detected']);
    }
    expect(formatCalibration(outcome)).toContain('| theory | none | 0/1 |');
  }, 120_000);

  it('rejects an unknown claim and a bad trial count (InputError)', async () => {
    await expect(calibrate({ claimIds: ['nope'], scale: 'ci', trials: 1 })).rejects.toThrow(/unknown claim nope/);
    await expect(calibrate({ claimIds: ['theory'], scale: 'ci', trials: 0 })).rejects.toThrow(/trials/);
  });
});
