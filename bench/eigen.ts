/**
 * Benchmark of the eigenvalues-only symmetric solver: `symmetricEigenvalues` (WebAssembly SIMD Householder
 * reduction + root-free QL in WebAssembly; the JavaScript reduction and implicit QL, its reference, are timed too)
 * against ml-matrix's EigenvalueDecomposition (which always forms eigenvectors) and, when python3 with
 * numpy is on the PATH, numpy.linalg.eigvalsh (LAPACK with numpy's default threading, as a researcher runs it;
 * the speed issue's yardstick). Run: `npm run build && node dist/bench/eigen.js`.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { randomSymmetricMatrix } from '../src/linalg/random-symmetric.js';
import { symmetricEigenvalues } from '../src/linalg/symmetric-eigenvalues.js';
import { tridiagonalEigenvaluesWasm } from '../src/linalg/tridiagonal-eigenvalues-wasm.js';
import { tridiagonalEigenvalues } from '../src/linalg/tridiagonal-ql.js';
import { tridiagonalize } from '../src/linalg/tridiagonalize.js';
import { tridiagonalizeWasm } from '../src/linalg/tridiagonalize-wasm.js';
import { stream } from '../src/random/streams.js';

const SIZES = [100, 250, 500];
/** The tangent dimension of the network Hessian index (10×10 MNIST MLP, ~2,785 parameters): timed once. */
const LARGE = 2785;
/** The target (#6, target 2): ours/numpy ≤ 3 at n = 500. */
const TARGET_RATIO = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median wall time in ms of `repeats` calls, after two untimed warm-up calls (JIT). */
function timeMs(repeats: number, f: () => unknown): number {
  f();
  f();
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function toMlMatrix(a: Float64Array, n: number): Matrix {
  return new Matrix(Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n))));
}

const NUMPY_SCRIPT = `
import json, sys, time
import numpy as np
sizes = [int(s) for s in sys.argv[1:]]
rng = np.random.default_rng(12345)
out = {}
for n in sizes:
    g = rng.standard_normal((n, n))
    a = (g + g.T) / np.sqrt(2)
    reps = 7 if n <= 1000 else 1
    if n <= 1000:
        np.linalg.eigvalsh(a)
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter()
        np.linalg.eigvalsh(a)
        ts.append((time.perf_counter() - t0) * 1000)
    out[n] = sorted(ts)[len(ts) // 2]
print(json.dumps({"numpy": np.__version__, "ms": out}))
`;

/** numpy eigvalsh median times (ms) by size, or a reason why they are unavailable. */
function numpyTimes(sizes: number[]): { version: string; ms: Record<string, number> } | string {
  const r = spawnSync('python3', ['-c', NUMPY_SCRIPT, ...sizes.map(String)], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.error) return `python3 not available (${r.error.message})`;
  if (r.status !== 0) return `python3/numpy failed: ${(r.stderr || '').trim().split('\n').pop()}`;
  try {
    const parsed = JSON.parse(r.stdout.trim()) as { numpy: string; ms: Record<string, number> };
    return { version: parsed.numpy, ms: parsed.ms };
  } catch {
    return 'numpy output was not JSON';
  }
}

export async function benchEigen(): Promise<string[]> {
  const lines: string[] = [
    'eigen: all eigenvalues of a random symmetric n×n matrix (median wall time)',
    `  machine: ${cpus().length} cpus, 1-min load average ${loadavg()[0].toFixed(1)} (timings are noisy under load)`,
  ];
  // Let V8 optimise the solvers before anything is timed.
  const warm = randomSymmetricMatrix(60, stream({ master: 'bench', purpose: 'monte-carlo', size: 60, run: 1 }));
  const warmMl = toMlMatrix(warm, 60);
  for (let r = 0; r < 50; r++) {
    symmetricEigenvalues(warm, 60);
    tridiagonalize(warm, 60);
    new EigenvalueDecomposition(warmMl, { assumeSymmetric: true });
  }
  const ours: Record<number, number> = {};
  for (const n of SIZES) {
    const a = randomSymmetricMatrix(n, stream({ master: 'bench', purpose: 'monte-carlo', size: n, run: 0 }));
    const repeats = n <= 250 ? 9 : 5;
    const oursMs = timeMs(repeats, () => symmetricEigenvalues(a, n));
    ours[n] = oursMs;
    const reductionMs = timeMs(repeats, () => tridiagonalizeWasm(a, n));
    const t = tridiagonalizeWasm(a, n);
    const qlMs = timeMs(repeats, () => tridiagonalEigenvaluesWasm(t.diagonal, t.offDiagonal));
    const jsMs = timeMs(3, () => {
      const r = tridiagonalize(a, n);
      return tridiagonalEigenvalues(r.diagonal, r.offDiagonal);
    });
    const m = toMlMatrix(a, n);
    const mlMs = timeMs(n <= 250 ? 5 : 3, () => new EigenvalueDecomposition(m, { assumeSymmetric: true }));
    // Agreement check, so that the two timings are of the same answer.
    const ref = new EigenvalueDecomposition(m, { assumeSymmetric: true }).realEigenvalues.sort((x, y) => x - y);
    const values = symmetricEigenvalues(a, n);
    let maxDiff = 0;
    let maxAbs = 0;
    for (let k = 0; k < n; k++) {
      maxDiff = Math.max(maxDiff, Math.abs(values[k] - ref[k]));
      maxAbs = Math.max(maxAbs, Math.abs(ref[k]));
    }
    lines.push(
      `  n=${String(n).padStart(4)}  symmetricEigenvalues ${oursMs.toFixed(1).padStart(7)} ms ` +
        `(wasm reduction ${reductionMs.toFixed(1)} + wasm QL ${qlMs.toFixed(1)})   JS reduction + QL ${jsMs.toFixed(1)} ms   ` +
        `ml-matrix (with eigenvectors) ${mlMs.toFixed(1)} ms   max|Δλ|/max|λ| vs ml-matrix ${(maxDiff / maxAbs).toExponential(1)}`,
    );
  }
  const large = randomSymmetricMatrix(LARGE, stream({ master: 'bench', purpose: 'monte-carlo', size: LARGE, run: 0 }));
  const t0 = performance.now();
  const tl = tridiagonalizeWasm(large, LARGE);
  const t1 = performance.now();
  tridiagonalEigenvaluesWasm(tl.diagonal, tl.offDiagonal);
  const t2 = performance.now();
  const largeMs = t2 - t0;
  lines.push(
    `  n=${LARGE}  symmetricEigenvalues ${largeMs.toFixed(0)} ms (one run: wasm reduction ${(t1 - t0).toFixed(0)} + wasm QL ` +
      `${(t2 - t1).toFixed(0)}; load average now ${loadavg()[0].toFixed(1)})`,
  );
  const np = numpyTimes([...SIZES, LARGE]);
  if (typeof np === 'string') {
    lines.push(`  numpy comparison skipped: ${np}`);
  } else {
    for (const n of [...SIZES, LARGE]) {
      const t = np.ms[String(n)];
      const mine = n === LARGE ? largeMs : ours[n];
      const ratio = mine / t;
      const verdict = n === 500 ? `   target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'not met'}` : '';
      lines.push(
        `  n=${String(n).padStart(4)}  ours ${mine.toFixed(1).padStart(7)} ms   numpy ${np.version} linalg.eigvalsh ` +
          `${t.toFixed(1).padStart(7)} ms${n === LARGE ? ' (one run)' : ''}   ours/numpy ${ratio.toFixed(2)}×${verdict}`,
      );
    }
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchEigen()) console.log(line);
}
