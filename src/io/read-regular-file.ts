/**
 * Reading input files safely: only regular files are read (a FIFO would block forever, a device such as
 * /dev/zero would never end, a directory cannot be read), and a file larger than the caller's limit is refused
 * before it is read. The file is opened with O_NONBLOCK so that opening a FIFO does not wait for a writer, then
 * checked with fstat on the open descriptor (no race between the check and the read).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../core/input-error.js';

/** What kind of file a stat describes, for messages. */
function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function describeOpenError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file (ENOENT)';
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'ELOOP') return 'too many symbolic links';
  return code ?? String(error);
}

/**
 * Open `path` for reading as a regular file and return its descriptor and size; anything else → InputError
 * naming `what` (e.g. "--couplings"). The caller closes the descriptor.
 */
export function openRegularFile(path: string, what: string): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(`cannot read ${what} ${path}: ${describeOpenError(error)}`);
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    throw new InputError(`${what} ${path} is ${kindOf(stat)}, not a regular file`);
  }
  return { fd, size: stat.size };
}

/** Read exactly `length` bytes at `position` (fewer only if the file shrank: then InputError). */
export function readExactly(fd: number, length: number, position: number, path: string): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new InputError(`${path} changed while it was read (shorter than its size)`);
    done += n;
  }
  return buffer;
}

/** Default limit of {@link readRegularFile}: inputs such as specs and counterexamples are small. */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The bytes of a regular file of at most `maxBytes` bytes; FIFOs, devices, directories, larger files → InputError. */
export function readRegularFile(path: string, what: string, maxBytes = DEFAULT_MAX_INPUT_BYTES): Buffer {
  const { fd, size } = openRegularFile(path, what);
  try {
    if (size > maxBytes) throw new InputError(`${what} ${path} is too large (${size} bytes, at most ${maxBytes})`);
    return readExactly(fd, size, 0, path);
  } finally {
    closeSync(fd);
  }
}
