/**
 * Benchmark of the network code: SGD training throughput (samples per second over one epoch of 8,000 digits) at
 * batch 1 and 32 for n1 ∈ {25, 100, 500}, and the time of the exact Hessian (D R-operator products, built once per
 * sample and reused for all columns) plus its index at n1 ∈ {10, 25} on the full 8,000-digit training loss.
 * When python3 with numpy is available, the numpy yardstick ../shared/peers/mlp_bench.py runs in the same
 * invocation (single-threaded BLAS) and the ratio ours/numpy is printed.
 * Run: `npx tsc -p tsconfig.json && node dist/bench/network.js`.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createArchitecture } from '../src/network/architecture.js';
import { makeDataset } from '../src/network/dataset.js';
import { loadMnist10x10 } from '../src/network/mnist.js';
import { NetworkLandscape } from '../src/network/network-landscape.js';
import { stratifiedSplit } from '../src/network/stratified-split.js';
import { initialWeights, trainFrom } from '../src/network/train-sgd.js';
import { hessianIndex } from '../src/optim/hessian-index.js';
import { peerScript } from './peers.js';

const WIDTHS = [25, 100, 500];
const BATCHES = [1, 32];
const INDEX_WIDTHS = [10, 25];

function numpySamplesPerSecond(hidden: number, batch: number): number | undefined {
  const script = peerScript('mlp_bench.py');
  if (!script) return undefined;
  const r = spawnSync('python3', [script, '--hidden', String(hidden), '--batch', String(batch), '--samples', '8000'], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (r.status !== 0) return undefined;
  try {
    return (JSON.parse(r.stdout.trim()) as { samplesPerSecond: number }).samplesPerSecond;
  } catch {
    return undefined;
  }
}

function trainingSet() {
  const mnist = loadMnist10x10();
  const split = stratifiedSplit(mnist.labels, { trainSize: 8000, testSize: 2000, seed: 1 });
  return makeDataset(mnist, split.train, 'multiclass');
}

/** SGD throughput, ours and numpy's. */
export function benchTraining(train = trainingSet()): string[] {
  const lines: string[] = [];
  lines.push('SGD, one epoch of 8000 digits (softmax NLL, γ0 = 0.01), samples per second:');
  lines.push('   n1  batch        ours       numpy  ours/numpy');
  for (const width of WIDTHS) {
    const arch = createArchitecture([width], 'multiclass');
    const start = initialWeights(arch, 'torch-default', 1, 0);
    for (const batch of BATCHES) {
      const options = { epochs: 1, seed: 1, batchSize: batch };
      trainFrom(arch, train, start, { ...options, epochs: 1 }); // warm-up (JIT)
      const t0 = performance.now();
      trainFrom(arch, train, start, options);
      const ours = 8000 / ((performance.now() - t0) / 1000);
      const numpy = numpySamplesPerSecond(width, batch);
      lines.push(
        `${String(width).padStart(5)}${String(batch).padStart(7)}${ours.toFixed(0).padStart(12)}` +
          `${numpy === undefined ? '           —' : numpy.toFixed(0).padStart(12)}` +
          `${numpy === undefined ? '' : (ours / numpy).toFixed(2).padStart(12)}`,
      );
    }
  }
  return lines;
}

/** Exact Hessian and index of the full training loss. */
export function benchHessianIndex(train = trainingSet()): string[] {
  const lines: string[] = [];
  lines.push('Exact Hessian of the 8000-digit training loss (after one SGD epoch) and its index:');
  lines.push('   n1      D   Hessian (s)   hessianIndex incl. Hessian (s)   index');
  for (const width of INDEX_WIDTHS) {
    const arch = createArchitecture([width], 'multiclass');
    const w = trainFrom(arch, train, initialWeights(arch, 'torch-default', 1, 0), { epochs: 1, seed: 1 }).weights;
    const landscape = new NetworkLandscape(arch, train);
    let t0 = performance.now();
    landscape.hessian(w);
    const build = (performance.now() - t0) / 1000;
    t0 = performance.now();
    let index: string;
    try {
      const idx = hessianIndex(landscape, w);
      index = `${String(idx.index).padStart(8)} (${idx.method})`;
    } catch (error) {
      index = `  failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    const total = (performance.now() - t0) / 1000;
    lines.push(
      `${String(width).padStart(5)}${String(arch.parameterCount).padStart(7)}${build.toFixed(1).padStart(14)}` +
        `${total.toFixed(1).padStart(33)}${index}`,
    );
  }
  return lines;
}

export async function benchNetwork(): Promise<string[]> {
  const train = trainingSet();
  return [...benchTraining(train), '', ...benchHessianIndex(train)];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchNetwork()) console.log(line);
}
