import { runCli } from '../../src/cli/main.js';

/** What an action wrote on stdout and stderr while it ran, and what it returned. */
export interface CapturedOutput<T> {
  value: T;
  stdout: string;
  stderr: string;
}

function text(chunk: string | Uint8Array): string {
  return typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
}

/**
 * Run `action` with process.stdout.write and process.stderr.write replaced by collectors (nothing reaches the
 * terminal), and put the real writers back afterwards, also when the action throws (the error is passed on).
 */
export async function captureOutput<T>(action: () => T | Promise<T>): Promise<CapturedOutput<T>> {
  let stdout = '';
  let stderr = '';
  const { stdout: out, stderr: err } = process;
  const writeOut = out.write;
  const writeErr = err.write;
  out.write = ((chunk: string | Uint8Array) => {
    stdout += text(chunk);
    return true;
  }) as typeof out.write;
  err.write = ((chunk: string | Uint8Array) => {
    stderr += text(chunk);
    return true;
  }) as typeof err.write;
  try {
    const value = await action();
    return { value, stdout, stderr };
  } finally {
    out.write = writeOut;
    err.write = writeErr;
  }
}

/** One in-process `landscape` invocation as the tests see it: its output and exit code (0 when none was set). */
export interface CliOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Run the command line in this process (`runCli`), capturing stdout and stderr, and read the exit code it set.
 * process.exitCode is cleared before the call and restored after it, so one call never sees another's code and a
 * failing command does not fail the test process.
 */
export async function runCliCaptured(args: string[]): Promise<CliOutcome> {
  const previous = process.exitCode;
  process.exitCode = undefined;
  try {
    const { stdout, stderr } = await captureOutput(() => runCli(args));
    return { stdout, stderr, exitCode: Number(process.exitCode ?? 0) };
  } finally {
    process.exitCode = previous;
  }
}
