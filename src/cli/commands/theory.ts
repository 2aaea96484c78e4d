import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { InputError } from '../../core/input-error.js';
import { censusCoverage, censusCoverageByIndex } from '../../optim/census-coverage.js';
import { criticalPointCensus } from '../../optim/critical-point-census.js';
import { criticalLevels } from '../../theory/critical-levels.js';
import { criticalPointCounts } from '../../theory/critical-point-counts.js';
import { eInfinity } from '../../theory/e-infinity.js';
import { theta, thetaK } from '../../theory/theta.js';
import { integerFlag, numberFlag } from '../validate.js';

interface TheoryArgs {
  p: number;
  kmax: number;
  u: number[] | undefined;
  json: boolean;
  counts: boolean;
  census: boolean;
  n: number | undefined;
  samples: number | undefined;
  starts: number;
  seed: number;
  descentSteps: number;
}

/** What `landscape theory --json` prints (energies in units of N; level u means H = u·N). */
export interface TheoryReport {
  p: number;
  E_inf: number;
  E_0: number;
  E_k: number[];
  levels: { u: number; theta: number; theta_k: number[] }[];
}

export const MAX_KMAX = 1000;
export const MAX_P = 1000;
/** |u| bound for --u: keeps u² (and so every Θ) finite in the JSON output. */
export const MAX_ABS_U = 1e6;

/** Validate the flags and compute the report. Bad flags → InputError. */
export function theoryReport(args: { p: unknown; kmax: unknown; u: unknown }): TheoryReport {
  const p = integerFlag('p', args.p, 2, MAX_P);
  const kmax = integerFlag('kmax', args.kmax, 0, MAX_KMAX);
  const rawLevels = args.u === undefined ? [] : Array.isArray(args.u) ? args.u : [args.u];
  const levels = rawLevels.map((value) => numberFlag('u', value, -MAX_ABS_U, MAX_ABS_U));
  const eK = criticalLevels(p, kmax);
  return {
    p,
    E_inf: eInfinity(p),
    E_0: eK[0],
    E_k: eK,
    levels: levels.map((u) => ({
      u,
      theta: theta(u, p),
      theta_k: Array.from({ length: kmax + 1 }, (_, k) => thetaK(u, p, k)),
    })),
  };
}

function formatNumber(x: number): string {
  return x.toFixed(9).padStart(14);
}

/** The human-readable form: the levels E_k, then one row per requested u. */
export function formatTheoryReport(report: TheoryReport): string {
  const lines = [
    `spherical pure p-spin glass, p = ${report.p} (energies in units of N: level u means H = u·N)`,
    `E_inf = ${report.E_inf.toFixed(12)}   (threshold −E_inf·N; Choromanska et al. 2015, section 4)`,
    '',
    '  k           E_k   E_k − E_inf',
    ...report.E_k.map(
      (e, k) => `${String(k).padStart(3)}${formatNumber(e)}${(e - report.E_inf).toExponential(3).padStart(14)}`,
    ),
  ];
  if (report.p === 2) {
    lines.push('', 'p = 2: no exponential complexity; every E_k equals E_inf = √2 (no band).');
  }
  if (report.levels.length > 0) {
    const kmax = report.E_k.length - 1;
    const header = ['             u', '       Θ_p(u)'];
    for (let k = 0; k <= kmax; k += 1) header.push(`Θ_{${k},p}(u)`.padStart(14));
    lines.push('', header.join(''));
    for (const level of report.levels) {
      lines.push([level.u, level.theta, ...level.theta_k].map(formatNumber).join(''));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Largest N for --counts (the asymptotics; the exact count is skipped above EXACT_COUNT_MAX_N). */
export const MAX_COUNTS_N = 10_000_000;
/** Largest N for --census (a dense Hessian eigendecomposition per Newton step). */
export const MAX_CENSUS_N = 60;
export const MAX_CENSUS_STARTS = 100_000;

function levelsFlag(u: unknown): number[] {
  const raw = u === undefined ? [] : Array.isArray(u) ? u : [u];
  return raw.map((value) => numberFlag('u', value, -MAX_ABS_U, MAX_ABS_U));
}

/** The default levels of --counts and --census: below the ground state, −E_0, −E_∞, the band, 0 and above. */
function defaultLevels(p: number): number[] {
  const e = eInfinity(p);
  const e0 = criticalLevels(p, 0)[0];
  return [-e0 - 0.05, -e0, -e, -0.5 * e, 0, 0.5 * e];
}

/** What `landscape theory --counts --json` prints (natural logs; counts as numbers, null where they overflow). */
export interface CountsReport {
  p: number;
  n: number;
  E_inf: number;
  E_0: number;
  levels: {
    u: number;
    /** N·u, the paper's Λu axis. */
    lambda_u: number;
    regime: string;
    log_exact: number | null;
    log_asymptotic: number | null;
    index: {
      k: number;
      log_count: number;
      prefactor: string;
      /** Finite-N Monte Carlo over the GOE (with --samples): log count (null if no sample hit), its s.e., hits. */
      monte_carlo?: { log_count: number | null; standard_error: number | null; hits: number };
    }[];
  }[];
  /** The Monte Carlo's samples and seed (with --samples). */
  monte_carlo?: { samples: number; seed: number };
}

export const MAX_COUNT_SAMPLES = 1_000_000;

export function countsReport(args: {
  p: unknown;
  kmax: unknown;
  u: unknown;
  n: unknown;
  samples?: unknown;
  seed?: unknown;
}): CountsReport {
  const p = integerFlag('p', args.p, 2, MAX_P);
  const kmax = integerFlag('kmax', args.kmax, 0, MAX_KMAX);
  if (args.n === undefined) throw new InputError('--counts needs --n (the number of spins, e.g. 1000)');
  const n = integerFlag('n', args.n, 2, MAX_COUNTS_N);
  const given = levelsFlag(args.u);
  const levels = given.length > 0 ? given : defaultLevels(p);
  const samples = args.samples === undefined ? 0 : integerFlag('samples', args.samples, 0, MAX_COUNT_SAMPLES);
  if (samples === 1) throw new InputError('--samples must be 0 (no Monte Carlo) or at least 2');
  const seed = args.seed === undefined ? 1 : integerFlag('seed', args.seed, 0, Number.MAX_SAFE_INTEGER);
  const rows = criticalPointCounts(n, p, kmax, levels, samples > 0 ? { samples, seed } : undefined);
  const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    ...(samples > 0 ? { monte_carlo: { samples, seed } } : {}),
    p,
    n,
    E_inf: eInfinity(p),
    E_0: criticalLevels(p, 0)[0],
    levels: rows.map((r) => ({
      u: r.u,
      lambda_u: n * r.u,
      regime: r.regime,
      log_exact: r.logExact,
      log_asymptotic: r.logAsymptotic,
      index: r.index.map((x) => ({
        k: x.k,
        log_count: x.logCount,
        prefactor: x.prefactor,
        ...(x.monteCarlo
          ? {
              monte_carlo: {
                log_count: finiteOrNull(x.monteCarlo.logCount),
                standard_error: finiteOrNull(x.monteCarlo.standardError),
                hits: x.monteCarlo.hits,
              },
            }
          : {}),
      })),
    })),
  };
}

/** A count given by its natural log, as "3.14e151" (or "—" for none). */
function countFromLog(log: number | null): string {
  if (log === null || Number.isNaN(log)) return '—';
  if (log === Number.NEGATIVE_INFINITY) return '0';
  const l10 = log / Math.LN10;
  const exponent = Math.floor(l10);
  return `${(10 ** (l10 - exponent)).toFixed(3)}e${exponent}`;
}

export function formatCountsReport(report: CountsReport): string {
  const kmax = report.levels[0]?.index.length ?? 0;
  const header = [
    '          u'.padEnd(11),
    '       Λu'.padStart(11),
    'regime'.padStart(16),
    'exact E Crt_N'.padStart(15),
    'asymptotic'.padStart(13),
    ...Array.from({ length: kmax }, (_, k) => `k=${k}`.padStart(13)),
  ];
  const lines = [
    `mean numbers of critical points below N·u, spherical pure p-spin glass, p = ${report.p}, N = ${report.n}`,
    `E_inf = ${report.E_inf.toFixed(9)}, E_0 = ${report.E_0.toFixed(9)}   (−Λ·E_inf = ${(-report.n * report.E_inf).toFixed(3)}, −Λ·E_0 = ${(-report.n * report.E_0).toFixed(3)})`,
    'exact: ABC Thm 2.8 through the finite-N GOE density; asymptotic: with prefactors (supplement Thm 11.1, derived and',
    'checked here); k = index, asymptotic (minima with the TW_1 edge prefactor; * = leading order e^{N·Θ_k} only).',
    'See docs/theory.md.',
    '',
    header.join(''),
  ];
  for (const level of report.levels) {
    lines.push(
      [
        level.u.toFixed(6).padEnd(11),
        level.lambda_u.toFixed(2).padStart(11),
        level.regime.padStart(16),
        countFromLog(level.log_exact).padStart(15),
        countFromLog(level.log_asymptotic).padStart(13),
        ...level.index.map((x) => `${countFromLog(x.log_count)}${x.prefactor === 'derived' ? ' ' : '*'}`.padStart(13)),
      ].join(''),
    );
  }
  if (report.monte_carlo) {
    lines.push(
      '',
      `finite-N E Crt_{N,k}(u) by Monte Carlo over ${report.monte_carlo.samples} GOE samples (seed ${report.monte_carlo.seed}): count (relative s.e.; 0 = no sample hit)`,
      '',
      ['          u'.padEnd(11), ...Array.from({ length: kmax }, (_, k) => `k=${k}`.padStart(20))].join(''),
    );
    for (const level of report.levels) {
      lines.push(
        [
          level.u.toFixed(6).padEnd(11),
          ...level.index.map((x) => {
            const m = x.monte_carlo;
            if (!m) return '—'.padStart(20);
            const se = m.standard_error === null ? '' : ` (${m.standard_error.toFixed(2)})`;
            return `${countFromLog(m.log_count ?? Number.NEGATIVE_INFINITY)}${se}`.padStart(20);
          }),
        ].join(''),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** What `landscape theory --census --json` prints. */
export interface CensusReport {
  p: number;
  n: number;
  starts: number;
  seed: number;
  descent_steps: number;
  found: number;
  unconverged: number;
  duplicates: number;
  points: { scaled_energy: number; index: number }[];
  coverage: { u: number; found: number; found_minima: number; expected: number; coverage: number }[];
  /** By index k ≤ kmax against E Crt_{N,k}(u) from the GOE Monte Carlo (with --samples). */
  coverage_by_index?: {
    u: number;
    k: number;
    found: number;
    expected: number;
    expected_se: number;
    coverage: number | null;
  }[];
  monte_carlo?: { samples: number; seed: number };
}

export function censusReport(args: {
  p: unknown;
  u: unknown;
  n: unknown;
  starts: unknown;
  seed: unknown;
  descentSteps: unknown;
  samples?: unknown;
  kmax?: unknown;
}): CensusReport {
  const p = integerFlag('p', args.p, 2, 10);
  if (args.n === undefined) throw new InputError('--census needs --n (the number of spins, e.g. 12)');
  const n = integerFlag('n', args.n, 2, MAX_CENSUS_N);
  const starts = integerFlag('starts', args.starts, 1, MAX_CENSUS_STARTS);
  const seed = integerFlag('seed', args.seed, 0);
  const descentSteps = integerFlag('descent-steps', args.descentSteps, 0, 1_000_000);
  const given = levelsFlag(args.u);
  const levels = given.length > 0 ? given : defaultLevels(p);
  const samples = args.samples === undefined ? 0 : integerFlag('samples', args.samples, 0, MAX_COUNT_SAMPLES);
  if (samples === 1) throw new InputError('--samples must be 0 (no Monte Carlo) or at least 2');
  const kmax = args.kmax === undefined ? 5 : integerFlag('kmax', args.kmax, 0, MAX_KMAX);
  if (samples > 0 && p < 3) throw new InputError('--census --samples needs p ≥ 3');
  const census = criticalPointCensus({ n, p, starts, seed, descentSteps, tolerance: 1e-9, maxIterations: 300 });
  const points = [...census.points].sort((a, b) => a.scaledEnergy - b.scaledEnergy);
  const byIndex =
    samples > 0
      ? censusCoverageByIndex(census, n, p, levels, kmax, { samples, seed }).map((r) => ({
          u: r.u,
          k: r.k,
          found: r.found,
          expected: r.expected,
          expected_se: r.expectedStandardError,
          coverage: r.coverage,
        }))
      : null;
  return {
    ...(byIndex ? { coverage_by_index: byIndex, monte_carlo: { samples, seed } } : {}),
    p,
    n,
    starts,
    seed,
    descent_steps: descentSteps,
    found: points.length,
    unconverged: census.unconverged,
    duplicates: census.duplicates,
    points: points.map((x) => ({ scaled_energy: x.scaledEnergy, index: x.index })),
    coverage: censusCoverage(census, n, p, levels).map((r) => ({
      u: r.u,
      found: r.found,
      found_minima: r.foundMinima,
      expected: r.expected,
      coverage: r.coverage,
    })),
  };
}

export function formatCensusReport(report: CensusReport): string {
  const byIndex = new Map<number, number>();
  for (const x of report.points) byIndex.set(x.index, (byIndex.get(x.index) ?? 0) + 1);
  const lines = [
    `critical-point census, p = ${report.p}, N = ${report.n}: ${report.starts} starts (seed ${report.seed}, up to ${report.descent_steps} descent steps, then Newton)`,
    `found ${report.found} distinct critical points (${report.duplicates} repeats, ${report.unconverged} unconverged searches)`,
    `by index: ${[...byIndex.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([k, c]) => `${k}:${c}`)
      .join(' ')}`,
    `lowest: ${report.points
      .slice(0, 5)
      .map((x) => `${x.scaled_energy.toFixed(5)} (index ${x.index})`)
      .join(', ')}`,
    '',
    'found below u (one coupling sample, a lower bound) against the exact mean E Crt_N(u) (ABC Thm 2.8)',
    `${'u'.padStart(11)}${'found'.padStart(8)}${'minima'.padStart(8)}${'E Crt_N(u)'.padStart(14)}${'coverage'.padStart(10)}`,
    ...report.coverage.map(
      (r) =>
        `${r.u.toFixed(6).padStart(11)}${String(r.found).padStart(8)}${String(r.found_minima).padStart(8)}${r.expected.toPrecision(5).padStart(14)}${r.coverage.toFixed(3).padStart(10)}`,
    ),
  ];
  if (report.coverage_by_index && report.monte_carlo) {
    lines.push(
      '',
      `by index: found / E Crt_{N,k}(u) ± s.e. (GOE Monte Carlo, ${report.monte_carlo.samples} samples, seed ${report.monte_carlo.seed})`,
      `${'u'.padStart(11)}${'k'.padStart(4)}${'found'.padStart(8)}${'E Crt_{N,k}(u)'.padStart(16)}${'± s.e.'.padStart(11)}${'coverage'.padStart(10)}`,
      ...report.coverage_by_index.map(
        (r) =>
          `${r.u.toFixed(6).padStart(11)}${String(r.k).padStart(4)}${String(r.found).padStart(8)}${r.expected.toPrecision(5).padStart(16)}${r.expected_se.toPrecision(2).padStart(11)}${(r.coverage === null ? '—' : r.coverage.toFixed(3)).padStart(10)}`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

export const theoryCommand: CommandModule<object, TheoryArgs> = {
  command: 'theory',
  describe: 'Auffinger–Ben Arous–Černý complexity: E_inf, the critical levels E_k, and Θ_p, Θ_{k,p} at levels u',
  builder: (yargs: Argv<object>) =>
    yargs
      .option('p', { type: 'number', demandOption: true, describe: 'interaction order p (integer ≥ 2)' })
      .option('kmax', { type: 'number', default: 5, describe: `largest index k (0…${MAX_KMAX})` })
      .option('u', {
        type: 'number',
        array: true,
        describe: 'scaled energy levels H/N at which to evaluate Θ (repeatable)',
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'print one JSON object',
      })
      .option('counts', {
        type: 'boolean',
        default: false,
        describe:
          'mean numbers of critical points below the levels --u at size --n (exact and asymptotic, index 0..kmax)',
      })
      .option('census', {
        type: 'boolean',
        default: false,
        describe: 'find critical points of one sample at size --n (GD + Newton) and compare with the exact counts',
      })
      .option('n', { type: 'number', describe: 'number of spins N (with --counts or --census)' })
      .option('samples', {
        type: 'number',
        describe: 'counts: GOE samples of the finite-N Monte Carlo of E Crt_{N,k} (0 = none; 4000 ≈ 8 s at N = 1000)',
      })
      .option('starts', { type: 'number', default: 200, describe: 'census starts' })
      .option('seed', { type: 'number', default: 1, describe: 'census / Monte Carlo master seed' })
      .option('descent-steps', {
        type: 'number',
        default: 200,
        describe: 'census: most GD steps before Newton',
      }) as unknown as Argv<TheoryArgs>,
  handler: (args: ArgumentsCamelCase<TheoryArgs>) => {
    if (args.counts && args.census) throw new InputError('--counts and --census cannot be combined');
    if (args.counts) {
      const counts = countsReport(args);
      process.stdout.write(args.json ? `${JSON.stringify(counts)}\n` : formatCountsReport(counts));
      return;
    }
    if (args.census) {
      const census = censusReport(args);
      process.stdout.write(args.json ? `${JSON.stringify(census)}\n` : formatCensusReport(census));
      return;
    }
    const report = theoryReport(args);
    if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else process.stdout.write(formatTheoryReport(report));
  },
};
