import { tridiagonalEigenvaluesWasm } from './tridiagonal-eigenvalues-wasm.js';
import { tridiagonalizeWasm } from './tridiagonalize-wasm.js';

/**
 * All eigenvalues, ascending, of the real symmetric n×n matrix `matrix` (row-major; only the lower triangle
 * is read; the input is not modified). Householder tridiagonalisation (≈ 4n³/3 flops) followed by root-free QL
 * on the tridiagonal (O(n²)), both in WebAssembly ({@link tridiagonalizeWasm}, {@link tridiagonalEigenvaluesWasm};
 * the JavaScript `tridiagonalize` and `tridiagonalEigenvalues` are their references); no eigenvectors are formed.
 */
export function symmetricEigenvalues(matrix: Float64Array, n: number): Float64Array {
  const { diagonal, offDiagonal } = tridiagonalizeWasm(matrix, n);
  return tridiagonalEigenvaluesWasm(diagonal, offDiagonal);
}
