/**
 * A labelled data set for a network: inputs as float64 rows and one integer target per row.
 * Multiclass: the target is the digit 0..9. Binary: two chosen digits, the first labelled +1, the second −1.
 */
import type { Mnist10x10 } from './mnist.js';

export type Task = 'multiclass' | 'binary';

export interface Dataset {
  task: Task;
  count: number;
  inputSize: number;
  /** count × inputSize, row-major. */
  inputs: Float64Array;
  /** Digit (multiclass) or ±1 (binary). */
  targets: Int32Array;
}

/** The rows `indices` of the MNIST data as a data set for `task` (binary: `digits` = [positive, negative]). */
export function makeDataset(
  mnist: Pick<Mnist10x10, 'images' | 'labels'>,
  indices: ArrayLike<number>,
  task: Task,
  digits: readonly number[] = [4, 9],
): Dataset {
  const inputSize = mnist.images.length / mnist.labels.length;
  const count = indices.length;
  const inputs = new Float64Array(count * inputSize);
  const targets = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const i = indices[k];
    for (let p = 0; p < inputSize; p++) inputs[k * inputSize + p] = mnist.images[i * inputSize + p];
    const digit = mnist.labels[i];
    if (task === 'multiclass') targets[k] = digit;
    else if (digit === digits[0]) targets[k] = 1;
    else if (digit === digits[1]) targets[k] = -1;
    else throw new RangeError(`image ${i} is a ${digit}, not one of the binary task's digits ${digits.join(',')}`);
  }
  return { task, count, inputSize, inputs, targets };
}

/** The rows `indices` of a data set. */
export function subsetDataset(data: Dataset, indices: ArrayLike<number>): Dataset {
  const { inputSize } = data;
  const count = indices.length;
  const inputs = new Float64Array(count * inputSize);
  const targets = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const i = indices[k];
    inputs.set(data.inputs.subarray(i * inputSize, (i + 1) * inputSize), k * inputSize);
    targets[k] = data.targets[i];
  }
  return { task: data.task, count, inputSize, inputs, targets };
}
