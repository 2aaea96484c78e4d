/**
 * An error caused by bad input (a flag, a file, a spec). The CLI prints its message as one line on stderr
 * and exits with code 2, never with a stack trace. Throw it from any module that validates user input.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
