/**
 * Numbers as (sign, log|value|) pairs, for sums whose terms underflow or overflow a double (the GOE density at
 * finite N in its far tail, e^{−N·I} with N·I in the thousands). {@link signedLogSum} adds them without leaving
 * log space: Σ s_i e^{l_i} = e^{m}·Σ s_i e^{l_i − m} with m = max l_i.
 */
export interface SignedLog {
  /** −1, 0 or +1. */
  sign: number;
  /** log|value| (−Infinity for 0). */
  log: number;
}

export const SIGNED_LOG_ZERO: SignedLog = Object.freeze({ sign: 0, log: Number.NEGATIVE_INFINITY });

/** The (sign, log) form of a double. */
export function toSignedLog(value: number): SignedLog {
  if (value === 0) return { sign: 0, log: Number.NEGATIVE_INFINITY };
  return { sign: Math.sign(value), log: Math.log(Math.abs(value)) };
}

/** Σ terms, in (sign, log) form; exact cancellation gives sign 0. */
export function signedLogSum(terms: readonly SignedLog[]): SignedLog {
  let m = Number.NEGATIVE_INFINITY;
  for (const t of terms) if (t.sign !== 0 && t.log > m) m = t.log;
  if (m === Number.NEGATIVE_INFINITY) return { sign: 0, log: Number.NEGATIVE_INFINITY };
  let s = 0;
  for (const t of terms) if (t.sign !== 0) s += t.sign * Math.exp(t.log - m);
  if (s === 0) return { sign: 0, log: Number.NEGATIVE_INFINITY };
  return { sign: Math.sign(s), log: m + Math.log(Math.abs(s)) };
}

/** log Σ e^{l_i} (all terms positive); −Infinity for an empty list. */
export function logSumExp(logs: readonly number[]): number {
  let m = Number.NEGATIVE_INFINITY;
  for (const l of logs) if (l > m) m = l;
  if (m === Number.NEGATIVE_INFINITY) return m;
  let s = 0;
  for (const l of logs) s += Math.exp(l - m);
  return m + Math.log(s);
}
