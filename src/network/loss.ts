/**
 * The two losses of the paper's networks, per sample, with their derivative with respect to the output.
 *
 * Multiclass: softmax negative log-likelihood ℓ(z, y) = log Σ_k exp z_k − z_y, computed stably as
 * m + log Σ_k exp(z_k − m) with m = max_k z_k (every exponent ≤ 0, so it is finite for logits of ±1000).
 * ∂ℓ/∂z = p − e_y with p = softmax(z); ∂²ℓ/∂z² = diag(p) − p pᵀ.
 *
 * Binary: hinge loss ℓ(f, y) = max(0, 1 − y·f) with y = ±1; ∂ℓ/∂f = −y when 1 − y·f > 0, else 0 (at the
 * kink we take the derivative from the flat side, 0); ∂²ℓ/∂f² = 0 except on the kink (a null set).
 */

/**
 * Softmax NLL of `logits[offset .. offset+n)` for class `target`; writes p = softmax(z) into `probs` and
 * p − e_target into `delta` (both length n).
 */
export function softmaxNll(
  logits: Float64Array,
  target: number,
  probs: Float64Array,
  delta: Float64Array,
  n = logits.length,
): number {
  let m = -Infinity;
  for (let k = 0; k < n; k++) if (logits[k] > m) m = logits[k];
  let s = 0;
  for (let k = 0; k < n; k++) {
    const e = Math.exp(logits[k] - m);
    probs[k] = e;
    s += e;
  }
  for (let k = 0; k < n; k++) {
    probs[k] /= s;
    delta[k] = probs[k];
  }
  delta[target] -= 1;
  return m + Math.log(s) - logits[target];
}

/** Hinge loss max(0, 1 − y·f) of output f = logits[0] for label y = ±1; writes ∂ℓ/∂f into delta[0]. */
export function hingeLoss(logits: Float64Array, target: number, delta: Float64Array): number {
  const margin = 1 - target * logits[0];
  if (margin > 0) {
    delta[0] = -target;
    return margin;
  }
  delta[0] = 0;
  return 0;
}
