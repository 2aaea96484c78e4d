import { randomInt } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CI_PROPERTY_SEED, checkBudget } from '../claims/budget.js';
import { checkClaim } from '../claims/check-claim.js';
import type { Claim, ClaimOutcome } from '../claims/claim.js';
import type { ClaimResult } from '../claims/claim-result.js';
import { engineContext } from '../claims/engine-context.js';
import type { FiniteSizeMap } from '../claims/finite-size-map.js';
import { claims as allClaims } from '../claims/registry.js';
import type { Profile, Scale } from '../claims/scale.js';
import { InputError } from '../core/input-error.js';
import type { Logger } from '../experiments/logger.js';
import { runExperiment, type StoreStatus, storeStatus } from '../experiments/run-experiment.js';
import type { Shard } from '../experiments/shard.js';
import type { ExperimentSpec } from '../experiments/spec.js';
import { type Counterexample, writeCounterexample } from '../report/counterexample.js';
import { counterexampleId } from '../report/counterexample-id.js';
import { claimFigures } from '../report/figures/claim-figures.js';
import { FINITE_SIZE_MAP_FILE, finiteSizeMapFigure } from '../report/finite-size-map-figure.js';
import type { HtmlFigure } from '../report/html-report.js';
import { withPaperColumn } from '../report/paper-column.js';
import { renderSvg } from '../report/render-svg.js';
import { type FigureFile, writeReport } from '../report/write-report.js';
import { COUNTEREXAMPLE_DATABASE, knownCounterexamples } from './counterexample-database.js';

export interface VerifyOptions {
  /** Claim ids to check; empty = all. */
  claimIds: string[];
  scale: Scale;
  profile: Profile;
  /** fast-check seed (--property-seed); default: fixed for the ci profile, drawn from node:crypto for explore. */
  seed?: number;
  outDir: string;
  resultsDir: string;
  counterexampleDir: string;
  databaseDir?: string;
  workers?: number;
  shard?: Shard;
  quiet?: boolean;
  logger?: Logger;
  command: string;
  /** Progress lines (stderr). */
  log?: (line: string) => void;
  /**
   * Judge from stored records only (`--no-compute`): refuse (InputError listing the missing runs per experiment and
   * the shard commands that fill them) if any run of the scale's experiments is missing; judge the scale's
   * configuration only (the property search over generated configurations would need new runs).
   */
  noCompute?: boolean;
  /** Told, before anything is computed, how many runs of the scale's experiments are missing (stderr, always). */
  announce?: (line: string) => void;
}

export interface VerifyOutcome {
  results: ClaimResult[];
  counterexamples: string[];
  reportDir?: string;
  /** 0 every claim holds or is inconclusive, 1 one fails. */
  exitCode: 0 | 1;
  /** Set when --shard ran a share of the experiments and judged nothing. */
  shardOnly?: { specs: number; computed: number };
}

// biome-ignore lint/suspicious/noExplicitAny: claims have different configuration types.
function selectClaims(ids: string[]): Claim<any>[] {
  if (ids.length === 0) return allClaims;
  const unknown = ids.filter((id) => !allClaims.some((c) => c.id === id));
  if (unknown.length > 0) {
    throw new InputError(`unknown claim ${unknown.join(', ')}; known claims: ${allClaims.map((c) => c.id).join(', ')}`);
  }
  return allClaims.filter((c) => ids.includes(c.id));
}

async function renderFigures(claimId: string, prefix: string, outcome: ClaimOutcome): Promise<FigureFile[]> {
  const files: FigureFile[] = [];
  for (const figure of claimFigures(claimId, outcome.figureInput, outcome.result)) {
    files.push({
      name: `${prefix}${figure.file}`,
      svg: await renderSvg(figure.spec),
      spec: figure.spec,
      claim: claimId,
    });
  }
  return files;
}

/**
 * The verify job: check each claim as a property at a scale and profile, write the report (markdown, JSON,
 * figures) and a counterexample file for every failure. With a shard, run that share of every claim's
 * experiments into the result store and judge nothing (merge the stores, then verify without --shard).
 */
export async function verify(options: VerifyOptions): Promise<VerifyOutcome> {
  const selected = selectClaims(options.claimIds);
  const log = options.log ?? (() => {});
  if (options.shard) {
    let specs = 0;
    let computed = 0;
    for (const claim of selected) {
      for (const spec of claim.specs(claim.configFor(options.scale))) {
        const records = await runExperiment(spec, {
          resultsDir: options.resultsDir,
          workers: options.workers,
          shard: options.shard,
          quiet: options.quiet,
          logger: options.logger,
        });
        specs += 1;
        computed += records.length;
      }
    }
    return { results: [], counterexamples: [], exitCode: 0, shardOnly: { specs, computed } };
  }
  announceOrRefuse(selected, options);
  const seed = options.seed ?? (options.profile === 'ci' ? CI_PROPERTY_SEED : explorePropertySeed(options));
  const context = engineContext({
    resultsDir: options.resultsDir,
    workers: options.workers,
    quiet: options.quiet,
    logger: options.logger,
    noCompute: options.noCompute,
  });
  const started = new Date().toISOString();
  const results: ClaimResult[] = [];
  const figures: FigureFile[] = [];
  const counterexampleFigures: HtmlFigure[] = [];
  const counterexamples: string[] = [];
  const finiteSizeMaps: FiniteSizeMap[] = [];
  for (const claim of selected) {
    log(`claim ${claim.id}: checking at scale ${options.scale}, profile ${options.profile}`);
    const check = await checkClaim(claim, {
      scale: options.scale,
      profile: options.profile,
      seed,
      budget: options.noCompute
        ? { ...checkBudget(options.scale, options.profile), numRuns: 0 }
        : checkBudget(options.scale, options.profile),
      examples: options.noCompute ? [] : knownCounterexamples(claim, options.databaseDir ?? COUNTEREXAMPLE_DATABASE),
      // A confirmation needs new runs; with --no-compute one configuration is judged, one test at the rule's α.
      confirm: !options.noCompute,
      context,
    });
    if (check.finiteSizeMap) finiteSizeMaps.push(check.finiteSizeMap);
    const scaleFigures = await renderFigures(claim.id, `${claim.id}-`, check.scaleOutcome);
    figures.push(...scaleFigures);
    let result: ClaimResult = {
      ...withPaperColumn(claim.id, check.scaleOutcome.figureInput, check.scaleOutcome.result),
      figures: scaleFigures.map((f) => f.name),
    };
    if (check.lead) {
      // A failure at its own level that the fresh-seed confirmation did not reproduce (family-wise control,
      // src/claims/check-claim.ts): reported as a lead. When it was the scale's own configuration, the scale's
      // verdict cannot stand as "fails" either.
      const lead = check.lead;
      const confirmation = lead.confirmation?.outcome.result;
      const note =
        `lead, not a verdict: ${JSON.stringify(lead.confirmation?.failed)} failed at its own level ` +
        `(${lead.outcome.result.statistic.name} = ${lead.outcome.result.statistic.value}), but its rerun on fresh seeds ` +
        `was judged ${confirmation?.verdict} (${confirmation?.reason})`;
      result =
        result.verdict === 'fails'
          ? { ...result, verdict: 'inconclusive', reason: `${result.reason}; ${note}` }
          : { ...result, reason: `${result.reason}; ${note}` };
    }
    if (check.failure) {
      const failure = check.failure;
      const id = counterexampleId(failure.config);
      const ceFigures = await renderFigures(claim.id, `${claim.id}-${id}-`, failure.outcome);
      const ce: Counterexample = {
        claim: claim.id,
        id,
        configuration: failure.config,
        result: failure.outcome.result,
        fastCheck: {
          seed: failure.seed,
          path: failure.path,
          numRuns: failure.numRuns,
          shrinkSteps: failure.numShrinks,
          shrinkingStoppedEarly: failure.shrinkingStoppedEarly,
        },
        experiments: claim.specs(failure.config).map(experimentOf),
        replayCommand: `landscape replay ${join(options.counterexampleDir, `${claim.id}-${id}.json`)}`,
        figure: ceFigures[0]?.name,
        ...(failure.confirmation
          ? {
              confirmation: {
                failed: failure.confirmation.failed,
                configuration: failure.confirmation.config,
                verdict: failure.confirmation.outcome.result.verdict,
                reason: failure.confirmation.outcome.result.reason,
              },
            }
          : {}),
      };
      const written = writeCounterexample(options.counterexampleDir, ce);
      if (ceFigures.length > 0) {
        writeReportFigures(options.counterexampleDir, ceFigures);
      }
      for (const f of ceFigures) {
        if (f.spec)
          counterexampleFigures.push({ claim: claim.id, name: f.name, spec: f.spec, replay: ce.replayCommand });
      }
      counterexamples.push(written.json);
      if (result.verdict !== 'fails') {
        const how = failure.confirmation ? 'confirmed on fresh seeds' : 'judged from stored runs only';
        result = {
          ...withPaperColumn(claim.id, failure.outcome.figureInput, failure.outcome.result),
          figures: result.figures,
          reason: `counterexample ${written.json} (shrunk in ${failure.numShrinks} steps${failure.shrinkingStoppedEarly ? ', shrinking stopped early by its budget' : ''}; ${how}): ${failure.outcome.result.reason}`,
        };
      }
    }
    log(`claim ${claim.id}: ${result.verdict} — ${result.statistic.name} = ${result.statistic.value}`);
    results.push(result);
  }
  if (finiteSizeMaps.length > 0) {
    figures.push({ name: FINITE_SIZE_MAP_FILE, svg: await renderSvg(finiteSizeMapFigure(finiteSizeMaps)) });
  }
  writeReport(
    options.outDir,
    {
      claims: results,
      ...(finiteSizeMaps.length > 0 ? { finiteSizeMaps } : {}),
      meta: {
        scale: options.scale,
        profile: options.profile,
        seed,
        started,
        finished: new Date().toISOString(),
        versions: { node: process.version, 'landscape-claims': '0.1.0' },
        command: options.command,
      },
    },
    figures,
    counterexampleFigures,
  );
  const exitCode = results.some((r) => r.verdict === 'fails') ? 1 : 0;
  return { results, counterexamples, reportDir: options.outDir, exitCode };
}

/**
 * Before judging: count the stored and missing runs of the scale's experiments (each spec once). With noCompute,
 * any missing run is an InputError naming, per experiment, how many runs are missing and the commands that fill
 * them; otherwise the count of runs about to be computed is announced.
 */
// biome-ignore lint/suspicious/noExplicitAny: claims have different configuration types.
function announceOrRefuse(selected: Claim<any>[], options: VerifyOptions): void {
  const seen = new Map<string, { claims: string[]; status: StoreStatus }>();
  for (const claim of selected) {
    for (const spec of claim.specs(claim.configFor(options.scale))) {
      const status = storeStatus(spec, options.resultsDir, { logger: options.logger });
      const entry = seen.get(status.specHash);
      if (entry) entry.claims.push(claim.id);
      else seen.set(status.specHash, { claims: [claim.id], status });
    }
  }
  const entries = [...seen.values()];
  const missing = entries.filter((e) => e.status.stored < e.status.expected);
  const total = entries.reduce((s, e) => s + e.status.expected, 0);
  const absent = missing.reduce((s, e) => s + e.status.expected - e.status.stored, 0);
  if (options.noCompute) {
    if (missing.length === 0) return;
    const list = missing
      .map(({ claims, status }) => {
        const sizes = status.missing.map((m) => `N/n1=${m.size}: ${m.runs.length}`).join(', ');
        return `${claims.join('+')} ${status.spec.name ?? ''} ${status.specHash.slice(0, 12)}: ${status.expected - status.stored} of ${status.expected} missing (${sizes})`;
      })
      .join('; ');
    const ids = [...new Set(missing.flatMap((m) => m.claims))].join(' ');
    throw new InputError(
      `--no-compute: ${absent} of ${total} runs are not in ${options.resultsDir}: ${list}. ` +
        `Fill them with \`landscape verify ${ids} --scale ${options.scale} --shard i/n --results DIR_i\` for i = 1…n ` +
        `on the machines, then \`landscape merge DIR_1 … DIR_n --out ${options.resultsDir}\``,
    );
  }
  if (absent > 0) {
    options.announce?.(
      `verify: about to compute ${absent} runs of ${missing.length} experiments (${total - absent} of ${total} stored in ${options.resultsDir})`,
    );
  }
}

/** Figures of a counterexample sit beside its .json and .md. */
function writeReportFigures(dir: string, files: FigureFile[]): void {
  for (const f of files) writeFileSync(join(dir, f.name), f.svg);
}

/** Which landscapes and seeds a counterexample's experiments used (the file states them). */
function experimentOf(spec: ExperimentSpec): NonNullable<Counterexample['experiments']>[number] {
  const l = spec.landscape as { kind: string; disorder?: string; landscapes?: number };
  return {
    name: spec.name ?? '',
    seed: spec.seed,
    sizes: [...spec.sizes],
    runsPerSize: spec.runsPerSize,
    landscape: l.kind,
    disorder: l.disorder ?? null,
    landscapesPerSize:
      l.disorder === 'landscapes'
        ? (l.landscapes ?? null)
        : l.disorder === 'per-run'
          ? spec.runsPerSize
          : l.kind === 'spinglass'
            ? 1
            : null,
  };
}

/** The explore profile's fast-check seed: drawn from node:crypto, and printed so that the run can be repeated. */
function explorePropertySeed(options: VerifyOptions): number {
  const seed = randomInt(2 ** 31);
  options.announce?.(`explore: property seed ${seed} (repeat this run with --property-seed ${seed})`);
  return seed;
}
