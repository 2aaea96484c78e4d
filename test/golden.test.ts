import { describe, expect, it } from 'vitest';
import { collectGolden } from '../src/golden/collect-golden.js';
import { compareGolden, formatGoldenTable } from '../src/golden/compare-golden.js';
import { readGoldenFile } from '../src/golden/golden-file.js';

/**
 * CI gating of numerical changes: every pinned number (fixtures/golden/golden.json) must be reproduced within its
 * tolerance. A deliberate change is accepted with `landscape golden --update` (see README, "Golden fixtures").
 */
describe('golden fixtures', () => {
  it('every golden number is reproduced within its tolerance', async () => {
    const rows = compareGolden(readGoldenFile(), await collectGolden());
    const bad = rows.filter((r) => r.status !== 'ok');
    expect(bad, formatGoldenTable(rows)).toEqual([]);
    expect(rows.length).toBeGreaterThan(100);
  }, 120_000);
});
