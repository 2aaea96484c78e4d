/**
 * Every planted violation, by name (issue #11): for each claim of src/claims/registry.ts at least one, under which
 * that claim's verdict must be 'fails'. The engine plants (src/experiments/engine-plant.ts) go through the real
 * executors; the theory and reduction violations through the claims' own computations with a wrong formula or model.
 * Reachable only from `landscape calibrate` (src/app/calibrate.ts) and the tests.
 */
import { engineViolation, type PlantedViolation } from './planted-violation.js';
import { reductionMissingLayer } from './reduction-missing-layer.js';
import { thetaKPrintedConstant } from './theta-k-printed-constant.js';

export const plantedViolations: readonly PlantedViolation[] = [
  thetaKPrintedConstant,
  reductionMissingLayer,
  engineViolation(
    'hessian-shift-sign',
    'the index measured on P∇²HP + (w·∇H/N)·I, the Riemannian Hessian with the sign of its shift flipped (the deepest critical points look like the highest-index saddles)',
    ['layers'],
    { kind: 'hessian-shift', factor: -1 },
  ),
  engineViolation(
    'hessian-without-shift',
    'the index measured on P∇²HP without the −(w·∇H/N)·I term of the Riemannian Hessian (every critical point looks like a saddle of index ≈ N/2)',
    ['low-index'],
    { kind: 'hessian-shift', factor: 0 },
  ),
  engineViolation(
    'hamiltonian-normalisation',
    'the Hamiltonian normalised by N^{−(p−2)/2} instead of N^{−(p−1)/2} (energies per spin grow like √N)',
    ['band', 'scaling', 'sgd-vs-annealing-band'],
    { kind: 'hamiltonian-normalisation', shift: 0.5 },
  ),
  engineViolation(
    'reversed-sizes',
    'the engine computes the run labelled with the i-th size at the (m − 1 − i)-th size of the ladder: every trend with size is reversed',
    ['poor-minima-decay', 'ground-state-hardness'],
    { kind: 'reversed-sizes' },
  ),
  engineViolation(
    'test-on-train',
    "the networks' test loss measured on the training digits (the wrong split): train and test loss coincide, so they never decorrelate",
    ['decorrelation'],
    { kind: 'test-on-train' },
  ),
  engineViolation(
    'gd-early-stop',
    'gradient descent stops after 10 iterations, far from any critical point',
    ['low-index'],
    { kind: 'early-stop', optimizer: 'gd', steps: 10 },
  ),
  engineViolation(
    'sgd-early-stop',
    'SGD stops after one epoch (spin glass: and one polish iteration), annealing keeps its budget',
    ['sgd-vs-annealing'],
    { kind: 'early-stop', optimizer: 'sgd', steps: 1 },
  ),
  engineViolation(
    'random-ternary',
    'ternary weights drawn at random (their initial draw) instead of annealed',
    ['redundancy'],
    { kind: 'random-ternary' },
  ),
];

export function findPlantedViolation(name: string): PlantedViolation | undefined {
  return plantedViolations.find((v) => v.name === name);
}

/** The violations that must fail a claim. */
export function violationsOf(claimId: string): PlantedViolation[] {
  return plantedViolations.filter((v) => v.claims.includes(claimId));
}
