/**
 * SIGINT and SIGTERM during a command that computes into a temporary store (`landscape spinglass` without
 * --results: src/app/temp-dir.ts) remove the `landscape-results-*` directory and exit 130 / 143 (issue #12).
 * Runs the built CLI (dist, from `npm run build`) with TMPDIR pointed at a fresh directory it can watch.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'landscape.js');

async function interrupt(
  signal: 'SIGINT' | 'SIGTERM',
  workers: number,
): Promise<{ code: number | null; left: string[]; seen: boolean }> {
  const tmp = mkdtempSync(join(tmpdir(), 'interrupt-test-'));
  try {
    // Long enough to be interrupted mid-way: 400 descents at N = 40 (7 tasks). On a pool the main thread is free to
    // handle the signal; in-process (--workers 1) the engine yields to the event loop between tasks.
    const args = [BIN, 'spinglass', '-n', '40', '--runs', '400', '--workers', String(workers), '--quiet'];
    const child = spawn(process.execPath, args, {
      env: { ...process.env, TMPDIR: tmp },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    let seen = false;
    for (let i = 0; i < 300 && !seen; i++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = readdirSync(tmp).some((f) => f.startsWith('landscape-results-'));
    }
    child.kill(signal);
    const code = await exited;
    return { code, left: readdirSync(tmp).filter((f) => f.startsWith('landscape-results-')), seen };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe('an interrupted command leaves no temporary store behind', () => {
  it('SIGTERM: the directory existed while running, is gone after, exit code 143', async () => {
    const r = await interrupt('SIGTERM', 2);
    expect(r.seen).toBe(true);
    expect(r.left).toEqual([]);
    expect(r.code).toBe(143);
  }, 30_000);
  it('SIGINT: the same, exit code 130', async () => {
    const r = await interrupt('SIGINT', 2);
    expect(r.seen).toBe(true);
    expect(r.left).toEqual([]);
    expect(r.code).toBe(130);
  }, 30_000);
  it('in-process (--workers 1): SIGINT is handled between tasks, not swallowed until the run ends', async () => {
    const r = await interrupt('SIGINT', 1);
    expect(r.seen).toBe(true);
    expect(r.left).toEqual([]);
    expect(r.code).toBe(130);
  }, 30_000);
});
