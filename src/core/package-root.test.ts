import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_NAME, packageRoot } from './package-root.js';

describe('packageRoot', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'package-root-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds this repository from this module (its package.json names the project)', () => {
    const root = packageRoot();
    expect(root).toBe(join(import.meta.dirname, '..', '..'));
  });

  it('skips a package.json of another package on the way up', () => {
    const ours = join(scratch, 'ours');
    const nested = join(ours, 'node_modules', 'other', 'lib');
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(ours, 'package.json'), JSON.stringify({ name: PACKAGE_NAME }));
    writeFileSync(join(ours, 'node_modules', 'other', 'package.json'), JSON.stringify({ name: 'other' }));
    expect(packageRoot(nested)).toBe(ours);
  });

  it('throws when no ancestor is ours', () => {
    const lonely = join(scratch, 'lonely');
    mkdirSync(lonely, { recursive: true });
    writeFileSync(join(lonely, 'package.json'), '{ not json');
    expect(() => packageRoot(lonely)).toThrow(/cannot find the landscape-claims package root/);
  });
});
