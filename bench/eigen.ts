/**
 * Benchmark of the eigenvalues-only symmetric solver: `symmetricEigenvalues` (Householder + implicit QL)
 * against ml-matrix's EigenvalueDecomposition (which always forms eigenvectors) and, when python3 with
 * numpy is on the PATH, numpy.linalg.eigvalsh (LAPACK with numpy's default threading, as a researcher runs it;
 * the speed issue's yardstick). Run: `npx tsc -p tsconfig.json && node dist/bench/eigen.js`.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { randomSymmetricMatrix } from '../src/linalg/random-symmetric.js';
import { symmetricEigenvalues } from '../src/linalg/symmetric-eigenvalues.js';
import { stream } from '../src/random/streams.js';

const SIZES = [100, 250, 500];

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
    np.linalg.eigvalsh(a)
    ts = []
    for _ in range(7):
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
    timeout: 120_000,
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
  // Let V8 optimise both solvers before anything is timed.
  const warm = randomSymmetricMatrix(60, stream({ master: 'bench', purpose: 'monte-carlo', size: 60, run: 1 }));
  const warmMl = toMlMatrix(warm, 60);
  for (let r = 0; r < 50; r++) {
    symmetricEigenvalues(warm, 60);
    new EigenvalueDecomposition(warmMl, { assumeSymmetric: true });
  }
  const ours: Record<number, number> = {};
  for (const n of SIZES) {
    const a = randomSymmetricMatrix(n, stream({ master: 'bench', purpose: 'monte-carlo', size: n, run: 0 }));
    const oursMs = timeMs(n <= 250 ? 9 : 5, () => symmetricEigenvalues(a, n));
    ours[n] = oursMs;
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
      `  n=${String(n).padStart(3)}  symmetricEigenvalues ${oursMs.toFixed(1).padStart(7)} ms   ` +
        `ml-matrix EigenvalueDecomposition (computes eigenvectors) ${mlMs.toFixed(1).padStart(7)} ms   ` +
        `ml-matrix/ours ${(mlMs / oursMs).toFixed(1)}×   max|Δλ|/max|λ| ${(maxDiff / maxAbs).toExponential(1)}`,
    );
  }
  const np = numpyTimes(SIZES);
  if (typeof np === 'string') {
    lines.push(`  numpy comparison skipped: ${np}`);
  } else {
    for (const n of SIZES) {
      const t = np.ms[String(n)];
      lines.push(
        `  n=${String(n).padStart(3)}  numpy ${np.version} linalg.eigvalsh ${t.toFixed(1).padStart(7)} ms   ` +
          `ours/numpy ${(ours[n] / t).toFixed(1)}×`,
      );
    }
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchEigen()) console.log(line);
}
