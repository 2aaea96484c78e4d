/**
 * Spin-glass benchmark: per-replica cost of energy + gradient (p = 3, packed couplings) at N ∈ {100, 250, 500}
 * for batch 1 and batch 64, the memory of one coupling sample, and — when python3 with numpy is available —
 * the numpy yardstick ../shared/peers/pspin_bench.py (relative to the repo root) for the same N and batch,
 * run in the same invocation, with the ratio numpy ms per replica / ours.
 * Targets: one packed N=500 sample ≤ 170 MB; batch-1 cost ≤ 40 ms at N=500.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { stream } from '../src/random/streams.js';
import { randomSpherePoint } from '../src/spinglass/random-point.js';
import { SpinGlassLandscape } from '../src/spinglass/spin-glass-landscape.js';
import { peerScript } from './peers.js';

const SIZES = [100, 250, 500];
const BATCHES = [1, 64];
const P = 3;

/** Median ms per replica of `reps` timed calls (after one warm-up call), stopping early past `budgetMs`. */
function timePerReplica(landscape: SpinGlassLandscape, batch: number, reps: number, budgetMs: number) {
  const n = landscape.n;
  const rng = stream({ master: 'bench', purpose: 'init', size: n, run: batch });
  const points = new Float64Array(batch * n);
  for (let b = 0; b < batch; b++) points.set(randomSpherePoint(n, rng), b * n);
  const values = new Float64Array(batch);
  const grads = new Float64Array(batch * n);
  landscape.valuesAndGradients(points, batch, values, grads);
  const times: number[] = [];
  const start = performance.now();
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    landscape.valuesAndGradients(points, batch, values, grads);
    times.push((performance.now() - t0) / batch);
    if (performance.now() - start > budgetMs) break;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], reps: times.length };
}

function numpyAvailable(): boolean {
  const r = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
  return r.status === 0;
}

/** ms per replica from the numpy yardstick, or a reason it could not run. */
function numpyYardstick(script: string, n: number, batch: number): number | string {
  const r = spawnSync('python3', [script, '--n', String(n), '--batch', String(batch)], { encoding: 'utf8' });
  if (r.status !== 0) return `failed (${(r.stderr || '').trim().split('\n').pop() ?? `exit ${r.status}`})`;
  try {
    const parsed = JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as { msPerReplica: number };
    return parsed.msPerReplica;
  } catch {
    return 'unreadable output';
  }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export async function benchSpinGlass(): Promise<string[]> {
  const lines: string[] = [];
  const script = peerScript('pspin_bench.py');
  const haveNumpy = numpyAvailable();
  const yardstick = !haveNumpy ? 'numpy not available' : script ? null : 'numpy yardstick not found';
  if (yardstick) lines.push(yardstick);
  let batchOneAt500 = Number.NaN;
  let bytesAt500 = Number.NaN;
  for (const n of SIZES) {
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const landscape = SpinGlassLandscape.sample({
      n,
      p: P,
      rng: stream({ master: 'bench', purpose: 'disorder', size: n, run: 0 }),
    });
    const sampleMs = performance.now() - t0;
    const rssDelta = process.memoryUsage().rss - rss0;
    const bytes = landscape.couplings.coefficients.byteLength;
    lines.push(
      `p=${P} N=${n}: one coupling sample = ${landscape.couplings.coefficients.length} coefficients, ${mb(bytes)}` +
        ` (RSS delta ${mb(rssDelta)}), sampled in ${(sampleMs / 1000).toFixed(2)} s`,
    );
    for (const batch of BATCHES) {
      const { ms, reps } = timePerReplica(landscape, batch, batch === 1 ? 9 : 3, 5000);
      let line = `  batch ${String(batch).padStart(2)}: ${ms.toFixed(2)} ms per replica (median of ${reps})`;
      if (!yardstick && script) {
        const theirs = numpyYardstick(script, n, batch);
        line +=
          typeof theirs === 'number'
            ? `; numpy ${theirs.toFixed(2)} ms per replica, ratio numpy/ours ${(theirs / ms).toFixed(2)}`
            : `; numpy yardstick ${theirs}`;
      }
      lines.push(line);
      if (n === 500 && batch === 1) batchOneAt500 = ms;
    }
    if (n === 500) bytesAt500 = bytes;
  }
  lines.push(
    `target: packed N=500 sample ≤ 170 MB: ${mb(bytesAt500)} ${bytesAt500 <= 170e6 ? 'met' : 'NOT met'}`,
    `target: batch-1 energy+gradient ≤ 40 ms at N=500: ${batchOneAt500.toFixed(2)} ms ${batchOneAt500 <= 40 ? 'met' : 'NOT met'}`,
  );
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchSpinGlass()) console.log(line);
}
