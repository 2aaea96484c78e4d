import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repo root: the nearest ancestor of this file holding package.json (works from bench/ and dist/bench/). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('repo root not found');
    dir = up;
  }
  return dir;
}

/**
 * The path of a numpy yardstick in ../shared/peers/ beside the repo, or undefined when it is not there. The
 * yardsticks run with numpy's default threading (both cores), as a researcher would run them.
 */
export function peerScript(name: string): string | undefined {
  const script = join(repoRoot(), '..', 'shared', 'peers', name);
  return existsSync(script) ? script : undefined;
}
