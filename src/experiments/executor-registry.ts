/**
 * Executors compute runs: one per landscape kind, taking (spec, size, runIndices) and returning one
 * {@link RunRecord} per run index, in order. A batch of runs that share a coupling sample arrives as one call,
 * so the executor builds the sample once and can advance all the runs together (batch-first optimizers).
 *
 * The built-in executors (spin glass, network) are loaded lazily on first use. Tests register their own with
 * {@link registerExecutor}; worker threads load extra executor modules named in the task (`executorModules`:
 * modules whose top level calls registerExecutor). The registry lives on globalThis so that a module loaded twice
 * (once from src/ under vitest, once from dist/) still registers into the one registry of its thread.
 */
import type { ExecutorOptions } from './engine-plant.js';
import type { RunRecord } from './run-record.js';
import type { ExperimentSpec } from './spec.js';

export type RunExecutor = (
  spec: ExperimentSpec,
  size: number,
  runIndices: number[],
  options?: ExecutorOptions,
) => RunRecord[] | Promise<RunRecord[]>;

export type LandscapeKind = ExperimentSpec['landscape']['kind'];

type Loader = () => Promise<RunExecutor>;

const REGISTRY_KEY = Symbol.for('landscape-claims/executor-registry');

function registry(): Map<string, Loader> {
  const g = globalThis as { [REGISTRY_KEY]?: Map<string, Loader> };
  if (!g[REGISTRY_KEY]) {
    g[REGISTRY_KEY] = new Map<string, Loader>([
      ['spinglass', async () => (await import('./execute-spinglass.js')).executeSpinGlass],
      ['network', async () => (await import('./execute-network.js')).executeNetwork],
    ]);
  }
  return g[REGISTRY_KEY];
}

/** Use `executor` for every spec of this landscape kind (in this thread). Returns a function that restores the previous one. */
export function registerExecutor(kind: LandscapeKind, executor: RunExecutor): () => void {
  const previous = registry().get(kind);
  registry().set(kind, async () => executor);
  return () => {
    if (previous) registry().set(kind, previous);
    else registry().delete(kind);
  };
}

/** The executor for a landscape kind. */
export async function executorFor(kind: LandscapeKind): Promise<RunExecutor> {
  const loader = registry().get(kind);
  if (!loader) throw new Error(`no executor registered for landscape kind '${kind}'`);
  return loader();
}

/** Import executor modules (file URLs or paths); each registers its executors when loaded. */
export async function loadExecutorModules(modules: readonly string[]): Promise<void> {
  for (const m of modules) await import(m);
}
