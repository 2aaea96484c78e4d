/**
 * `landscape theory --counts`: mean numbers of critical points below levels u at size N, exact (ABC Thm 2.8) and
 * asymptotic, by index, with an optional GOE Monte Carlo; and its human-readable table.
 */
import { InputError } from '../core/input-error.js';
import { criticalLevels } from '../theory/critical-levels.js';
import { criticalPointCounts } from '../theory/critical-point-counts.js';
import { eInfinity } from '../theory/e-infinity.js';
import { integerFlag } from './flag-checks.js';
import { defaultLevels, levelsFlag, MAX_KMAX, MAX_P } from './theory-report.js';

/** Largest N for --counts (the asymptotics; the exact count is skipped above EXACT_COUNT_MAX_N). */
export const MAX_COUNTS_N = 10_000_000;
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
