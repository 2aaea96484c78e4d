import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFileName, loadMnist10x10 } from './mnist.js';

const dir = mkdtempSync(join(tmpdir(), 'mnist-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A miniature copy of the package's format (three random-ish images per digit), so that rebuilding is fast.
const fakePackage = join(dir, 'fake-mnist');
mkdirSync(join(fakePackage, 'src', 'digits'), { recursive: true });
for (let d = 0; d < 10; d++) {
  const data = Array.from({ length: 3 * 784 }, (_, k) => ((k * 7919 + d * 104729) % 1000) / 1000);
  writeFileSync(join(fakePackage, 'src', 'digits', `${d}.json`), JSON.stringify({ data }));
}
const fakeDir = join(dir, 'fake-cache');
const fake = { cacheDir: fakeDir, packageDir: fakePackage };

describe('loadMnist10x10', () => {
  it('converts the 10,000 digits of the mnist package, then reads them back from the cache identically', () => {
    const first = loadMnist10x10({ cacheDir: dir });
    expect(first.source).toBe('converted');
    expect(first.count).toBe(10_000);
    expect(first.digitCounts).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
    expect(first.images.length).toBe(1_000_000);
    const second = loadMnist10x10({ cacheDir: dir });
    expect(second.source).toBe('cache');
    expect(Buffer.from(second.images.buffer).equals(Buffer.from(first.images.buffer))).toBe(true);
    expect(Array.from(second.labels)).toEqual(Array.from(first.labels));
  });

  it('rebuilds a corrupt cache (flipped byte → checksum mismatch) and a truncated one (wrong length)', () => {
    const good = loadMnist10x10(fake);
    expect(good.source).toBe('converted');
    expect(good.count).toBe(30);
    const path = join(fakeDir, cacheFileName('block'));
    const bytes = readFileSync(path);
    expect(loadMnist10x10(fake).source).toBe('cache');
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 3] ^= 0x40;
    writeFileSync(path, flipped);
    const rebuilt = loadMnist10x10(fake);
    expect(rebuilt.source).toBe('converted');
    expect(Buffer.from(rebuilt.images.buffer).equals(Buffer.from(good.images.buffer))).toBe(true);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    writeFileSync(path, bytes.subarray(0, bytes.length - 400));
    expect(loadMnist10x10(fake).source).toBe('converted');
    writeFileSync(path, 'not a cache');
    expect(loadMnist10x10(fake).source).toBe('converted');
    expect(loadMnist10x10(fake).source).toBe('cache');
  });

  it('keys the cache by method: bilinear gets its own file with different pixels', () => {
    const block = loadMnist10x10(fake);
    const bilinear = loadMnist10x10({ ...fake, method: 'bilinear' });
    expect(bilinear.method).toBe('bilinear');
    expect(bilinear.source).toBe('converted');
    expect(Buffer.from(bilinear.images.buffer).equals(Buffer.from(block.images.buffer))).toBe(false);
    for (const v of bilinear.images) expect(v >= 0 && v <= 1).toBe(true);
  });
});
