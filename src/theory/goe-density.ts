import { millsRatio } from './mills-ratio.js';
import { type SignedLog, signedLogSum } from './signed-log.js';

/**
 * The one-point density ρ_N of the N×N GOE at finite N, in the scaling of Auffinger–Ben Arous–Černý (2013,
 * section 2): symmetric M with M_ii ~ N(0, 1/N), M_ij ~ N(0, 1/(2N)) (i < j), joint eigenvalue density
 * ∝ Π|λ_i − λ_j|·exp(−(N/2)Σλ_i²); ρ_N integrates to 1 and tends to the semicircle √(2 − x²)/π on [−√2, √2].
 *
 * Exact formula (Mehta, Random Matrices, 3rd ed., §7.2; Forrester, Log-gases, §6.4): in the variable y = √N·x,
 * where the joint density is ∝ Π|Δ|·e^{−Σy²/2}, the density of eigenvalues (integrating to N) is
 *
 *     R_1(y) = Σ_{k=0}^{N−1} φ_k(y)² + √(N/2)·φ_{N−1}(y)·∫ ε(y − t) φ_N(t) dt   [+ φ_{N−1}(y)/∫φ_{N−1} if N is odd],
 *
 * with φ_k(y) = (2^k k! √π)^{−1/2} H_k(y) e^{−y²/2} the orthonormal Hermite functions and ε(t) = sgn(t)/2;
 * ∫ ε(y − t) φ_N(t) dt = I_N(y) − ½ I_N(∞) with I_n(y) = ∫_{−∞}^{y} φ_n. Then ρ_N(x) = R_1(√N x)/√N.
 *
 * Stable evaluation (no factorials): the three-term recurrences
 *     φ_{n+1} = √(2/(n+1))·y·φ_n − √(n/(n+1))·φ_{n−1},
 *     I_{n+1} = √(n/(n+1))·I_{n−1} − √(2/(n+1))·φ_n      (from φ_n' = √(n/2)φ_{n−1} − √((n+1)/2)φ_{n+1}),
 * started from φ_0 = π^{−1/4}e^{−y²/2}, I_0 = π^{−1/4}e^{−y²/2}·R(−y) (R = Mills' ratio), I_1 = −√2·φ_0. The
 * factor e^{−y²/2} is carried as a separate logarithm and the recurrence is rescaled by 1e150 whenever it grows,
 * so nothing under- or overflows at N in the thousands and |y| ≈ 100. By symmetry (ρ_N is even) we evaluate at
 * y = −|y|, where I_N(y) is small and computed without cancellation. The forward recurrences are stable: the
 * I-recurrence multiplies its error by √(n/(n+1)) < 1, and φ_n is the dominant solution outside the bulk.
 *
 * Checked in the tests: ∫ρ_N = 1, ∫x²ρ_N = (N+1)/(2N) (= E tr M²/N), N = 1 is N(0, 1), and the large-N
 * tail (Plancherel–Rotach/WKB) and soft-edge (Airy) asymptotics.
 */

const PI_MINUS_QUARTER = Math.PI ** -0.25;
const RESCALE = 1e150;
const LOG_RESCALE = Math.log(RESCALE);

/** log I_n(∞) = log ∫φ_n for even n (0 for odd n): I_0(∞) = √2·π^{1/4}, I_{n+1}(∞) = √(n/(n+1))·I_{n−1}(∞). */
function logHermiteIntegralAtInfinity(n: number): number {
  if (n % 2 === 1) return Number.NEGATIVE_INFINITY;
  let log = 0.5 * Math.log(2) + 0.25 * Math.log(Math.PI);
  for (let m = 1; m < n; m += 2) log += 0.5 * Math.log(m / (m + 1));
  return log;
}

/** log R_1(y) (Mehta's variable, integrates to N), in log space; −Infinity where it underflows to 0. */
export function logGoeEigenvalueDensityMehta(n: number, y: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`N must be a positive integer, got ${n}`);
  if (!Number.isFinite(y)) throw new RangeError(`y must be finite, got ${y}`);
  const z = -Math.abs(y);
  // Stored values s relate to true values v by v = s·e^{−shift}.
  let shift = (z * z) / 2;
  let aPrev = 0;
  let a = PI_MINUS_QUARTER; // φ_0
  let bPrev = 0;
  let b = PI_MINUS_QUARTER * millsRatio(-z); // I_0
  let sumSquares = a * a; // Σ_{k ≤ current} φ_k², stored scale e^{−2·shift}
  let phiLast = a; // φ_{N−1}
  let phiLastShift = shift;
  for (let k = 0; k < n; k++) {
    if (k === n - 1) {
      phiLast = a;
      phiLastShift = shift;
    }
    let aNext: number;
    let bNext: number;
    if (k === 0) {
      aNext = Math.SQRT2 * z * a;
      bNext = -Math.SQRT2 * a;
    } else {
      aNext = Math.sqrt(2 / (k + 1)) * z * a - Math.sqrt(k / (k + 1)) * aPrev;
      bNext = Math.sqrt(k / (k + 1)) * bPrev - Math.sqrt(2 / (k + 1)) * a;
    }
    aPrev = a;
    a = aNext;
    bPrev = b;
    b = bNext;
    if (k + 1 <= n - 1) sumSquares += a * a;
    if (Math.abs(a) > RESCALE || Math.abs(b) > RESCALE) {
      a /= RESCALE;
      aPrev /= RESCALE;
      b /= RESCALE;
      bPrev /= RESCALE;
      sumSquares /= RESCALE * RESCALE;
      shift -= LOG_RESCALE;
    }
  }
  const logPhiLast = Math.log(Math.abs(phiLast)) - phiLastShift;
  const signPhiLast = Math.sign(phiLast);
  // ∫ε(y − t)φ_N(t)dt = I_N(y) − ½I_N(∞).
  const iN: SignedLog = { sign: Math.sign(b), log: Math.log(Math.abs(b)) - shift };
  const halfAtInfinity = logHermiteIntegralAtInfinity(n) - Math.LN2;
  const epsilonTerm = signedLogSum([iN, { sign: n % 2 === 0 ? -1 : 0, log: halfAtInfinity }]);
  const terms: SignedLog[] = [
    { sign: sumSquares > 0 ? 1 : 0, log: Math.log(sumSquares) - 2 * shift },
    {
      sign: signPhiLast * epsilonTerm.sign,
      log: 0.5 * Math.log(n / 2) + logPhiLast + epsilonTerm.log,
    },
  ];
  if (n % 2 === 1) {
    terms.push({ sign: signPhiLast, log: logPhiLast - logHermiteIntegralAtInfinity(n - 1) });
  }
  const r = signedLogSum(terms);
  return r.sign > 0 ? r.log : Number.NEGATIVE_INFINITY;
}

/** log ρ_N(x): the GOE one-point density in the Auffinger–Ben Arous–Černý scaling (integrates to 1). */
export function logGoeDensity(n: number, x: number): number {
  const sqrtN = Math.sqrt(n);
  return logGoeEigenvalueDensityMehta(n, sqrtN * x) - 0.5 * Math.log(n);
}
