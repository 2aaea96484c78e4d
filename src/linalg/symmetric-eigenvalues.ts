import { tridiagonalEigenvalues } from './tridiagonal-ql.js';
import { tridiagonalize } from './tridiagonalize.js';

/**
 * All eigenvalues, ascending, of the real symmetric n×n matrix `matrix` (row-major; only the lower triangle
 * is read; the input is not modified). Householder tridiagonalisation (≈ 4n³/3 flops) followed by implicit
 * QL on the tridiagonal (O(n²)); no eigenvectors are formed.
 */
export function symmetricEigenvalues(matrix: Float64Array, n: number): Float64Array {
  const { diagonal, offDiagonal } = tridiagonalize(matrix, n);
  return tridiagonalEigenvalues(diagonal, offDiagonal);
}
