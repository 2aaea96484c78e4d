import { createHash } from 'node:crypto';

/**
 * Short content hash of a configuration: the first 12 hex digits of SHA-256 over its canonical JSON (object keys
 * sorted at every depth, typed arrays as plain arrays), so equal configurations get the same id whatever the key
 * order, and the id is safe in a file name.
 */
export function counterexampleId(configuration: unknown): string {
  return createHash('sha256').update(canonicalJson(configuration)).digest('hex').slice(0, 12);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value));
}

function canonicalize(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number | bigint>, (x) => (typeof x === 'bigint' ? String(x) : x));
  }
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .filter((k) => record[k] !== undefined)
        .map((k) => [k, canonicalize(record[k])]),
    );
  }
  return value;
}
