/** Nodes (on [−1, 1]) and weights of the 8-point Gauss–Legendre rule: exact for polynomials of degree ≤ 15. */
export const GAUSS_LEGENDRE_8 = Object.freeze({
  nodes: [
    -0.9602898564975363, -0.7966664774136267, -0.525532409916329, -0.1834346424956498, 0.1834346424956498,
    0.525532409916329, 0.7966664774136267, 0.9602898564975363,
  ],
  weights: [
    0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.362683783378362, 0.362683783378362,
    0.3137066458778873, 0.2223810344533745, 0.1012285362903763,
  ],
});

/**
 * log ∫_a^b e^{logF(x)} dx by composite 8-point Gauss–Legendre on `panels` equal panels, summed in log space
 * (all values of logF are kept, then added relative to their maximum), so integrands of size e^{−3000} or
 * e^{+3000} are fine. Returns −Infinity for an integrand that is 0 everywhere (or a = b).
 */
export function logIntegrateGaussLegendre(logF: (x: number) => number, a: number, b: number, panels: number): number {
  if (!(Number.isFinite(a) && Number.isFinite(b) && a <= b)) throw new RangeError(`need finite a ≤ b, got ${a}, ${b}`);
  if (!Number.isInteger(panels) || panels < 1) throw new RangeError(`panels must be a positive integer, got ${panels}`);
  if (a === b) return Number.NEGATIVE_INFINITY;
  const { nodes, weights } = GAUSS_LEGENDRE_8;
  const h = (b - a) / panels;
  const values = new Float64Array(panels * 8);
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < panels; i++) {
    const mid = a + (i + 0.5) * h;
    for (let j = 0; j < 8; j++) {
      const v = logF(mid + (nodes[j] * h) / 2);
      values[i * 8 + j] = v;
      if (v > max) max = v;
    }
  }
  if (max === Number.NEGATIVE_INFINITY) return max;
  let s = 0;
  for (let i = 0; i < panels; i++) {
    for (let j = 0; j < 8; j++) s += weights[j] * Math.exp(values[i * 8 + j] - max);
  }
  return max + Math.log((s * h) / 2);
}
