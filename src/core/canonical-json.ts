import { createHash } from 'node:crypto';

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units), no whitespace, arrays in order, `undefined`
 * properties dropped (as JSON.stringify does). Two values that are equal as JSON give the same string,
 * whatever the order in which their keys were written. Typed arrays are written as plain arrays (BigInt elements
 * as decimal strings), so a Float64Array and the array of its numbers give the same string. Non-finite numbers
 * are refused (JSON has none).
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const elements = Array.from(value as unknown as ArrayLike<number | bigint>, (x) =>
      typeof x === 'bigint' ? String(x) : x,
    );
    return canonicalJson(elements);
  }
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`canonicalJson: non-finite number ${value}`);
      return JSON.stringify(value);
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const entries = Object.keys(value as object)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
      return `{${entries.join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: cannot encode a ${typeof value}`);
  }
}

/** Hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Hex SHA-256 of a value's canonical JSON. */
export function canonicalHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
