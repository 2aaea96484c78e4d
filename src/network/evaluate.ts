/** Mean loss and accuracy of a network on a data set (the reported "train/test loss" and "accuracy"). */
import type { Architecture } from './architecture.js';
import type { Dataset } from './dataset.js';
import { createWorkspace, forward, isCorrect, outputLoss, type Workspace } from './mlp.js';

export interface Evaluation {
  /** Mean softmax NLL (multiclass) or mean hinge loss (binary) over the set. */
  loss: number;
  /** Fraction classified correctly. */
  accuracy: number;
}

export function evaluateNetwork(
  arch: Architecture,
  w: Float64Array,
  data: Dataset,
  ws: Workspace = createWorkspace(arch),
): Evaluation {
  let loss = 0;
  let correct = 0;
  for (let r = 0; r < data.count; r++) {
    forward(arch, w, data.inputs, r, ws);
    loss += outputLoss(arch, ws, data.targets[r]);
    if (isCorrect(arch, ws, data.targets[r])) correct++;
  }
  return { loss: loss / data.count, accuracy: correct / data.count };
}
