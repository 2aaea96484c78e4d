/**
 * Experiment specs: a typed, validated description of a family of runs (a landscape, an optimizer, a ladder of
 * sizes, a number of runs per size, a master seed and what to measure). Every spec that comes from outside (a
 * file, the command line, a claim) goes through {@link parseSpec}: an invalid spec is rejected with one message per
 * bad field, naming the field's path and the allowed values, before anything runs.
 */
import { z } from 'zod';
import { InputError } from '../core/input-error.js';
import { readRegularFile } from '../io/read-regular-file.js';
import { sizeLimitProblems } from './spec-limits.js';
import { normaliseSpec } from './spec-normalise.js';

const positiveInt = z.number().int().min(1);
const positive = z.number().positive();
const nonNegative = z.number().min(0);

/** The spherical p-spin glass H(w) = N^{-(p-1)/2} Σ J w⋯w on |w|² = N (README, conventions). */
export const spinGlassLandscapeSchema = z.strictObject({
  kind: z.literal('spinglass'),
  /** Interaction order p ≥ 2. */
  p: z.number().int().min(2).max(8),
  ensemble: z.enum(['gaussian', 'rademacher', 'uniform']),
  /**
   * 'fixed': one coupling sample per size, shared by all runs of that size; 'per-run': a fresh sample per run;
   * 'landscapes': `landscapes` = L coupling samples per size, run r on landscape r mod L ({@link landscapeOfRun}).
   */
  disorder: z.enum(['fixed', 'per-run', 'landscapes']),
  /** L ≥ 1 coupling samples per size (disorder 'landscapes' only, and required there). */
  landscapes: z.number().int().min(1).max(100_000).optional(),
  /** P ≥ 1 independent sub-samples (each of variance 1/P) summed into the couplings; SGD steps through them. */
  subsamples: z.number().int().min(1).max(1000).optional(),
});

/** A ReLU network on MNIST downsampled to 10×10; the size ladder is the hidden width n1. */
export const networkLandscapeSchema = z.strictObject({
  kind: z.literal('network'),
  /** Number of hidden layers. */
  depth: z.number().int().min(1).max(8),
  task: z.enum(['multiclass', 'binary']),
  /** The digit classes used (all ten when absent; exactly two for the binary task). */
  digits: z.array(z.number().int().min(0).max(9)).min(2).max(10).optional(),
  trainSize: positiveInt,
  testSize: positiveInt,
  /** Weight initialisation (src/network/init.ts). */
  init: z.enum(['torch-default', 'unit-cube']),
  /** How 28×28 MNIST is brought down to 10×10. */
  downsample: z.enum(['block', 'bilinear']),
});

export const landscapeSpecSchema = z.discriminatedUnion('kind', [spinGlassLandscapeSchema, networkLandscapeSchema]);

/** Levels of the scaled Riemannian gradient norm ‖grad f‖/√energyScale whose first crossing is recorded. */
const haltingThresholds = z.array(z.number().positive()).max(64).optional();

/** Gradient-descent parameters (src/optim/gradient-descent.ts): step γ_t = learningRate / (1 + decay·t). */
const gdFields = {
  learningRate: positive,
  decay: nonNegative,
  /** Stop when ‖grad_R f‖ / √energyScale < tolerance. */
  tolerance: nonNegative,
  maxIterations: positiveInt,
  haltingThresholds,
};

/** Projected (on the sphere) or plain gradient descent, batch-first over the runs of a batch. */
export const gdSpecSchema = z.strictObject({ kind: z.literal('gd'), ...gdFields });

/**
 * Stochastic gradient descent. Spin glass (src/optim/stochastic-gradient-descent.ts): `epochs` passes over the P
 * sub-samples (step t uses sub-sample t mod P) with γ_t = learningRate / (1 + decay·t), then the gradient-descent
 * `polish` (decay and polish required). Networks (src/network/train-sgd.ts): `epochs` passes over the training
 * set in mini-batches of `batchSize` (required) with γ_t = learningRate / (1 + t/H), H = `decayHorizon` samples
 * (default n_train, the authors' schedule; the paper-matched schedule of src/network/sgd-schedule.ts sets both)
 * (no decay, no polish).
 */
export const sgdSpecSchema = z.strictObject({
  kind: z.literal('sgd'),
  learningRate: positive,
  decay: nonNegative.optional(),
  epochs: positiveInt,
  batchSize: positiveInt.optional(),
  /** Networks only: H, the samples over which the step halves (default the training-set size). */
  decayHorizon: positive.optional(),
  polish: z.strictObject(gdFields).optional(),
});

/**
 * Networks only: anneal on the mean loss of a fixed stratified subset of this many training digits
 * (src/network/network-annealing.ts, annealingSubset) instead of the whole training set (the default when absent).
 */
const annealingSubsetSize = positiveInt.optional();

/** Simulated annealing (src/optim/simulated-annealing.ts): T_k = T0·ρ^k from initialTemperature to finalTemperature. */
export const saSpecSchema = z.strictObject({
  kind: z.literal('sa'),
  /** Energy evaluations in all (the start plus budget − 1 proposals). */
  budget: positiveInt,
  initialTemperature: positive,
  finalTemperature: positive,
  /** σ0, the per-coordinate standard deviation of the Gaussian proposal. */
  proposalScale: positive,
  /** Adapt σ to a 30% acceptance rate. */
  adaptProposal: z.boolean(),
  subsetSize: annealingSubsetSize,
});

/** Simulated annealing over ternary weights {−1, 0, 1} (networks only). */
export const saTernarySpecSchema = z.strictObject({
  kind: z.literal('sa-ternary'),
  budget: positiveInt,
  initialTemperature: positive,
  finalTemperature: positive,
  /** Per-layer scale of the ternary values: 'none' (t itself) or 'fan-in' (t/√fanIn). */
  scale: z.enum(['none', 'fan-in']),
  subsetSize: annealingSubsetSize,
});

/**
 * Spin glass only: a search for critical points of any index (src/optim/critical-point-search.ts, damped Newton on
 * grad_R H = 0), from the run's 'init' start moved first by t_r gradient-descent steps (step
 * spinGlassLearningRate(p)), t_r = descentStepsOfStart(r mod ladderLength, ladderLength, descentSteps): a geometric
 * ladder from 0 to descentSteps over runs 0..ladderLength − 1 (src/optim/critical-point-census.ts). The ladder
 * length is a field here, not runsPerSize, because runsPerSize is not part of the spec hash and a run must not
 * depend on it. Needs measure.index (the index of the found point is the point of the search).
 */
export const criticalPointSearchSpecSchema = z.strictObject({
  kind: z.literal('critical-point-search'),
  /** The most gradient-descent steps before the search (the last rung of the ladder). */
  descentSteps: z.number().int().min(0).max(1_000_000),
  /** Runs over which the descent-step ladder rises from 0 to descentSteps (then it repeats). */
  ladderLength: positiveInt,
  /** Converged when ‖grad_R H‖/√N < tolerance. */
  tolerance: z.number().positive().max(1e-2),
  /** Iteration cap of the search (trial steps, accepted or rejected). */
  maxIterations: z.number().int().min(1).max(100_000),
});

export const optimizerSpecSchema = z.discriminatedUnion('kind', [
  gdSpecSchema,
  sgdSpecSchema,
  saSpecSchema,
  saTernarySpecSchema,
  criticalPointSearchSpecSchema,
]);

export const experimentSpecSchema = z
  .strictObject({
    name: z.string().max(200).optional(),
    description: z.string().max(5000).optional(),
    landscape: landscapeSpecSchema,
    optimizer: optimizerSpecSchema,
    /** The size ladder: N for the spin glass, the hidden width n1 for networks. */
    sizes: z.array(z.number().int().min(2).max(100_000)).min(1).max(1000),
    runsPerSize: z.number().int().min(1).max(1_000_000),
    /** Master seed: every run's streams derive from it (see spec-hash.ts). */
    seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    measure: z.strictObject({ index: z.boolean() }),
  })
  .superRefine((spec, ctx) => {
    const seen = new Set<number>();
    spec.sizes.forEach((size, i) => {
      if (seen.has(size)) ctx.addIssue({ code: 'custom', path: ['sizes', i], message: `duplicate size ${size}` });
      seen.add(size);
    });
    for (const [i, message] of sizeLimitProblems(spec)) ctx.addIssue({ code: 'custom', path: ['sizes', i], message });
    const opt = spec.optimizer;
    if ((opt.kind === 'sa' || opt.kind === 'sa-ternary') && opt.finalTemperature > opt.initialTemperature) {
      ctx.addIssue({
        code: 'custom',
        path: ['optimizer', 'finalTemperature'],
        message: `must be ≤ initialTemperature (${opt.initialTemperature}), got ${opt.finalTemperature}`,
      });
    }
    if (opt.kind === 'sgd' && spec.landscape.kind === 'spinglass') {
      if (opt.polish === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['optimizer', 'polish'],
          message: 'missing (the spin-glass SGD ends with a GD polish: learningRate, decay, tolerance, maxIterations)',
        });
      }
      if (opt.decay === undefined) {
        ctx.addIssue({ code: 'custom', path: ['optimizer', 'decay'], message: 'missing (number ≥ 0)' });
      }
      if (opt.decayHorizon !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['optimizer', 'decayHorizon'],
          message: 'only for network SGD (the spin-glass step is learningRate / (1 + decay·t)); remove it',
        });
      }
    }
    if (opt.kind === 'sgd' && spec.landscape.kind === 'network') {
      if (opt.batchSize === undefined) {
        ctx.addIssue({ code: 'custom', path: ['optimizer', 'batchSize'], message: 'missing (positive integer)' });
      }
      for (const field of ['decay', 'polish'] as const) {
        if (opt[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['optimizer', field],
            message: 'not used by network SGD (its step is learningRate / (1 + t/n_train)); remove it',
          });
        }
      }
    }
    if (spec.landscape.kind === 'spinglass') {
      const { disorder, landscapes } = spec.landscape;
      if (disorder === 'landscapes' && landscapes === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['landscape', 'landscapes'],
          message:
            "missing (the number L ≥ 1 of coupling samples per size that disorder 'landscapes' spreads the runs over)",
        });
      }
      if (disorder !== 'landscapes' && landscapes !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['landscape', 'landscapes'],
          message: `only with disorder 'landscapes' (disorder '${disorder}' fixes the samples per size); remove it`,
        });
      }
    }
    if (spec.landscape.kind === 'spinglass' && opt.kind === 'sa-ternary') {
      ctx.addIssue({
        code: 'custom',
        path: ['optimizer', 'kind'],
        message:
          'sa-ternary needs a network landscape; for the spin glass use one of gd, sgd, sa, critical-point-search',
      });
    }
    if (opt.kind === 'critical-point-search') {
      if (spec.landscape.kind !== 'spinglass') {
        ctx.addIssue({
          code: 'custom',
          path: ['optimizer', 'kind'],
          message: 'critical-point-search needs a spinglass landscape; for networks use one of sgd, sa, sa-ternary',
        });
      }
      if (!spec.measure.index) {
        ctx.addIssue({
          code: 'custom',
          path: ['measure', 'index'],
          message: 'must be true for critical-point-search (the index of each found critical point is recorded)',
        });
      }
    }
    if ((opt.kind === 'sa' || opt.kind === 'sa-ternary') && opt.subsetSize !== undefined) {
      if (spec.landscape.kind !== 'network') {
        ctx.addIssue({
          code: 'custom',
          path: ['optimizer', 'subsetSize'],
          message: 'only for networks (the subset of training digits annealing evaluates); remove it',
        });
      } else if (opt.subsetSize > spec.landscape.trainSize) {
        ctx.addIssue({
          code: 'custom',
          path: ['optimizer', 'subsetSize'],
          message: `must be ≤ landscape.trainSize (${spec.landscape.trainSize}), got ${opt.subsetSize}`,
        });
      }
    }
    if (spec.landscape.kind === 'network') {
      const digits = spec.landscape.digits;
      if (digits !== undefined && new Set(digits).size !== digits.length) {
        ctx.addIssue({ code: 'custom', path: ['landscape', 'digits'], message: 'digits must be distinct' });
      }
      if (spec.landscape.task === 'binary' && (digits === undefined || digits.length !== 2)) {
        ctx.addIssue({
          code: 'custom',
          path: ['landscape', 'digits'],
          message: 'the binary task needs exactly two digits, e.g. [3, 5]',
        });
      }
    }
  });

export type SpinGlassLandscapeSpec = z.infer<typeof spinGlassLandscapeSchema>;
export type NetworkLandscapeSpec = z.infer<typeof networkLandscapeSchema>;
export type LandscapeSpec = z.infer<typeof landscapeSpecSchema>;
export type OptimizerSpec = z.infer<typeof optimizerSpecSchema>;
export type CriticalPointSearchSpec = z.infer<typeof criticalPointSearchSpecSchema>;
export type ExperimentSpec = z.infer<typeof experimentSpecSchema>;

/**
 * The landscape (coupling sample) index of run `run` at any size: 0 under 'fixed' disorder (one sample per size),
 * `run` under 'per-run', and `run mod L` under 'landscapes' (round robin: landscape l holds runs l, l + L, l + 2L, …,
 * so growing runsPerSize keeps every stored run on its landscape and every landscape gets an even share of the
 * runs, and of any shard's runs when the shard count divides L). The disorder stream of a run is the
 * landscape's: {problem master, 'disorder', size, landscape index} (src/experiments/execute-spinglass.ts).
 */
export function landscapeOfRun(landscape: SpinGlassLandscapeSpec, run: number): number {
  if (landscape.disorder === 'fixed') return 0;
  if (landscape.disorder === 'per-run') return run;
  const count = landscape.landscapes;
  if (count === undefined) throw new Error("disorder 'landscapes' needs landscape.landscapes");
  return run % count;
}

/** "optimizer.learningRate", "sizes[2]", or "spec" for the root. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'spec' : out;
}

function issueMessages(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field`);
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue) {
    const options = (issue as { options?: unknown[] }).options ?? [];
    return [`${formatPath(issue.path)}: must be one of ${options.map(String).join(', ')}`];
  }
  if (issue.code === 'invalid_value') {
    return [`${formatPath(issue.path)}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`];
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return [`${formatPath(issue.path)}: missing (expected ${issue.expected})`];
  }
  return [`${formatPath(issue.path)}: ${issue.message}`];
}

/** All problems of a candidate spec, one message per bad field ("path: what is wrong / allowed values"). */
export function specProblems(input: unknown): string[] {
  const result = experimentSpecSchema.safeParse(input);
  return result.success ? [] : result.error.issues.flatMap(issueMessages);
}

/** An invalid spec: `problems` holds one message per bad field; the message joins them with '; '. */
export class SpecError extends InputError {
  constructor(readonly problems: string[]) {
    super(`invalid experiment spec: ${problems.join('; ')}`);
  }
}

/**
 * Validate a spec from outside and return its normal form (spec-normalise.ts: defaults dropped, sets sorted, so
 * equivalent specs share one hash). Throws {@link SpecError} (an InputError) listing every bad field.
 */
export function parseSpec(input: unknown): ExperimentSpec {
  const result = experimentSpecSchema.safeParse(input);
  if (!result.success) throw new SpecError(result.error.issues.flatMap(issueMessages));
  return normaliseSpec(result.data);
}

/** Read and validate a spec file (JSON). */
export function loadSpecFile(path: string): ExperimentSpec {
  // A regular file only (a FIFO or a device would block or never end): InputError otherwise.
  const text = readRegularFile(path, 'spec file').toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`spec file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseSpec(json);
}
