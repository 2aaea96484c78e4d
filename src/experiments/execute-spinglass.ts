/**
 * The spin-glass executor: runs of a spherical p-spin spec (section 6 of the paper), computed from their streams.
 *
 * Streams (src/random/streams.ts; paired seeding, see spec-hash.ts):
 *   disorder     problem master; its index is the run's landscape (landscapeOfRun in spec.ts): 0 under fixed
 *                disorder (one coupling sample per size, shared by every run of that size), the run's own index
 *                under per-run disorder, r mod L under disorder 'landscapes' (L samples per size, run r on sample
 *                r mod L). A coupling sample is therefore a function of (seed, landscape spec, size, landscape index).
 *   init         problem master; the start, uniform on |w|² = N
 *   proposal     optimizer master; simulated-annealing proposals and acceptance draws
 *   monte-carlo  optimizer master; the Lanczos start vector of the index estimate (large N only)
 * The problem master depends on (seed, landscape) only, so specs that differ only in the optimizer share the
 * coupling samples and the starts of every run.
 * 'critical-point-search' (saddles and minima, for the layers claim): run r starts from its 'init' point moved by the
 * ladder's descent steps, then damped Newton on grad_R H = 0 (criticalPointOfStart in
 * src/optim/critical-point-census.ts); a run that does not converge is 'ok' with converged false.
 * A task's runs are grouped by landscape: each group's coupling sample is built once, the group is advanced together
 * (batch-first GD/SGD, whose replica b equals a run from that start alone, bit for bit; GD carries DESCENT_WIDTH
 * starts per evaluation call and starts the next waiting one whenever one converges: continuous refill, so a task of
 * many starts keeps its batch full until the starts run out), its indices are measured,
 * and the sample is dropped before the next group is built, so a task holds one sample at a time (at N = 500,
 * p = 3 a sample is 168 MB) and records do not depend on the batching. The work plan (work-plan.ts) gives a task
 * the runs of one landscape under disorder 'landscapes'. Records of disorder 'landscapes' carry the landscape
 * index (`landscape`); records of 'fixed' and 'per-run' do not (they are what they were before that mode).
 *
 * `landscape spinglass --couplings J.npy` passes a loaded coupling sample instead (fixed disorder): its records
 * carry no disorder stream, and the engine never stores them (no spec can name the file).
 */

import { criticalPointOfStart, descentStepsOfStart } from '../optim/critical-point-census.js';
import { gradientDescent } from '../optim/gradient-descent.js';
import type { OptimizerRun } from '../optim/run-result.js';
import { simulatedAnnealing } from '../optim/simulated-annealing.js';
import { stochasticGradientDescent } from '../optim/stochastic-gradient-descent.js';
import { type StreamId, stream, streamSeed } from '../random/streams.js';
import { randomSpherePoint } from '../spinglass/random-point.js';
import { SpinGlassLandscape } from '../spinglass/spin-glass-landscape.js';
import { plateauDrop } from '../stats/loss-plateau.js';
import { type EnginePlant, type ExecutorOptions, plantedOptimizer } from './engine-plant.js';
import type { RunRecord, SpinGlassMetrics } from './run-record.js';
import {
  type CriticalPointSearchSpec,
  type ExperimentSpec,
  landscapeOfRun,
  type OptimizerSpec,
  type SpinGlassLandscapeSpec,
} from './spec.js';
import { masterFor, specHash } from './spec-hash.js';
import { DESCENT_WIDTH } from './work-plan.js';

/** An optimizer run, with the critical-point search's extra counts when it was one. */
type Run = OptimizerRun & { descentSteps?: number; hessianEvaluations?: number };

/**
 * Run r of 'critical-point-search': the start moved by the ladder's t_r descent steps, then the search
 * (criticalPointOfStart, the census's own per-start code). Evaluations count value-and-gradient calls of both.
 */
function searchRun(
  landscape: SpinGlassLandscape,
  optimizer: CriticalPointSearchSpec,
  start: Float64Array,
  run: number,
): Run {
  const rung = run % optimizer.ladderLength;
  const steps = descentStepsOfStart(rung, optimizer.ladderLength, optimizer.descentSteps);
  const result = criticalPointOfStart(landscape, start, steps, optimizer);
  const finite = Number.isFinite(result.energy) && Number.isFinite(result.gradNorm);
  return {
    point: result.point,
    energy: result.energy,
    scaledEnergy: result.scaledEnergy,
    gradNorm: result.gradNorm,
    iterations: result.iterations,
    energyEvaluations: result.totalGradientEvaluations,
    gradientEvaluations: result.totalGradientEvaluations,
    haltingTimes: [],
    converged: result.converged,
    descentSteps: steps,
    hessianEvaluations: result.hessianEvaluations,
    ...(finite ? {} : { diverged: `non-finite energy or gradient norm (${result.energy}, ${result.gradNorm})` }),
  };
}

function optimize(
  landscape: SpinGlassLandscape,
  optimizer: OptimizerSpec,
  starts: Float64Array[],
  proposalIds: StreamId[],
  runs: number[],
): Run[] {
  switch (optimizer.kind) {
    case 'gd':
      return gradientDescent(landscape, starts, {
        learningRate: optimizer.learningRate,
        decay: optimizer.decay,
        tolerance: optimizer.tolerance,
        maxIterations: optimizer.maxIterations,
        haltingThresholds: optimizer.haltingThresholds,
        width: DESCENT_WIDTH,
      });
    case 'sgd': {
      if (!optimizer.polish || optimizer.decay === undefined) {
        throw new Error(
          'spin-glass SGD needs optimizer.decay and optimizer.polish (the spec validation requires them)',
        );
      }
      return stochasticGradientDescent(landscape, starts, {
        learningRate: optimizer.learningRate,
        decay: optimizer.decay,
        epochs: optimizer.epochs,
        polish: optimizer.polish,
      });
    }
    case 'sa':
      return starts.map((start, i) =>
        simulatedAnnealing(landscape, start, {
          budget: optimizer.budget,
          initialTemperature: optimizer.initialTemperature,
          finalTemperature: optimizer.finalTemperature,
          proposalScale: optimizer.proposalScale,
          adaptProposal: optimizer.adaptProposal,
          rng: stream(proposalIds[i]),
        }),
      );
    case 'sa-ternary':
      throw new Error('sa-ternary is for networks only (the spec validation rejects it for the spin glass)');
    case 'critical-point-search':
      return starts.map((start, i) => searchRun(landscape, optimizer, start, runs[i]));
  }
}

function landscapeSpec(spec: ExperimentSpec): SpinGlassLandscapeSpec {
  if (spec.landscape.kind !== 'spinglass') throw new Error(`the spin-glass executor got a ${spec.landscape.kind} spec`);
  return spec.landscape;
}

/** The disorder stream of landscape `landscape` (a coupling sample index, see landscapeOfRun) at size N. */
function disorderId(spec: ExperimentSpec, size: number, landscape: number): StreamId {
  return { master: masterFor(spec, 'disorder'), purpose: 'disorder', size, run: landscape };
}

/** Coupling sample `landscape` (0 ≤ landscape index; see landscapeOfRun) of the spec at size N. */
export function spinGlassLandscapeSample(spec: ExperimentSpec, size: number, landscape: number): SpinGlassLandscape {
  const land = landscapeSpec(spec);
  return SpinGlassLandscape.sample({
    n: size,
    p: land.p,
    ensemble: land.ensemble,
    rng: stream(disorderId(spec, size, landscape)),
    subsamples: land.subsamples,
  });
}

/** The coupling sample that run `run` of the spec uses at size N. */
export function spinGlassSample(spec: ExperimentSpec, size: number, run: number): SpinGlassLandscape {
  return spinGlassLandscapeSample(spec, size, landscapeOfRun(landscapeSpec(spec), run));
}

/** The runs of a task grouped by landscape index, groups in order of first appearance, runs in task order. */
function groupByLandscape(land: SpinGlassLandscapeSpec, runs: number[]): { landscape: number; positions: number[] }[] {
  const groups = new Map<number, number[]>();
  runs.forEach((run, i) => {
    const l = landscapeOfRun(land, run);
    const group = groups.get(l);
    if (group) group.push(i);
    else groups.set(l, [i]);
  });
  return [...groups].map(([landscape, positions]) => ({ landscape, positions }));
}

/** Options of the spin-glass executor: `couplings` (fixed disorder only) replaces the sampled landscape. */
export interface SpinGlassExecutorOptions extends ExecutorOptions {
  couplings?: SpinGlassLandscape;
}

/**
 * A planted landscape (engine-plant.ts): 'hamiltonian-normalisation' multiplies the couplings (every component, in
 * place: the sample is this task's own) by N^shift; other plants leave it alone.
 */
function plantLandscape(landscape: SpinGlassLandscape, plant: EnginePlant | undefined): SpinGlassLandscape {
  if (plant?.kind !== 'hamiltonian-normalisation') return landscape;
  const factor = landscape.n ** plant.shift;
  const arrays = new Set([
    landscape.couplings.coefficients,
    ...landscape.componentCouplings.map((c) => c.coefficients),
  ]);
  for (const a of arrays) for (let i = 0; i < a.length; i++) a[i] *= factor;
  return landscape;
}

/** The landscape the index is measured on: under 'hessian-shift' its geometry's −(w·∇H/N)·I term is scaled. */
function indexLandscape(landscape: SpinGlassLandscape, plant: EnginePlant | undefined): SpinGlassLandscape {
  if (plant?.kind !== 'hessian-shift') return landscape;
  const geometry = landscape.geometry;
  const factor = plant.factor;
  const view = Object.create(landscape) as SpinGlassLandscape;
  Object.defineProperty(view, 'geometry', {
    value: { ...geometry, hessianShift: (w: Float64Array, g: Float64Array) => factor * geometry.hessianShift(w, g) },
  });
  return view;
}

/** The records of `runs` at size N; `options.couplings` (fixed disorder only) replaces the sampled landscape. */
export async function executeSpinGlass(
  spec: ExperimentSpec,
  size: number,
  runs: number[],
  options: SpinGlassExecutorOptions = {},
): Promise<RunRecord[]> {
  const { couplings, planted } = options;
  // The index code is loaded only when the spec measures the index.
  const hessianIndex = spec.measure.index ? (await import('../optim/hessian-index.js')).hessianIndex : undefined;
  const land = landscapeSpec(spec);
  if (couplings && (land.disorder !== 'fixed' || couplings.n !== size || couplings.p !== land.p)) {
    throw new Error(`given couplings (N = ${couplings.n}, p = ${couplings.p}) need fixed disorder, N = ${size}`);
  }
  const hash = specHash(spec);
  const id = (purpose: StreamId['purpose'], run: number): StreamId => ({
    master: masterFor(spec, purpose),
    purpose,
    size,
    run,
  });

  const records: RunRecord[] = new Array(runs.length);
  for (const group of groupByLandscape(land, runs)) {
    const groupRuns = group.positions.map((i) => runs[i]);
    const starts = groupRuns.map((run) => randomSpherePoint(size, stream(id('init', run))));
    const proposalIds = groupRuns.map((run) => id('proposal', run));
    const landscape = couplings ?? plantLandscape(spinGlassLandscapeSample(spec, size, group.landscape), planted);
    const optimizer = plantedOptimizer(spec.optimizer, planted, size);
    const results = optimize(landscape, optimizer, starts, proposalIds, groupRuns);
    const measured = indexLandscape(landscape, planted);
    groupRuns.forEach((run, j) => {
      const result = results[j];
      const streams: Record<string, string> = couplings
        ? {}
        : { disorder: streamSeed(disorderId(spec, size, group.landscape)) };
      streams.init = streamSeed(id('init', run));
      if (spec.optimizer.kind === 'sa') streams.proposal = streamSeed(proposalIds[j]);
      const base: Pick<RunRecord, 'specHash' | 'size' | 'run' | 'streams' | 'landscape'> = {
        specHash: hash,
        size,
        run,
        streams,
      };
      if (land.disorder === 'landscapes') base.landscape = group.landscape;
      const position = group.positions[j];
      if (result.diverged !== undefined) {
        records[position] = { ...base, status: 'diverged', reason: result.diverged, metrics: null };
        return;
      }
      const metrics: SpinGlassMetrics = {
        energy: result.energy,
        scaledEnergy: result.scaledEnergy,
        gradNorm: result.gradNorm,
        iterations: result.iterations,
        energyEvaluations: result.energyEvaluations,
        gradientEvaluations: result.gradientEvaluations,
        haltingTimes: result.haltingTimes,
        converged: result.converged,
      };
      if (result.descentSteps !== undefined) metrics.descentSteps = result.descentSteps;
      const curve = (result as { lossCurve?: number[] }).lossCurve;
      if (curve) {
        // Annealing: its plateau record (src/stats/loss-plateau.ts).
        metrics.lossCurve = curve;
        metrics.plateauDrop = plateauDrop(curve);
      }
      if (result.hessianEvaluations !== undefined) metrics.hessianEvaluations = result.hessianEvaluations;
      if (hessianIndex) {
        const indexId = id('monte-carlo', run);
        streams.index = streamSeed(indexId);
        const index = hessianIndex(measured, result.point, { rng: stream(indexId) });
        metrics.index = index.index;
        metrics.normalizedIndex = index.normalizedIndex;
      }
      records[position] = { ...base, status: 'ok', metrics };
    });
  }
  return records;
}
