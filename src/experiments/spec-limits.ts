/**
 * What the executors can run, checked when a spec is validated (so `landscape spinglass -n 5000` or
 * `sizes: [5000]` is refused with one line before anything starts, instead of failing inside a worker):
 *
 * - spin glass: the packed couplings C(N+p−1, p) doubles (times P + 1 with P > 1 sub-samples, which are kept
 *   beside their sum) must fit in {@link MAX_COUPLING_DOUBLES} (2 GiB of float64; the p = 3 WebAssembly kernel
 *   holds at most 4 GiB). For p = 3 that is N ≤ 1170 (N = 500, the paper's largest, with P = 10 fits);
 * - networks: at most {@link MAX_NETWORK_PARAMETERS} parameters (weights and biases).
 */
export const MAX_COUPLING_DOUBLES = 2 ** 28;
export const MAX_NETWORK_PARAMETERS = 2 ** 24;

/** C(N+p−1, p) as a double (may exceed 2^53; only compared against the limit). */
function multisets(n: number, p: number): number {
  let count = 1;
  for (let r = 1; r <= p; r++) count = (count * (n - 1 + r)) / r;
  return count;
}

/** Doubles the coupling sample of a spin glass of size N needs. */
export function couplingDoubles(n: number, p: number, subsamples = 1): number {
  return multisets(n, p) * (subsamples > 1 ? subsamples + 1 : 1);
}

/** The largest N whose couplings fit (for messages). */
export function largestSpinGlassSize(p: number, subsamples = 1): number {
  let lo = 2;
  let hi = 200_000;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (couplingDoubles(mid, p, subsamples) <= MAX_COUPLING_DOUBLES) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Parameters of a ReLU network 100 → n1 (× depth) → outputs. */
export function networkParameters(width: number, depth: number, outputs: number): number {
  return 100 * width + width + (depth - 1) * (width * width + width) + width * outputs + outputs;
}

interface LimitSpec {
  landscape: { kind: string; p?: number; subsamples?: number; depth?: number; task?: string };
  sizes: number[];
}

/** One message per size the executors cannot run: [index in sizes, message]. */
export function sizeLimitProblems(spec: LimitSpec): [number, string][] {
  const out: [number, string][] = [];
  const land = spec.landscape;
  spec.sizes.forEach((size, i) => {
    if (land.kind === 'spinglass' && land.p !== undefined) {
      const doubles = couplingDoubles(size, land.p, land.subsamples ?? 1);
      if (doubles > MAX_COUPLING_DOUBLES) {
        out.push([
          i,
          `N = ${size} with p = ${land.p}${(land.subsamples ?? 1) > 1 ? ` and ${land.subsamples} sub-samples` : ''} needs ` +
            `${doubles.toExponential(2)} coupling coefficients (${((doubles * 8) / 2 ** 30).toFixed(0)} GiB), more ` +
            `than the ${MAX_COUPLING_DOUBLES} (2 GiB) the executor can hold: use N ≤ ${largestSpinGlassSize(land.p, land.subsamples ?? 1)}`,
        ]);
      }
    }
    if (land.kind === 'network' && land.depth !== undefined) {
      const parameters = networkParameters(size, land.depth, land.task === 'binary' ? 1 : 10);
      if (parameters > MAX_NETWORK_PARAMETERS) {
        out.push([
          i,
          `a depth-${land.depth} network of width ${size} has ${parameters} parameters, more than the ` +
            `${MAX_NETWORK_PARAMETERS} the executor runs`,
        ]);
      }
    }
  });
  return out;
}
