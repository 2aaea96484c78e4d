/**
 * A failure of the environment rather than of the input: a store locked by another process, a disk that is full,
 * a directory that cannot be written. The CLI prints its message as one line on stderr and exits with code 1
 * (2 is kept for bad input), never with a stack trace.
 */
export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
}
