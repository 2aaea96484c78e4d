/**
 * Spin-glass benchmark (issue #6 targets 1 and 4). p = 3, packed couplings, the WebAssembly SIMD kernel
 * (src/spinglass/cubic-kernel-wasm.ts):
 *  - per-replica cost of energy + gradient at N ∈ {100, 250, 500} for batch 1 and batch 64, one thread and two
 *    threads (the batch's replica pairs split between the caller and a helper thread sharing the couplings),
 *    beside the numpy yardstick ../shared/peers/pspin_bench.py run in the same invocation (when python3 with
 *    numpy is available), as the ratio numpy ms per replica / ours; target ≥ 1.0 at N = 250 and 500, batch 64;
 *  - the memory of one coupling sample (target ≤ 170 MB at N = 500) and the batch-1 cost (target ≤ 40 ms);
 *  - the paper-scale experiment (N ∈ {25, 50, 100, 250, 500}, 1000 starts each on 20 landscapes, default GD, index)
 *    timed from one real engine task per N (spinglass-paper.ts); issue #15 target ≤ 1 h on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { stream } from '../src/random/streams.js';
import { cubicThreading, setCubicThreading } from '../src/spinglass/cubic-kernel-wasm.js';
import { randomSpherePoint } from '../src/spinglass/random-point.js';
import { SpinGlassLandscape } from '../src/spinglass/spin-glass-landscape.js';
import { peerScript } from './peers.js';
import { benchPaperScale } from './spinglass-paper.js';

const SIZES = [100, 250, 500];
const BATCHES = [1, 64];
const P = 3;
function sampleLandscape(n: number): SpinGlassLandscape {
  return SpinGlassLandscape.sample({ n, p: P, rng: stream({ master: 'bench', purpose: 'disorder', size: n, run: 0 }) });
}

/**
 * Median ms per replica of `reps` timed calls, stopping early past `budgetMs`. Three warm-up calls first: the
 * WebAssembly code is first run by V8's baseline compiler and swapped for optimised code after a call or two,
 * and the first two-thread call also starts the helper thread.
 */
function timePerReplica(landscape: SpinGlassLandscape, batch: number, reps: number, budgetMs: number) {
  const n = landscape.n;
  const rng = stream({ master: 'bench', purpose: 'init', size: n, run: batch });
  const points = new Float64Array(batch * n);
  for (let b = 0; b < batch; b++) points.set(randomSpherePoint(n, rng), b * n);
  const values = new Float64Array(batch);
  const grads = new Float64Array(batch * n);
  for (let w = 0; w < 3; w++) landscape.valuesAndGradients(points, batch, values, grads);
  const times: number[] = [];
  const start = performance.now();
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    landscape.valuesAndGradients(points, batch, values, grads);
    times.push((performance.now() - t0) / batch);
    if (performance.now() - start > budgetMs) break;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], best: times[0], reps: times.length };
}

/** ms per replica with the kernel on `threads` threads (results are the same for either). */
function timeWithThreads(landscape: SpinGlassLandscape, batch: number, threads: number) {
  const saved = cubicThreading();
  setCubicThreading({ threads });
  try {
    return timePerReplica(landscape, batch, batch === 1 ? 9 : 5, 5000);
  } finally {
    setCubicThreading(saved);
  }
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
const met = (ok: boolean) => (ok ? 'met' : 'not met');
const load = () => `load average ${loadavg()[0].toFixed(2)}`;

export async function benchSpinGlass(): Promise<string[]> {
  const lines: string[] = [];
  const script = peerScript('pspin_bench.py');
  const haveNumpy = numpyAvailable();
  const yardstick = !haveNumpy ? 'numpy not available' : script ? null : 'numpy yardstick not found';
  if (yardstick) lines.push(yardstick);
  lines.push(`spin glass (${load()} at start)`);
  let batchOneAt500 = Number.NaN;
  let bytesAt500 = Number.NaN;
  const targets: string[] = [];
  for (const n of SIZES) {
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const landscape = sampleLandscape(n);
    const sampleMs = performance.now() - t0;
    const rssDelta = process.memoryUsage().rss - rss0;
    const bytes = landscape.couplings.coefficients.byteLength;
    lines.push(
      `p=${P} N=${n}: one coupling sample = ${landscape.couplings.coefficients.length} coefficients, ${mb(bytes)}` +
        ` (RSS delta ${mb(rssDelta)}), sampled in ${(sampleMs / 1000).toFixed(2)} s`,
    );
    for (const batch of BATCHES) {
      const one = timeWithThreads(landscape, batch, 1);
      const two = batch === 1 ? null : timeWithThreads(landscape, batch, 2);
      const timing = (t: { ms: number; best: number; reps: number }) =>
        `${t.ms.toFixed(3)} ms per replica (median of ${t.reps}; best ${t.best.toFixed(3)})`;
      let line = `  batch ${String(batch).padStart(2)}: 1 thread ${timing(one)}`;
      if (two) line += `, 2 threads ${timing(two)}`;
      const ours = two ? two.ms : one.ms;
      if (!yardstick && script) {
        const theirs = numpyYardstick(script, n, batch);
        if (typeof theirs === 'number') {
          const ratio = theirs / ours;
          line += `; numpy ${theirs.toFixed(3)} ms per replica, ratio numpy/ours ${ratio.toFixed(2)}`;
          if (batch === 64 && n >= 250) {
            targets.push(
              `target: N=${n} batch 64, numpy/ours (2 threads) ≥ 1.0: ${ratio.toFixed(2)} ${met(ratio >= 1)}`,
            );
          }
        } else {
          line += `; numpy yardstick ${theirs}`;
        }
      }
      line += ` [${load()}]`;
      lines.push(line);
      if (n === 500 && batch === 1) batchOneAt500 = one.ms;
    }
    if (n === 500) bytesAt500 = bytes;
  }
  lines.push(
    `target: packed N=500 sample ≤ 170 MB: ${mb(bytesAt500)} ${met(bytesAt500 <= 170e6)}`,
    `target: batch-1 energy+gradient ≤ 40 ms at N=500: ${batchOneAt500.toFixed(2)} ms ${met(batchOneAt500 <= 40)}`,
    ...targets,
  );
  lines.push(...(await benchPaperScale()));
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchSpinGlass()) console.log(line);
}
