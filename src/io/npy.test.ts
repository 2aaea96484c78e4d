import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { readNpy, writeNpy } from './npy.js';

const dir = mkdtempSync(join(tmpdir(), 'npy-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A .npy file with the given header dict (v1.0 layout, padded like numpy does). */
function rawNpy(dict: string, data: Buffer, magic = '\x93NUMPY'): Buffer {
  let header = dict;
  header += ' '.repeat((64 - ((10 + header.length + 1) % 64)) % 64);
  header += '\n';
  const head = Buffer.alloc(10);
  Buffer.from(magic, 'latin1').copy(head, 0);
  head[6] = 1;
  head[7] = 0;
  head.writeUInt16LE(header.length, 8);
  return Buffer.concat([head, Buffer.from(header, 'latin1'), data]);
}

function doubles(values: number[]): Buffer {
  const b = Buffer.alloc(8 * values.length);
  for (let i = 0; i < values.length; i++) b.writeDoubleLE(values[i], 8 * i);
  return b;
}

let fileCount = 0;
function file(bytes: Buffer): string {
  const path = join(dir, `f${fileCount++}.npy`);
  writeFileSync(path, bytes);
  return path;
}

describe('.npy interop', () => {
  it('round-trips float64 arrays of any shape bit for bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 4 }),
        fc.double({ noNaN: false }),
        (shape, fill) => {
          const count = shape.reduce((a, b) => a * b, 1);
          const data = Float64Array.from({ length: count }, (_, i) => (i % 3 === 0 ? fill : i * 0.1 - 7));
          const path = join(dir, 'round.npy');
          writeNpy(path, shape, data);
          const back = readNpy(path);
          expect(back.shape).toEqual(shape);
          expect(back.data.length).toBe(count);
          for (let i = 0; i < count; i++) expect(Object.is(back.data[i], data[i])).toBe(true);
        },
      ),
      { seed: 501, numRuns: 40 },
    );
  });

  it('writes a header numpy accepts: magic, version 1.0, dict padded to 64 bytes, newline', () => {
    const path = join(dir, 'header.npy');
    writeNpy(path, [2, 3], new Float64Array(6));
    const bytes = readNpy(path);
    expect(bytes.shape).toEqual([2, 3]);
    const raw = readFileSync(path);
    expect(raw.subarray(0, 8).toString('latin1')).toBe('\x93NUMPY\x01\x00');
    const len = raw.readUInt16LE(8);
    expect((10 + len) % 64).toBe(0);
    const header = raw.subarray(10, 10 + len).toString('latin1');
    expect(header).toMatch(/^\{'descr': '<f8', 'fortran_order': False, 'shape': \(2, 3\), \} *\n$/);
  });

  it('reads files written by numpy, including 1-d shapes "(n,)" and scalars "()"', () => {
    const vec = readNpy(
      file(rawNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", doubles([1, 2.5, -3]))),
    );
    expect(vec.shape).toEqual([3]);
    expect(Array.from(vec.data)).toEqual([1, 2.5, -3]);
    const scalar = readNpy(file(rawNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (), }", doubles([42]))));
    expect(scalar.shape).toEqual([]);
    expect(Array.from(scalar.data)).toEqual([42]);
  });

  const bad: [string, () => Buffer, RegExp][] = [
    ['wrong dtype', () => rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", doubles([1])), /dtype/],
    ['big-endian', () => rawNpy("{'descr': '>f8', 'fortran_order': False, 'shape': (1,), }", doubles([1])), /dtype/],
    [
      'Fortran order',
      () => rawNpy("{'descr': '<f8', 'fortran_order': True, 'shape': (1,), }", doubles([1])),
      /Fortran/,
    ],
    [
      'bad magic',
      () => rawNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", doubles([1]), 'XNUMPY'),
      /magic/,
    ],
    ['malformed header', () => rawNpy("{'descr': '<f8', 'shape': (1,), }", doubles([1])), /malformed/],
    [
      'malformed shape',
      () => rawNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (a,), }", doubles([1])),
      /shape/,
    ],
    ['not a dict', () => rawNpy('descr <f8', doubles([1])), /malformed/],
    [
      'truncated data',
      () => rawNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", doubles([1, 2])),
      /truncated/,
    ],
    [
      'trailing data',
      () => rawNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", doubles([1, 2])),
      /trailing/,
    ],
    [
      'truncated header',
      () => rawNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", Buffer.alloc(0)).subarray(0, 30),
      /truncated/,
    ],
    ['empty file', () => Buffer.alloc(0), /magic/],
  ];
  for (const [name, make, pattern] of bad) {
    it(`rejects ${name} with a one-line InputError`, () => {
      const path = file(make());
      let error: unknown;
      try {
        readNpy(path);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(pattern);
      expect((error as Error).message).not.toContain('\n');
    });
  }

  it('a missing file is an InputError', () => {
    expect(() => readNpy(join(dir, 'nope.npy'))).toThrow(InputError);
    expect(() => readNpy(join(dir, 'nope.npy'))).toThrow(/no such file/);
  });
});
