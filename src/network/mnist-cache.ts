/**
 * On-disk cache of the converted 10×10 digits: `<repo>/.cache/mnist/mnist10x10-<method>-v<version>.bin`.
 *
 * Layout (little-endian): magic "MN10" (4 bytes), format version (uint32), image count n (uint32), pixels per
 * image (uint32), SHA-256 of the payload (32 bytes), then the payload: n labels (uint8, padded with zeros to a
 * multiple of 4 bytes) followed by n·pixels float32 grey levels. A file with the wrong magic, version,
 * length or checksum is rejected (`readCache` returns undefined) and the caller rebuilds it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../core/package-root.js';

const MAGIC = 0x30314e4d; // "MN10" read as a little-endian uint32
const HEADER_BYTES = 16 + 32;

export interface CachedDigits {
  labels: Uint8Array;
  images: Float32Array;
  count: number;
  pixels: number;
}

function paddedLabelBytes(count: number): number {
  return Math.ceil(count / 4) * 4;
}

/** `<repo>/.cache/mnist`, the repository root being the nearest ancestor directory holding package.json. */
export function defaultCacheDir(): string {
  return join(packageRoot(), '.cache', 'mnist');
}

export function encodeCache(data: CachedDigits, version: number): Buffer {
  const labelBytes = paddedLabelBytes(data.count);
  const payload = Buffer.alloc(labelBytes + 4 * data.images.length);
  payload.set(data.labels, 0);
  const floats = Buffer.from(data.images.buffer, data.images.byteOffset, data.images.byteLength);
  floats.copy(payload, labelBytes);
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(version, 4);
  header.writeUInt32LE(data.count, 8);
  header.writeUInt32LE(data.pixels, 12);
  createHash('sha256').update(payload).digest().copy(header, 16);
  return Buffer.concat([header, payload]);
}

/** Decode a cache file; undefined when it is malformed, of another version, truncated or corrupt. */
export function decodeCache(bytes: Buffer, version: number): CachedDigits | undefined {
  if (bytes.length < HEADER_BYTES) return undefined;
  if (bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== version) return undefined;
  const count = bytes.readUInt32LE(8);
  const pixels = bytes.readUInt32LE(12);
  const labelBytes = paddedLabelBytes(count);
  if (count === 0 || pixels === 0 || bytes.length !== HEADER_BYTES + labelBytes + 4 * count * pixels) return undefined;
  const payload = bytes.subarray(HEADER_BYTES);
  const digest = createHash('sha256').update(payload).digest();
  if (!digest.equals(bytes.subarray(16, 48))) return undefined;
  const labels = Uint8Array.from(payload.subarray(0, count));
  const images = new Float32Array(count * pixels);
  // Copy through a Buffer view so alignment of the source does not matter.
  Buffer.from(images.buffer).set(payload.subarray(labelBytes));
  return { labels, images, count, pixels };
}

/**
 * The cached digits, or undefined when there is no usable cache: absent, not a regular file (a directory, a FIFO,
 * a symbolic link), unreadable, or malformed. The caller then rebuilds the digits; a broken cache is never fatal.
 */
export function readCache(path: string, version: number): CachedDigits | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > 2 ** 30) return undefined;
    const bytes = Buffer.alloc(stat.size);
    let done = 0;
    while (done < stat.size) {
      const n = readSync(fd, bytes, done, stat.size - done, done);
      if (n === 0) return undefined;
      done += n;
    }
    return decodeCache(bytes, version);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Write atomically: an exclusive temporary file with a random name (O_EXCL: never follows a planted link), then a
 * rename, so a crash never leaves a half-written cache behind. The cache only saves time: when it cannot be
 * written (read-only directory, disk full, the path is a directory) nothing is written and false is returned.
 */
export function writeCache(path: string, data: CachedDigits, version: number): boolean {
  const tmp = `${path}.${randomBytes(8).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
      const bytes = encodeCache(data, version);
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    return true;
  } catch {
    rmSync(tmp, { force: true });
    return false;
  }
}
