import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDataset } from '../../test/helpers/test-networks.js';
import { createRng } from '../random/rng.js';
import { CURVE_POINTS } from '../stats/loss-plateau.js';
import { createArchitecture } from './architecture.js';
import { coordinateAnnealing } from './coordinate-annealing.js';
import type { Task } from './dataset.js';
import { evaluateNetwork } from './evaluate.js';
import { initialWeights } from './train-sgd.js';

describe('coordinateAnnealing', () => {
  it('its incremental loss equals a full recomputation, its curve ends at the final loss, and it is deterministic', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom<Task>('multiclass', 'binary'),
        fc.integer({ min: 0, max: 10_000 }),
        (hidden, task, seed) => {
          // Sparse inputs, as MNIST's: about half the entries zero and input 0 zero on every sample (its first-layer
          // weights do not enter the loss and must stay at their start).
          const data = randomDataset(task, 25, 6, String(seed));
          const holes = createRng(`holes${seed}`);
          for (let k = 0; k < data.inputs.length; k++) if (k % 6 === 0 || holes.uniform() < 0.5) data.inputs[k] = 0;
          const arch = createArchitecture(hidden, task, 6);
          const start = initialWeights(arch, 'torch-default', seed, 0);
          const options = () => ({
            budget: 600,
            initialTemperature: 0.05,
            finalTemperature: 1e-4,
            proposalScale: 0.5,
            adaptProposal: true,
            rng: createRng(`p${seed}`),
          });
          const run = coordinateAnnealing(arch, data, start, options());
          const full = evaluateNetwork(arch, run.weights, data).loss;
          expect(Math.abs(run.energy - full)).toBeLessThan(1e-9 * (1 + full));
          expect(run.curve).toHaveLength(CURVE_POINTS);
          expect(run.curve[0]).toBeCloseTo(evaluateNetwork(arch, start, data).loss, 12);
          expect(run.curve[CURVE_POINTS - 1]).toBe(run.energy);
          const again = coordinateAnnealing(arch, data, start, options());
          expect(Array.from(again.weights)).toEqual(Array.from(run.weights));
          expect(run.evaluations).toBe(600);
          for (let j = 0; j < hidden[0]; j++) expect(run.weights[j * 6]).toBe(start[j * 6]);
        },
      ),
      { seed: 52, numRuns: 30 },
    );
  });

  it('at a near-zero temperature it only goes downhill: the curve never rises', () => {
    const data = randomDataset('multiclass', 40, 8, 'down');
    const arch = createArchitecture([6], 'multiclass', 8);
    const run = coordinateAnnealing(arch, data, initialWeights(arch, 'torch-default', 3, 0), {
      budget: 3000,
      initialTemperature: 1e-12,
      finalTemperature: 1e-12,
      proposalScale: 0.5,
      adaptProposal: true,
      rng: createRng('down'),
    });
    for (let i = 1; i < run.curve.length; i++) expect(run.curve[i]).toBeLessThanOrEqual(run.curve[i - 1] + 1e-12);
    expect(run.energy).toBeLessThan(run.curve[0] * 0.9);
  });
});
