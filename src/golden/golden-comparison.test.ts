import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/package-root.js';
import { goldenComparison } from './golden-comparison.js';
import { GOLDEN_FILE } from './golden-file.js';

describe('goldenComparison', () => {
  it('reproduces the pinned file; with --update a missing file makes every number new, with --check it is an error', async () => {
    const pinned = await goldenComparison(join(packageRoot(), GOLDEN_FILE), { update: false });
    expect(pinned.unchanged).toBe(true);
    expect(pinned.rows.length).toBe(pinned.fresh.length);
    const missing = join(packageRoot(), 'fixtures', 'golden', 'no-such-file.json');
    const fresh = await goldenComparison(missing, { update: true });
    expect(fresh.unchanged).toBe(false);
    expect(fresh.rows.every((r) => r.status === 'new')).toBe(true);
    expect(fresh.fresh).toEqual(pinned.fresh);
    await expect(goldenComparison(missing, { update: false })).rejects.toThrow();
  }, 120_000);
});
