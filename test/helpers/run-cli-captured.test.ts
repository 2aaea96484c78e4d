import { describe, expect, it } from 'vitest';
import { captureOutput, runCliCaptured } from './run-cli-captured.js';

describe('captureOutput', () => {
  it('collects both streams (strings and UTF-8 bytes) and the value, then puts the real writers back', async () => {
    const writeOut = process.stdout.write;
    const writeErr = process.stderr.write;
    const captured = await captureOutput(async () => {
      process.stdout.write('a');
      process.stderr.write('b\n');
      process.stdout.write(new TextEncoder().encode('c'));
      return 7;
    });
    expect(captured).toEqual({ value: 7, stdout: 'ac', stderr: 'b\n' });
    expect(process.stdout.write).toBe(writeOut);
    expect(process.stderr.write).toBe(writeErr);
  });

  it('restores the writers when the action throws, and passes the error on', async () => {
    const writeOut = process.stdout.write;
    await expect(
      captureOutput(() => {
        process.stdout.write('lost');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(process.stdout.write).toBe(writeOut);
  });
});

describe('runCliCaptured', () => {
  it('success: stdout of the command, empty stderr, exit code 0', async () => {
    const r = await runCliCaptured(['theory', '--p', '3', '--kmax', '0', '--json']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).p).toBe(3);
  });

  it('bad input: one stderr line and exit code 2; process.exitCode is left as it was before the call', async () => {
    process.exitCode = undefined;
    const r = await runCliCaptured(['theory', '--p', '1']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(process.exitCode).toBeUndefined();
    // A code set earlier is neither seen by the call nor lost.
    process.exitCode = 1;
    try {
      expect((await runCliCaptured(['theory', '--p', '3', '--kmax', '0'])).exitCode).toBe(0);
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = undefined;
    }
  });
});
