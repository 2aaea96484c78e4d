/**
 * The package root: the nearest directory above this module holding a package.json whose name is
 * `landscape-claims`. One rule for every caller (the WebAssembly loader, the worker pool, the paper fixture, the
 * MNIST cache, the benchmarks), the same from src/*.ts under vitest and from dist/src/*.js under the CLI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_NAME = 'landscape-claims';

/** The nearest ancestor of `start` (default: this module's folder) holding this project's package.json. */
export function packageRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        if (JSON.parse(readFileSync(candidate, 'utf8')).name === PACKAGE_NAME) return dir;
      } catch {
        // not ours (unreadable or not JSON); keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${start}`);
    dir = parent;
  }
}
