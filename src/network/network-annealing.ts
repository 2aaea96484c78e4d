/**
 * The pieces of a network experiment that are not the engine's plumbing: the annealing settings of the paper's
 * comparison and the annealing subset. The one implementation of "run a network experiment" is the engine's
 * executor (src/experiments/execute-network.ts); `landscape network` builds a spec and runs it through the engine.
 */
import { InputError } from '../core/input-error.js';
import { type Dataset, subsetDataset } from './dataset.js';
import { proportionalAllocation } from './stratified-split.js';

/**
 * Coordinate annealing on network weights (src/network/coordinate-annealing.ts; loss units: mean NLL). T0 = 3e-3
 * to T_end = 5e-4 (then held): by equipartition a loss about D·T/2 above its floor, so T0 lets a D ≈ 1,000
 * network wander over losses of order 1 and T_end confines it to a few tenths; σ0_l = 1/√fanIn_l (proposalScale 1,
 * the scale of the torch-default weights), adapted per parameter towards 30 % acceptance. Measured at n1 = 10 on
 * 4,000 digits, 100,000 proposals, 3 runs: test NLL 0.53–0.56, annealing-set loss still falling by 8.7–10.4 % over
 * the last fifth: not a plateau, and neither a colder end (T_end = 1e-5: 12 %) nor a constant T_end reaches one
 * at this budget (docs/networks.md).
 */
export const NETWORK_ANNEALING = Object.freeze({
  initialTemperature: 3e-3,
  finalTemperature: 5e-4,
  proposalScale: 1,
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
