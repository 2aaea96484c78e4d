/**
 * A seeded generator for tests that draw random inputs (matrices, vectors) under a fast-check seed. It is not
 * one of the engine's named streams (src/random/streams.ts holds only what production runs draw); the seed
 * string is the one these tests used before, so the generated inputs are unchanged.
 */
import { createRng, type Rng } from '../../src/random/rng.js';

export function testRng(seed: string | number, size: number, run: number): Rng {
  return createRng(`landscape-claims/${String(seed)}/property/${size}/${run}`);
}
