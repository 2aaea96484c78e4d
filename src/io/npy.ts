import { closeSync, writeFileSync } from 'node:fs';
import { InputError } from '../core/input-error.js';
import { openRegularFile, readExactly } from './read-regular-file.js';

/**
 * NumPy .npy interop for float64 arrays (format spec: numpy.lib.format). A file is
 *   "\x93NUMPY" · major · minor · header length (uint16 LE for v1, uint32 LE for v2/v3) · header · data,
 * the header being a Python dict literal such as `{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }`
 * padded with spaces and ending in '\n'. We read and write only little-endian float64 ('<f8') in C order;
 * anything else is an {@link InputError} with a one-line message.
 */

const MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]); // \x93NUMPY
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export interface NpyArray {
  shape: number[];
  data: Float64Array;
}

/** Parse the header dict: returns descr, fortran_order and shape, or throws InputError. */
function parseHeader(header: string, path: string): { descr: string; fortranOrder: boolean; shape: number[] } {
  const text = header.trim();
  if (!text.startsWith('{') || !text.endsWith('}')) throw new InputError(`${path}: malformed .npy header`);
  const descr = /['"]descr['"]\s*:\s*['"]([^'"]*)['"]/.exec(text);
  const fortran = /['"]fortran_order['"]\s*:\s*(True|False)\b/.exec(text);
  const shape = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(text);
  if (!descr || !fortran || !shape)
    throw new InputError(`${path}: malformed .npy header (needs descr, fortran_order, shape)`);
  const parts = shape[1]
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const dims = parts.map((s) => (/^\d+L?$/.test(s) ? Number.parseInt(s, 10) : Number.NaN));
  if (dims.some((d) => !Number.isSafeInteger(d))) throw new InputError(`${path}: malformed .npy shape (${shape[1]})`);
  return { descr: descr[1], fortranOrder: fortran[1] === 'True', shape: dims };
}

/** Largest .npy data we read (2^31 bytes = 2^28 float64s): a larger declared size is refused before reading. */
export const MAX_NPY_BYTES = 2 ** 31;

/**
 * Read a float64 little-endian C-order .npy file. Missing file, not a regular file (FIFO, device, directory),
 * wrong dtype/order, bad header or a declared size that disagrees with the file's size → InputError. The header
 * is read and checked against the file size first; the data is read only when the sizes agree.
 */
export function readNpy(path: string): NpyArray {
  const { fd, size } = openRegularFile(path, 'file');
  try {
    if (size < 10) throw new InputError(`${path}: not a .npy file (bad magic: only ${size} bytes)`);
    const prefix = readExactly(fd, Math.min(size, 12), 0, path);
    if (!prefix.subarray(0, 6).equals(MAGIC)) throw new InputError(`${path}: not a .npy file (bad magic)`);
    const major = prefix[6];
    if (major !== 1 && major !== 2 && major !== 3) throw new InputError(`${path}: unsupported .npy version ${major}`);
    const lengthBytes = major === 1 ? 2 : 4;
    if (size < 8 + lengthBytes) throw new InputError(`${path}: truncated .npy header`);
    const headerLength = major === 1 ? prefix.readUInt16LE(8) : prefix.readUInt32LE(8);
    const dataStart = 8 + lengthBytes + headerLength;
    if (size < dataStart) throw new InputError(`${path}: truncated .npy header`);
    const header = readExactly(fd, headerLength, 8 + lengthBytes, path).toString(major === 3 ? 'utf8' : 'latin1');
    const { descr, fortranOrder, shape } = parseHeader(header, path);
    if (descr !== '<f8') throw new InputError(`${path}: dtype must be float64 '<f8', got '${descr}'`);
    if (fortranOrder) throw new InputError(`${path}: Fortran-order arrays are not supported (save in C order)`);
    const count = shape.reduce((a, b) => a * b, 1);
    const expected = count * 8;
    const available = size - dataStart;
    if (available < expected)
      throw new InputError(`${path}: truncated data (${available} bytes, shape needs ${expected})`);
    if (available > expected)
      throw new InputError(`${path}: ${available - expected} bytes of trailing data after the array`);
    if (expected > MAX_NPY_BYTES)
      throw new InputError(`${path}: the array is too large (${expected} bytes, at most ${MAX_NPY_BYTES})`);
    const bytes = readExactly(fd, expected, dataStart, path);
    // Copy into a fresh, 8-byte-aligned buffer; read little-endian explicitly on big-endian hosts.
    const data = new Float64Array(count);
    if (LITTLE_ENDIAN_HOST) {
      new Uint8Array(data.buffer).set(bytes);
    } else {
      const view = new DataView(bytes.buffer, bytes.byteOffset, expected);
      for (let i = 0; i < count; i++) data[i] = view.getFloat64(8 * i, true);
    }
    return { shape, data };
  } finally {
    closeSync(fd);
  }
}

/** The header bytes (magic, version 1.0, length, dict padded to a multiple of 64 bytes). */
function encodeHeader(shape: number[]): Buffer {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let dict = `{'descr': '<f8', 'fortran_order': False, 'shape': ${shapeText}, }`;
  const unpadded = 10 + dict.length + 1; // magic+version+length, dict, '\n'
  dict += ' '.repeat((64 - (unpadded % 64)) % 64);
  dict += '\n';
  if (dict.length > 0xffff) throw new RangeError('.npy header too long');
  const out = Buffer.alloc(10 + dict.length);
  MAGIC.copy(out, 0);
  out[6] = 1;
  out[7] = 0;
  out.writeUInt16LE(dict.length, 8);
  out.write(dict, 10, 'latin1');
  return out;
}

/** Write a float64 little-endian C-order .npy file (version 1.0). */
export function writeNpy(path: string, shape: number[], data: Float64Array): void {
  if (shape.some((d) => !Number.isSafeInteger(d) || d < 0)) throw new RangeError(`bad shape (${shape.join(', ')})`);
  const count = shape.reduce((a, b) => a * b, 1);
  if (count !== data.length)
    throw new RangeError(`shape (${shape.join(', ')}) holds ${count} values, data has ${data.length}`);
  let body: Buffer;
  if (LITTLE_ENDIAN_HOST) {
    body = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  } else {
    body = Buffer.alloc(8 * count);
    for (let i = 0; i < count; i++) body.writeDoubleLE(data[i], 8 * i);
  }
  writeFileSync(path, Buffer.concat([encodeHeader(shape), body]));
}
