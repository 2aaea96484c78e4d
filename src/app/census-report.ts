/**
 * `landscape theory --census`: the critical points of one coupling sample found by descent and Newton, against the
 * exact mean counts (and, with --samples, the GOE Monte Carlo by index); and its human-readable table.
 */
import { InputError } from '../core/input-error.js';
import { censusCoverage, censusCoverageByIndex } from '../optim/census-coverage.js';
import { criticalPointCensus } from '../optim/critical-point-census.js';
import { MAX_COUNT_SAMPLES } from './counts-report.js';
import { integerFlag } from './flag-checks.js';
import { defaultLevels, levelsFlag, MAX_KMAX } from './theory-report.js';

/** Largest N for --census (a dense Hessian eigendecomposition per Newton step). */
export const MAX_CENSUS_N = 60;
export const MAX_CENSUS_STARTS = 100_000;

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
