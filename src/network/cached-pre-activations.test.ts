import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDataset, randomNetwork } from '../../test/helpers/test-networks.js';
import { preActivations, propagateAbove } from './cached-pre-activations.js';
import { createWorkspace, forward } from './mlp.js';

describe('cached pre-activations', () => {
  it("preActivations equals the network's forward pass on every sample, bit for bit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('multiclass' as const, 'binary' as const),
        fc.integer({ min: 0, max: 10_000 }),
        (hidden, task, seed) => {
          const data = randomDataset(task, 7, 5, `d${seed}`);
          const { arch, w } = randomNetwork(hidden, task, 5, `w${seed}`);
          const z = preActivations(arch, data, w);
          const ws = createWorkspace(arch);
          for (let r = 0; r < data.count; r++) {
            forward(arch, w, data.inputs, r, ws);
            arch.layers.forEach((layer, l) => {
              expect(Array.from(z[l].subarray(r * layer.fanOut, (r + 1) * layer.fanOut))).toEqual(Array.from(ws.z[l]));
            });
          }
        },
      ),
      { seed: 17, numRuns: 40 },
    );
  });

  it('propagateAbove after a change of one hidden unit gives the layers above of a full forward pass', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 3 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (hidden, seed, bias) => {
          const data = randomDataset('multiclass', 5, 4, `d${seed}`);
          const { arch, w } = randomNetwork(hidden, 'multiclass', 4, `w${seed}`);
          const z = preActivations(arch, data, w);
          // Move the bias of unit 0 of layer 0: z[0][·, 0] shifts by the change, the ReLU passes on da.
          const p = arch.layers[0].biasOffset;
          const moved = Float64Array.from(w);
          moved[p] = bias;
          const full = preActivations(arch, data, moved);
          const scratch = arch.layers.map((layer) => new Float64Array(data.count * layer.fanOut));
          const relu = (v: number) => Math.max(v, 0);
          const fanOut0 = arch.layers[0].fanOut;
          for (let r = 0; r < data.count; r++) {
            const da = relu(full[0][r * fanOut0]) - relu(z[0][r * fanOut0]);
            scratch[0].set(full[0].subarray(r * fanOut0, (r + 1) * fanOut0), r * fanOut0);
            propagateAbove(arch, moved, z, scratch, r, 0, 0, da);
            for (let l = 1; l < arch.layers.length; l++) {
              const size = arch.layers[l].fanOut;
              for (let m = r * size; m < (r + 1) * size; m++) {
                // Rank one against a full recomputation: equal up to rounding.
                expect(Math.abs(scratch[l][m] - full[l][m])).toBeLessThan(1e-12 * (1 + Math.abs(full[l][m])));
              }
            }
          }
        },
      ),
      { seed: 18, numRuns: 40 },
    );
  });
});
