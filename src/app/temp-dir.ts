/**
 * A temporary directory for one command (fs.mkdtemp: a fresh directory with a random name, created exclusively),
 * removed when the action ends, also when it throws, and also when the process is interrupted: while the action
 * runs, SIGINT and SIGTERM remove the directory and end the process with the usual code (130 or 143).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const live = new Set<string>();

function removeLive(): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}

const onSignal = (signal: NodeJS.Signals) => {
  removeLive();
  process.exit(signal === 'SIGINT' ? 130 : 143);
};

export async function withTempDir<T>(prefix: string, action: (dir: string) => Promise<T>): Promise<T> {
  // The handlers first, then the directory: a signal that arrives once the directory exists always finds them
  // (the other order leaves a window in which a signal kills the process with the directory still there).
  if (live.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), prefix));
  } catch (error) {
    if (live.size === 0) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    throw error;
  }
  live.add(dir);
  try {
    return await action(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    live.delete(dir);
    if (live.size === 0) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  }
}
