/**
 * The shape of a fully connected ReLU network and the layout of its flat parameter vector.
 *
 * sizes = [input, hidden_1, …, hidden_H, output]; output = 10 (multiclass, softmax) or 1 (binary, hinge).
 * Layer l (1-based, l = 1..L with L = H + 1) maps a_{l−1} (fanIn values) to z_l = W_l a_{l−1} + b_l (fanOut).
 *
 * Flat layout, layer by layer: W_1 (row-major fanOut × fanIn, W_l[j·fanIn + i] connects input i to unit j),
 * then b_1 (fanOut), then W_2, b_2, … The parameter count is Σ_l fanOut_l · (fanIn_l + 1).
 */
import type { Task } from './dataset.js';

export interface Layer {
  fanIn: number;
  fanOut: number;
  /** Offset of W_l in the flat vector. */
  weightOffset: number;
  /** Offset of b_l in the flat vector (= weightOffset + fanIn·fanOut). */
  biasOffset: number;
}

export interface Architecture {
  task: Task;
  sizes: readonly number[];
  layers: readonly Layer[];
  parameterCount: number;
}

export function outputSize(task: Task): number {
  return task === 'multiclass' ? 10 : 1;
}

export function createArchitecture(hidden: readonly number[], task: Task, inputSize = 100): Architecture {
  for (const h of hidden) {
    if (!Number.isInteger(h) || h < 1) throw new RangeError(`hidden widths must be positive integers, got ${h}`);
  }
  const sizes = [inputSize, ...hidden, outputSize(task)];
  const layers: Layer[] = [];
  let offset = 0;
  for (let l = 1; l < sizes.length; l++) {
    const fanIn = sizes[l - 1];
    const fanOut = sizes[l];
    layers.push({ fanIn, fanOut, weightOffset: offset, biasOffset: offset + fanIn * fanOut });
    offset += fanOut * (fanIn + 1);
  }
  return { task, sizes, layers, parameterCount: offset };
}

/** e.g. "mlp 100-25-10 multiclass". */
export function describeArchitecture(arch: Architecture): string {
  return `mlp ${arch.sizes.join('-')} ${arch.task}`;
}
