/**
 * The pieces of a network experiment that are not the engine's plumbing: the annealing settings of the paper's
 * comparison and the annealing subset. The one implementation of "run a network experiment" is the engine's
 * executor (src/experiments/execute-network.ts); `landscape network` builds a spec and runs it through the engine.
 */
import { InputError } from '../cli/input-error.js';
import { type Dataset, subsetDataset } from './dataset.js';
import { proportionalAllocation } from './stratified-split.js';

/**
 * Continuous annealing on network weights (loss units: mean NLL). T0 = 0.05 and T_end = 1e-4 span the loss
 * differences of single proposals from the start (≈ 1e-2) to the end of a run (≈ 1e-4); σ0 = 0.01 per weight,
 * adapted towards 30 % acceptance.
 */
export const NETWORK_ANNEALING = Object.freeze({
  initialTemperature: 0.05,
  finalTemperature: 1e-4,
  proposalScale: 0.01,
});

/**
 * A stratified subset of a training set whose rows are grouped by digit (`trainPerDigit[g]` rows of group g, in
 * order, as stratifiedSplit returns them): the first k_g rows of each group, k_g proportional to the group's size.
 * Annealing evaluates its loss on this subset, a fixed sample of the training set.
 */
export function annealingSubset(train: Dataset, trainPerDigit: readonly number[], size: number): Dataset {
  if (size > train.count) throw new InputError(`annealing subset of ${size} exceeds the training set (${train.count})`);
  const take = proportionalAllocation(size, trainPerDigit, trainPerDigit);
  const rows: number[] = [];
  let offset = 0;
  trainPerDigit.forEach((count, g) => {
    for (let k = 0; k < take[g]; k++) rows.push(offset + k);
    offset += count;
  });
  return subsetDataset(train, rows);
}
