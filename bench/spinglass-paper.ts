/**
 * The paper-scale spin-glass experiment (issue #15 target: ≤ 1 h on 2 cores), timed from real engine tasks.
 *
 * The experiment is the claims' own spec at paper scale (spinGlassDescentSpec of the shared paper ladder:
 * N ∈ {25, 50, 100, 250, 500}, 1000 starts per N on L = 20 landscapes, default GD to ‖grad_R H‖/√N < 1e-4, the
 * Hessian index of every endpoint). The engine plans it as tasks of the 50 starts of one landscape (work-plan.ts),
 * run by 2 single-threaded workers. Per N this runs ONE such task through the engine's own task code
 * (executeTask: couplings sampled, descent with continuous refill, index, records), on this thread with the kernel
 * on one thread (as in a worker), and measures its CPU time (process.cpuUsage) and wall time.
 *
 *   N ≤ 250: the whole task (the 50 starts of landscape 0). Projection: 20 tasks per N, one per landscape.
 *   N = 500: a task of the first K starts of landscape 0 (K = 12 by default; `--starts-500 50` runs the whole task,
 *     ~10 CPU-minutes). Scaled to 50 starts by replaying the task's own per-call record: each evaluation call is
 *     logged (replicas b, CPU ms); the 50-start task makes calls with 50·S(t) replicas at step t, S the survival
 *     function of the K measured descents' step counts, each costing what a call of that many replicas cost in this
 *     task (b ≤ K) or in a timing of the kernel at b ∈ {16, 24, 32, 50, 64} on the same landscape right after the
 *     task (b > K, linear in between); plus the sample's CPU once and the rest (index, bookkeeping) per start.
 *
 * Hours on 2 cores = Σ_N 20 · task CPU / 2 / 3600: the ideal of two workers that do not slow each other (the
 * machine's two vCPUs share caches and memory). The load average is printed beside each task: the machine is shared
 * and under load CPU time inflates too (cache and memory contention), so the figure is an upper estimate then.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { spinGlassDescentSpec } from '../src/claims/claim-specs.js';
import { spinGlassLadder } from '../src/claims/ladders.js';
import type { SpinGlassMetrics } from '../src/experiments/run-record.js';
import { executeTask } from '../src/experiments/task-runner.js';
import { stream } from '../src/random/streams.js';
import { cubicThreading, setCubicThreading } from '../src/spinglass/cubic-kernel-wasm.js';
import { randomSpherePoint } from '../src/spinglass/random-point.js';
import { SpinGlassLandscape } from '../src/spinglass/spin-glass-landscape.js';

const CORES = 2;
/** The starts of one engine task at paper scale: 1000 starts / 20 landscapes. */
const TASK_STARTS = 50;
const DEFAULT_STARTS_500 = 12;
const KERNEL_BATCHES = [16, 24, 32, 50, 64];

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const load = () => loadavg()[0].toFixed(1);

interface Call {
  batch: number;
  cpu: number;
}

/** Log every evaluation call (replicas, CPU ms) and the sampling CPU while `body` runs. */
async function withCallLog<T>(body: () => Promise<T>): Promise<{ result: T; calls: Call[]; sampleCpu: number }> {
  const proto = SpinGlassLandscape.prototype;
  const evaluate = proto.valuesAndGradients;
  const sample = SpinGlassLandscape.sample;
  const calls: Call[] = [];
  let sampleCpu = 0;
  proto.valuesAndGradients = function (this: SpinGlassLandscape, points, batch, values, grads) {
    const c0 = cpuMs();
    evaluate.call(this, points, batch, values, grads);
    calls.push({ batch, cpu: cpuMs() - c0 });
  };
  SpinGlassLandscape.sample = (options) => {
    const c0 = cpuMs();
    const landscape = sample(options);
    sampleCpu += cpuMs() - c0;
    return landscape;
  };
  try {
    return { result: await body(), calls, sampleCpu };
  } finally {
    proto.valuesAndGradients = evaluate;
    SpinGlassLandscape.sample = sample;
  }
}

/** Median CPU ms of one call of b replicas for each b in `batches`, on landscape 0 of the spec at size N. */
function kernelCosts(landscape: SpinGlassLandscape, batches: number[]): Map<number, number> {
  const n = landscape.n;
  const top = Math.max(...batches);
  const rng = stream({ master: 'bench', purpose: 'init', size: n, run: 0 });
  const points = new Float64Array(top * n);
  for (let b = 0; b < top; b++) points.set(randomSpherePoint(n, rng), b * n);
  const values = new Float64Array(top);
  const grads = new Float64Array(top * n);
  const out = new Map<number, number>();
  for (const b of batches) {
    landscape.valuesAndGradients(points, b, values, grads);
    const times: number[] = [];
    for (let r = 0; r < 3; r++) {
      const c0 = cpuMs();
      landscape.valuesAndGradients(points.subarray(0, b * n), b, values, grads);
      times.push(cpuMs() - c0);
    }
    out.set(b, times.sort((x, y) => x - y)[1]);
  }
  return out;
}

/** Cost of a call of b replicas: the task's own median at b when it made such calls, else the kernel timing. */
function costModel(calls: Call[], kernel: Map<number, number>): (b: number) => number {
  const byBatch = new Map<number, number[]>();
  for (const c of calls) {
    const list = byBatch.get(c.batch);
    if (list) list.push(c.cpu);
    else byBatch.set(c.batch, [c.cpu]);
  }
  const own = new Map<number, number>();
  for (const [b, list] of byBatch) own.set(b, list.sort((x, y) => x - y)[Math.floor(list.length / 2)]);
  const points = [...own, ...[...kernel].filter(([b]) => !own.has(b))].sort((x, y) => x[0] - y[0]);
  return (b: number) => {
    if (own.has(b)) return own.get(b)!;
    let lo = points[0];
    for (const p of points) {
      if (p[0] >= b) {
        if (p[0] === b || lo[0] >= b) return p[1];
        return lo[1] + ((p[1] - lo[1]) * (b - lo[0])) / (p[0] - lo[0]);
      }
      lo = p;
    }
    return (lo[1] * b) / lo[0];
  };
}

export interface PaperTask {
  n: number;
  starts: number;
  cpuMs: number;
  wallMs: number;
  /** CPU ms of a task of TASK_STARTS starts (= cpuMs when the whole task ran). */
  taskCpuMs: number;
  lines: string[];
}

/** Run one real engine task at size N (the first `starts` starts of landscape 0) and cost a whole task. */
export async function paperTask(n: number, starts: number): Promise<PaperTask> {
  const ladder = spinGlassLadder('paper');
  const spec = spinGlassDescentSpec(ladder);
  const runs = Array.from({ length: starts }, (_, i) => i * ladder.landscapes);
  const load0 = load();
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  const { result: records, calls, sampleCpu } = await withCallLog(() => executeTask({ spec, size: n, runs }));
  const cpu = cpuMs() - cpu0;
  const wall = performance.now() - wall0;
  const metrics = records.map((r) => r.metrics as SpinGlassMetrics);
  // The descent's evaluation calls (the index evaluates its endpoint through valueAndGradient, counted in the rest).
  const evaluations = metrics.map((m) => m.gradientEvaluations);
  const steps = metrics.map((m) => m.iterations);
  const mean = steps.reduce((a, b) => a + b, 0) / starts;
  const kernelCpu = calls.reduce((a, c) => a + c.cpu, 0);
  const replicaSteps = calls.reduce((a, c) => a + c.batch, 0);
  const widest = calls.reduce((a, c) => Math.max(a, c.batch), 0);
  const full = calls.filter((c) => c.batch === widest);
  const fullPerReplica = full.reduce((a, c) => a + c.cpu, 0) / full.reduce((a, c) => a + c.batch, 0);
  const rest = cpu - kernelCpu - sampleCpu;
  const lines = [
    `  N=${n}: real task of ${starts} starts (landscape 0): CPU ${(cpu / 1000).toFixed(1)} s, wall ` +
      `${(wall / 1000).toFixed(1)} s [load ${load0} → ${load()}]; ${records.filter((r) => (r.metrics as SpinGlassMetrics)?.converged).length}` +
      ` converged; steps mean ${mean.toFixed(0)}, longest ${Math.max(...steps)}; ${calls.length} evaluation calls, ` +
      `${replicaSteps} replica-evaluations: kernel ${(kernelCpu / 1000).toFixed(1)} s ` +
      `(${fullPerReplica.toFixed(3)} ms per replica in full calls, ${(kernelCpu / replicaSteps).toFixed(3)} overall), ` +
      `sample ${(sampleCpu / 1000).toFixed(1)} s, index + rest ${(rest / 1000).toFixed(1)} s`,
  ];
  // Where the steps go: the mean step at which ‖grad_R H‖/√N first fell below each halting threshold.
  const thresholds = metrics[0]?.haltingTimes.map((h) => h.threshold) ?? [];
  const reached = thresholds.map((threshold, i) => {
    const at = metrics.map((m) => m.haltingTimes[i].iteration).filter((x): x is number => x !== null);
    return `${threshold}: ${(at.reduce((a, b) => a + b, 0) / Math.max(1, at.length)).toFixed(0)}`;
  });
  lines.push(`    mean step of first ‖grad_R H‖/√N < ${reached.join(', ')}`);
  if (evaluations.reduce((a, b) => a + b, 0) !== replicaSteps) {
    lines.push(
      `  (evaluation count mismatch: records ${evaluations.reduce((a, b) => a + b, 0)}, calls ${replicaSteps})`,
    );
  }
  if (starts >= TASK_STARTS) return { n, starts, cpuMs: cpu, wallMs: wall, taskCpuMs: cpu, lines };

  // Scale to a whole task by replaying the call record (see the header).
  const landscape = SpinGlassLandscape.sample({
    n,
    p: spec.landscape.kind === 'spinglass' ? spec.landscape.p : 3,
    rng: stream({ master: 'bench', purpose: 'disorder', size: n, run: 0 }),
  });
  const kernel = kernelCosts(landscape, KERNEL_BATCHES);
  const cost = costModel(calls, kernel);
  // Step t carries the starts with more than t evaluations (all 50 start at once: the refill width is 64).
  const longest = Math.max(...evaluations);
  let callsCpu = 0;
  for (let t = 0; t < longest; t++) {
    const alive = evaluations.filter((e) => e > t).length / starts;
    callsCpu += cost(Math.max(1, Math.round(TASK_STARTS * alive)));
  }
  const taskCpu = sampleCpu + callsCpu + (TASK_STARTS * rest) / starts;
  lines.push(
    `    scaled to ${TASK_STARTS} starts: ${(taskCpu / 1000).toFixed(1)} CPU-s (calls of b replicas costed from this ` +
      `task for b ≤ ${starts}, else from the kernel on the same N: ` +
      `${[...kernel].map(([b, ms]) => `b=${b} ${ms.toFixed(0)} ms`).join(', ')}; per start ` +
      `${(rest / starts / 1000).toFixed(2)} s index and rest; sample once); plain linear scaling ` +
      `${starts} → ${TASK_STARTS} would give ${((cpu * TASK_STARTS) / starts / 1000).toFixed(1)} s`,
  );
  return { n, starts, cpuMs: cpu, wallMs: wall, taskCpuMs: taskCpu, lines };
}

/** Every size of the paper ladder: one real task each, then the projection for 2 cores. */
export async function benchPaperScale(starts500 = DEFAULT_STARTS_500, only?: number[]): Promise<string[]> {
  const ladder = spinGlassLadder('paper');
  const sizes = ladder.sizes.filter((n) => !only || only.includes(n));
  const tasksPerSize = ladder.runsPerSize / TASK_STARTS;
  const lines = [
    `paper-scale spin glass from real engine tasks: N ∈ {${ladder.sizes.join(', ')}}, ${ladder.runsPerSize} starts ` +
      `per N on ${ladder.landscapes} landscapes = ${tasksPerSize} tasks of ${TASK_STARTS} starts per N, default GD ` +
      `(continuous refill), index measured; one task per N on this thread, kernel single-threaded as in a worker`,
  ];
  const saved = cubicThreading();
  setCubicThreading({ threads: 1 });
  let cpuTotal = 0;
  let wallTotal = 0;
  try {
    for (const n of [...sizes].sort((a, b) => b - a)) {
      const task = await paperTask(n, n >= 500 ? Math.min(starts500, TASK_STARTS) : TASK_STARTS);
      lines.push(...task.lines);
      cpuTotal += tasksPerSize * task.taskCpuMs;
      wallTotal += tasksPerSize * task.taskCpuMs * (task.wallMs / task.cpuMs);
    }
  } finally {
    setCubicThreading(saved);
  }
  const hours = cpuTotal / CORES / 3.6e6;
  if (sizes.length < ladder.sizes.length) lines.push(`  (only N ∈ {${sizes.join(', ')}}: not the whole experiment)`);
  lines.push(
    `  total ${(cpuTotal / 3.6e6).toFixed(2)} CPU-hours → ${hours.toFixed(2)} h on ${CORES} cores from CPU time ` +
      `(${(wallTotal / CORES / 3.6e6).toFixed(2)} h from this run's wall time, inflated by the load)`,
    `target: paper-scale spin-glass run ≤ 1 h on 2 cores: ${hours.toFixed(2)} h ${hours <= 1 ? 'met' : 'not met'} ` +
      `[load average ${load()}]`,
  );
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--starts-500');
  const starts = at > 0 ? Number(process.argv[at + 1]) : DEFAULT_STARTS_500;
  if (!Number.isInteger(starts) || starts < 1) {
    console.error('bench: --starts-500 needs a positive integer');
    process.exit(2);
  }
  const sizesAt = process.argv.indexOf('--sizes');
  const only = sizesAt > 0 ? process.argv[sizesAt + 1].split(',').map(Number) : undefined;
  for (const line of await benchPaperScale(starts, only)) console.log(line);
}
