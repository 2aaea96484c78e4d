/**
 * Argument checks shared by the theory functions. The formulas of Auffinger, Ben Arous and Černý (2013) are
 * stated for the pure p-spin model with an integer interaction order p ≥ 2 and an integer index k ≥ 0; anything
 * else is a programming error here (RangeError). The CLI validates user input first and throws InputError.
 */
export function assertSpinOrder(p: number): void {
  if (!Number.isInteger(p) || p < 2) throw new RangeError(`p must be an integer ≥ 2, got ${p}`);
}

export function assertIndex(k: number): void {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`the index k must be an integer ≥ 0, got ${k}`);
}

export function assertFiniteLevel(u: number): void {
  if (!Number.isFinite(u)) throw new RangeError(`the scaled energy u must be a finite number, got ${u}`);
}
