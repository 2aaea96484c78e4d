/**
 * Writing the files of a results directory without following planted symbolic links:
 *
 * - {@link writeFileAtomic}: the temporary file has a random name and is created with O_CREAT|O_EXCL (which
 *   fails if any file or symbolic link already has that name, so it is never followed), written, flushed, then
 *   renamed over the target (rename replaces a symbolic link itself, never the file it points to).
 * - {@link appendLine}: opens with O_APPEND|O_NOFOLLOW (a symbolic link in place of a store is refused) and checks
 *   on the open descriptor that it is a regular file, then writes the line in one write.
 * - {@link ensureResultsDir}: a results path that exists but is not a directory is bad input (exit 2).
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../core/input-error.js';

/** Create a results directory (and its parents); a path that is a file, a FIFO or a device is an InputError. */
export function ensureResultsDir(dir: string): void {
  let stat: ReturnType<typeof lstatSync> | undefined;
  try {
    stat = lstatSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (stat?.isSymbolicLink()) {
    // A link to a directory is fine (a mounted volume, say); resolve it once.
    try {
      stat = lstatSync(`${dir}/.`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR' || (error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new InputError(`results directory ${dir} is a symbolic link to something that is not a directory`);
      throw error;
    }
  }
  if (stat && !stat.isDirectory()) throw new InputError(`results directory ${dir} exists and is not a directory`);
  if (!stat) {
    try {
      makeDirectories(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR' || (error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new InputError(`cannot create results directory ${dir}: a part of the path is not a directory`);
      throw error;
    }
  }
}

/**
 * mkdir -p, one component at a time. (Node 20's `mkdirSync(dir, { recursive: true })` loops forever on some
 * paths, e.g. under /proc, where mkdir answers ENOENT for a parent that exists.)
 */
export function makeDirectories(dir: string): void {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    try {
      statSync(current);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Write every byte of `data` to `fd`. */
function writeAll(fd: number, data: Buffer): void {
  let done = 0;
  while (done < data.length) done += writeSync(fd, data, done, data.length - done);
}

/** Write a file atomically: an exclusive temporary file with a random name, flushed, then renamed over `path`. */
export function writeFileAtomic(path: string, text: string | Buffer): void {
  const tmp = `${path}.${randomBytes(8).toString('hex')}.tmp`;
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    writeAll(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Open a store file for appending (created if absent); a symbolic link or a non-regular file is refused. */
function openForAppend(path: string): number {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw new InputError(`${path} is a symbolic link; a store file must be a regular file`);
    throw error;
  }
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw new InputError(`${path} is not a regular file`);
  }
  return fd;
}

/** Append text with ONE write to a regular file opened with O_APPEND|O_NOFOLLOW. */
export function appendLine(path: string, text: string): void {
  const fd = openForAppend(path);
  try {
    const data = Buffer.from(text, 'utf8');
    const n = writeSync(fd, data, 0, data.length);
    if (n !== data.length) writeAll(fd, data.subarray(n));
  } finally {
    closeSync(fd);
  }
}

/** Whether the file's last byte is a newline (true for an empty or missing file). Never follows a symlink. */
export function endsWithNewline(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size === 0) return true;
    const buf = Buffer.alloc(1);
    readSync(fd, buf, 0, 1, stat.size - 1);
    return buf[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of a store file, or undefined when there is none. A symbolic link, FIFO, device or directory in place
 * of a store is an InputError (never followed, never blocks).
 */
export function readStoreText(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw new InputError(`${path} is a symbolic link; a store file must be a regular file`);
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError(`${path} is not a regular file`);
    const buffer = Buffer.alloc(stat.size);
    let done = 0;
    while (done < stat.size) {
      const n = readSync(fd, buffer, done, stat.size - done, done);
      if (n === 0) break;
      done += n;
    }
    return buffer.subarray(0, done).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
