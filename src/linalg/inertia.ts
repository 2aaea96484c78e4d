import { countEigenvaluesAbove, countEigenvaluesBelow } from './sturm-count.js';

/** Counts of negative, zero and positive eigenvalues. */
export interface Inertia {
  negative: number;
  zero: number;
  positive: number;
}

/** The project's zero rule for Hessian eigenvalues (README "Index"): |λ| < 1e-3 counts as zero. */
export const DEFAULT_ZERO_TOLERANCE = 1e-3;

function checkTolerance(zeroTolerance: number): void {
  if (!(zeroTolerance >= 0) || !Number.isFinite(zeroTolerance)) {
    throw new RangeError(`inertia: zeroTolerance must be a finite number ≥ 0, got ${zeroTolerance}`);
  }
}

/**
 * Inertia of a spectrum under the zero rule |λ| < zeroTolerance ⇒ zero; so λ ≤ −tol is negative and
 * λ ≥ tol is positive. The index of a critical point is `negative`.
 */
export function inertia(eigenvalues: ArrayLike<number>, zeroTolerance: number = DEFAULT_ZERO_TOLERANCE): Inertia {
  checkTolerance(zeroTolerance);
  let negative = 0;
  let zero = 0;
  let positive = 0;
  for (let i = 0; i < eigenvalues.length; i++) {
    const x = eigenvalues[i];
    if (Number.isNaN(x)) throw new RangeError(`inertia: eigenvalue ${i} is NaN`);
    if (Math.abs(x) < zeroTolerance) zero++;
    else if (x < 0) negative++;
    else positive++;
  }
  return { negative, zero, positive };
}

/**
 * The same inertia for a symmetric tridiagonal matrix, from two Sturm counts and without its spectrum:
 * negative = #{λ ≤ −tol} = n − #{λ > −tol}, positive = #{λ ≥ tol} = n − #{λ < tol}. Exact for a diagonal
 * matrix; otherwise exact up to rounding in the pivots (eigenvalues within ~nε‖T‖ of ±tol may go either way).
 */
export function tridiagonalInertia(
  diagonal: Float64Array,
  offDiagonal: Float64Array,
  zeroTolerance: number = DEFAULT_ZERO_TOLERANCE,
): Inertia {
  checkTolerance(zeroTolerance);
  const n = diagonal.length;
  // With tol = 0 nothing is zero and λ = 0 is positive (as in `inertia`), so negative = #{λ < 0}.
  const negative =
    zeroTolerance === 0
      ? countEigenvaluesBelow(diagonal, offDiagonal, 0)
      : n - countEigenvaluesAbove(diagonal, offDiagonal, -zeroTolerance);
  const positive = n - countEigenvaluesBelow(diagonal, offDiagonal, zeroTolerance);
  return { negative, zero: n - negative - positive, positive };
}
