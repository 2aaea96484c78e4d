import { eInfinity } from '../../theory/e-infinity.js';
import { rateFunction } from '../../theory/rate-function.js';
import {
  computeTheoryNumbers,
  judgeTheory,
  PROJECT_THEORY_FORMULAS,
  type TheoryConfig,
  type TheoryFormulas,
} from '../theory.js';
import type { PlantedViolation } from './planted-violation.js';

/**
 * Θ_{k,p} with the constant printed in the paper's restatement (section 4) for u ≥ −E_∞: ½log(p−1) − (p−2)/(4(p−1))
 * instead of ½log(p−1) − (p−2)/p (src/theory/theta.ts), which makes Θ_{k,p} jump at −E_∞. The theory claim computes
 * its numbers with these formulas (the claim's own computation, its formulas a parameter) and must fail.
 */
export const PRINTED_CONSTANT_FORMULAS: TheoryFormulas = {
  ...PROJECT_THEORY_FORMULAS,
  thetaK(u, p, k) {
    const base = 0.5 * Math.log(p - 1);
    if (u >= -eInfinity(p)) return base - (p - 2) / (4 * (p - 1));
    return base - ((p - 2) / (4 * (p - 1))) * u * u - (k + 1) * rateFunction(u, p);
  },
};

export const thetaKPrintedConstant: PlantedViolation = {
  name: 'theta-k-printed-constant',
  description: "Θ_{k,p} with the paper's printed (typo) constant for u ≥ −E_∞, which makes it jump at −E_∞",
  claims: ['theory'],
  async evaluate(_claim, config) {
    const c = config as TheoryConfig;
    return { result: judgeTheory(c, computeTheoryNumbers(c, PRINTED_CONSTANT_FORMULAS)) };
  },
};
