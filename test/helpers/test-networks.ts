/**
 * Small random networks and data sets for tests (not used by the library): inputs uniform on [0, 1) like grey
 * levels, weights from the torch-default initialisation scaled up so that units are active and inactive.
 */

import { type Architecture, createArchitecture } from '../../src/network/architecture.js';
import type { Dataset, Task } from '../../src/network/dataset.js';
import { initializeParameters } from '../../src/network/init.js';
import { createRng } from '../../src/random/rng.js';

export function randomDataset(task: Task, count: number, inputSize: number, seed: string): Dataset {
  const rng = createRng(`data/${seed}`);
  const inputs = new Float64Array(count * inputSize);
  for (let k = 0; k < inputs.length; k++) inputs[k] = rng.uniform();
  const targets = new Int32Array(count);
  for (let k = 0; k < count; k++) targets[k] = task === 'multiclass' ? rng.int(10) : rng.int(2) === 0 ? 1 : -1;
  return { task, count, inputSize, inputs, targets };
}

export function randomNetwork(
  hidden: number[],
  task: Task,
  inputSize: number,
  seed: string,
  gain = 2,
): { arch: Architecture; w: Float64Array } {
  const arch = createArchitecture(hidden, task, inputSize);
  const w = initializeParameters(arch, 'torch-default', createRng(`weights/${seed}`));
  for (let k = 0; k < w.length; k++) w[k] *= gain;
  return { arch, w };
}

/** max_i |a_i| (the scale of a test tolerance). */
export function maxAbs(a: Float64Array): number {
  let m = 0;
  for (const x of a) m = Math.max(m, Math.abs(x));
  return m;
}
