/**
 * A claim configuration with fresh seeds: every numeric field named `seed`, at any depth, replaced by a seed derived
 * from it and a salt, everything else unchanged. The confirmation of a failing configuration (check-claim.ts) runs
 * this copy, whose experiments draw new landscapes, splits, initialisations and optimizer streams: an independent
 * replicate of the same design.
 *
 * The derived seed is a 32-bit mix (the finaliser of MurmurHash3 over seed and salt), reduced to [0, 10^6) so that
 * it stays inside every claim's seed schema (the smallest upper bound there is 10^6 for drawn seeds; parseConfig
 * accepts up to 2^53). Deterministic: the same configuration and salt give the same copy.
 *
 *     reseedConfig({ spinGlass: { sizes: [20], seed: 1 } }, 1)  // → { spinGlass: { sizes: [20], seed: <fresh> } }
 */
export function reseedConfig<C>(config: C, salt: number): C {
  return reseedValue(config, salt) as C;
}

function reseedValue(value: unknown, salt: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reseedValue(v, salt));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = key === 'seed' && typeof v === 'number' ? freshSeed(v, salt) : reseedValue(v, salt);
    }
    return out;
  }
  return value;
}

/** MurmurHash3's 32-bit finaliser over (seed, salt); never returns the input seed for salt ≥ 1 (checked). */
export function freshSeed(seed: number, salt: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(Math.floor(seed / 2 ** 32) >>> 0, 0x85ebca6b)) >>> 0;
  h = (h ^ Math.imul(salt >>> 0, 0xc2b2ae35)) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h = (h ^ (h >>> 13)) >>> 0;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  const fresh = h % 1_000_000;
  return fresh === seed ? (fresh + 1) % 1_000_000 : fresh;
}
