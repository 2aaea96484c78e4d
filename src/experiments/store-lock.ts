/**
 * The lock of a results directory: `<dir>/.landscape.lock`, created with O_CREAT|O_EXCL (never follows a link),
 * holding `{pid, host, started}` of its holder. Every process that writes a store (`run`, `verify --results`, the
 * flag commands with `--results`, `merge --out`) holds it while it writes; readers (`runs export`,
 * `verify --no-compute`) do not need it.
 *
 * - A second writer **waits**, printing once whom it waits for, polling every 200 ms, for at most
 *   `LANDSCAPE_LOCK_WAIT_MS` (default 10 minutes); then it is refused with an {@link EnvironmentError} (exit 1)
 *   naming the holder and the lock file.
 * - **Stale lock rule**: a lock whose holder ran on this host and whose pid is no longer alive (SIGKILL, power
 *   loss) is broken: renamed away to a unique name, checked to be the lock that was judged stale (else put back
 *   with link(2), which fails if a new lock exists), and removed. A lock held from another host (a shared volume)
 *   is never broken automatically; the message says to remove it by hand if that process is gone.
 * - Within one process the lock is re-entrant (claims run several experiments into one directory).
 * - The lock is removed when released, and on exit (also after SIGINT/SIGTERM, which the CLI turns into exit).
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  linkSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { EnvironmentError } from '../core/environment-error.js';
import { ensureResultsDir } from './store-files.js';

export const LOCK_NAME = '.landscape.lock';

interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

interface Held {
  count: number;
  path: string;
}

const held = new Map<string, Held>();
let exitHookInstalled = false;

function removeAllHeld(): void {
  for (const h of held.values()) {
    try {
      unlinkSync(h.path);
    } catch {
      // already gone
    }
  }
  held.clear();
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readLock(path: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' && typeof info.host === 'string' ? info : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Break a stale lock whose content was `text` (see the module comment); true if it was removed. */
function breakStale(path: string, text: string): boolean {
  const aside = `${path}.stale-${randomBytes(6).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return false; // someone else broke it first
  }
  let now = '';
  try {
    now = readFileSync(aside, 'utf8');
  } catch {
    // fall through: treat as changed
  }
  if (now !== text) {
    // We moved a fresh lock: put it back unless a newer one exists (link fails then), and let its holder be.
    try {
      linkSync(aside, path);
    } catch {
      // a newer lock exists
    }
  }
  rmSync(aside, { force: true });
  return now === text;
}

export interface LockOptions {
  /** Longest wait for another holder, in ms (default LANDSCAPE_LOCK_WAIT_MS or 10 minutes). */
  waitMs?: number;
  /** Told once when the lock is held by someone else and we start waiting. */
  onWait?: (message: string) => void;
}

function defaultWaitMs(): number {
  const env = Number(process.env.LANDSCAPE_LOCK_WAIT_MS);
  return Number.isFinite(env) && env >= 0 ? env : 10 * 60_000;
}

function describe(info: LockInfo | undefined): string {
  return info ? `process ${info.pid} on ${info.host} (since ${info.started})` : 'another process';
}

/**
 * Take the lock of results directory `dir` (created if absent). Returns the release function (idempotent).
 * Waits for another holder up to `waitMs`, then throws an EnvironmentError.
 */
export function lockResultsDir(dir: string, options: LockOptions = {}): () => void {
  ensureResultsDir(dir);
  const key = realpathSync(dir);
  const path = join(key, LOCK_NAME);
  const mine = held.get(key);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    const h = held.get(key);
    if (!h) return;
    h.count -= 1;
    if (h.count === 0) {
      held.delete(key);
      rmSync(h.path, { force: true });
    }
  };
  if (mine) {
    mine.count += 1;
    return release;
  }
  const waitMs = options.waitMs ?? defaultWaitMs();
  const deadline = Date.now() + waitMs;
  const host = hostname();
  let told = false;
  for (;;) {
    try {
      const fd = openSync(
        path,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        0o644,
      );
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, host, started: new Date().toISOString() }));
      } finally {
        closeSync(fd);
      }
      held.set(key, { count: 1, path });
      if (!exitHookInstalled) {
        process.on('exit', removeAllHeld);
        exitHookInstalled = true;
      }
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue; // released between our open and read: try again
    }
    const info = readLock(path);
    if (info && info.host === host && info.pid !== process.pid && !alive(info.pid)) {
      if (breakStale(path, text)) options.onWait?.(`broke the stale lock ${path} of ${describe(info)}, which is gone`);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new EnvironmentError(
        `results directory ${dir} is locked by ${describe(info)}: another run or merge is writing it; ` +
          `wait for it to finish${info && info.host !== host ? `, or remove ${path} if that process is gone` : ''}`,
      );
    }
    if (!told) {
      told = true;
      options.onWait?.(`waiting for the lock on ${dir}, held by ${describe(info)}`);
    }
    sleepSync(Math.min(200, Math.max(1, deadline - Date.now())));
  }
}
