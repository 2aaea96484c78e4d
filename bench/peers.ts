import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/core/package-root.js';

/** The repo root (the package root, src/core/package-root.ts). */
export function repoRoot(): string {
  return packageRoot();
}

/**
 * The path of a numpy yardstick in ../shared/peers/ beside the repo, or undefined when it is not there. The
 * yardsticks run with numpy's default threading (both cores), as a researcher would run them.
 */
export function peerScript(name: string): string | undefined {
  const script = join(repoRoot(), '..', 'shared', 'peers', name);
  return existsSync(script) ? script : undefined;
}
