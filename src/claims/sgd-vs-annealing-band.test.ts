import { describe, expect, it } from 'vitest';
import { spinEndpoints } from '../../test/helpers/spin-endpoints.js';
import { sgdVsAnnealingClaim, sgdVsAnnealingConfigFor } from './sgd-vs-annealing.js';
import {
  judgeSgdVsAnnealingBand,
  type SgdVsAnnealingBandConfig,
  sgdVsAnnealingBandClaim,
  sgdVsAnnealingBandConfigFor,
} from './sgd-vs-annealing-band.js';

const config: SgdVsAnnealingBandConfig = {
  ...sgdVsAnnealingBandConfigFor('ci'),
  spinGlass: { ...sgdVsAnnealingBandConfigFor('ci').spinGlass, sizes: [50], runsPerSize: 30 },
};

describe('judgeSgdVsAnnealingBand', () => {
  it('holds when both methods put most runs in the band, annealing at its plateau', () => {
    const r = judgeSgdVsAnnealingBand(config, {
      spinSgd: spinEndpoints('a', -1.55, 0.02),
      spinSaConverged: spinEndpoints('b', -1.56, 0.02, { plateauDrop: 0.001 }),
    });
    expect(r.verdict).toBe('holds');
  });

  it('fails when annealing at its plateau ends above the band in most runs', () => {
    const r = judgeSgdVsAnnealingBand(config, {
      spinSgd: spinEndpoints('a', -1.55, 0.02),
      spinSaConverged: spinEndpoints('b', -1.2, 0.02, { plateauDrop: 0.001 }),
    });
    expect(r.verdict).toBe('fails');
    expect(r.reason).toContain('SA');
  });

  it('is inconclusive, not failing, when annealing above the band is not at its plateau', () => {
    const r = judgeSgdVsAnnealingBand(config, {
      spinSgd: spinEndpoints('a', -1.55, 0.02),
      spinSaConverged: spinEndpoints('b', -1.2, 0.02, { plateauDrop: 0.05 }),
    });
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toContain('not at its plateau');
  });

  it('fails when SGD ends above the band in most runs', () => {
    const r = judgeSgdVsAnnealingBand(config, {
      spinSgd: spinEndpoints('a', -1.2, 0.02),
      spinSaConverged: spinEndpoints('b', -1.56, 0.02, { plateauDrop: 0.001 }),
    });
    expect(r.verdict).toBe('fails');
  });
});

describe('sgdVsAnnealingBandClaim', () => {
  it("runs exactly the comparison's spin-glass specs (one computation for both claims)", () => {
    const comparison = sgdVsAnnealingClaim.specs(sgdVsAnnealingConfigFor('ci'));
    const band = sgdVsAnnealingBandClaim.specs(sgdVsAnnealingBandConfigFor('ci'));
    expect(band[0]).toEqual(comparison[2]);
    expect(band[1]).toEqual(comparison[4]);
    expect(sgdVsAnnealingBandClaim.parseConfig(sgdVsAnnealingBandConfigFor('quick'))).toEqual(
      sgdVsAnnealingBandConfigFor('quick'),
    );
  });
});
