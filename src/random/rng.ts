import seedrandom from 'seedrandom';

/**
 * A seeded source of random numbers. Every random number in the project comes from one of these,
 * made by {@link createRng} from a string seed (see `streams.ts` for how seeds are named).
 *
 * The generator is seedrandom's Alea (fast; the default ARC4 is about 3x slower). Normals use the
 * Box–Muller transform, two per pair of uniforms, so a stream is a pure function of its seed.
 */
export interface Rng {
  /** Uniform on [0, 1) with 53 bits of resolution. */
  uniform(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** Uniform integer in {0, …, n−1}. */
  int(n: number): number;
  /** Fill `out` with independent N(0, scale²) values. */
  fillNormal(out: Float64Array, scale?: number): Float64Array;
}

const TWO_PI = 2 * Math.PI;

/** Make a generator from a seed string. Same seed, same sequence, bit for bit. */
export function createRng(seed: string): Rng {
  const prng = seedrandom.alea(seed);
  let spare = 0;
  let hasSpare = false;
  const uniform = (): number => prng.double();
  const normal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    // Box–Muller: u1 in (0, 1] so the log is finite.
    const u1 = 1 - prng.double();
    const u2 = prng.double();
    const r = Math.sqrt(-2 * Math.log(u1));
    const t = TWO_PI * u2;
    spare = r * Math.sin(t);
    hasSpare = true;
    return r * Math.cos(t);
  };
  return {
    uniform,
    normal,
    int(n: number): number {
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`int(n) needs a positive integer n, got ${n}`);
      return Math.floor(prng.double() * n);
    },
    fillNormal(out: Float64Array, scale = 1): Float64Array {
      for (let i = 0; i < out.length; i++) out[i] = scale * normal();
      return out;
    },
  };
}
