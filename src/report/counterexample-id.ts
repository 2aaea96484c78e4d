import { canonicalJson, sha256Hex } from '../core/canonical-json.js';

/**
 * Short content hash of a configuration: the first 12 hex digits of SHA-256 over its canonical JSON (object keys
 * sorted at every depth, typed arrays as plain arrays; src/core/canonical-json.ts), so equal
 * configurations get the same id whatever the key order, and the id is safe in a file name.
 */
export function counterexampleId(configuration: unknown): string {
  return sha256Hex(canonicalJson(configuration)).slice(0, 12);
}
