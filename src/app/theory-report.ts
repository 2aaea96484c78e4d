/**
 * `landscape theory`: the Auffinger–Ben Arous–Černý complexity of the spherical pure p-spin glass at a glance —
 * E_inf, the critical levels E_k and Θ_p, Θ_{k,p} at levels u (energies in units of N) — and its human-readable
 * form; also the level flags shared with the --counts and --census reports.
 */
import { criticalLevels } from '../theory/critical-levels.js';
import { eInfinity } from '../theory/e-infinity.js';
import { theta, thetaK } from '../theory/theta.js';
import { integerFlag, numberFlag } from './flag-checks.js';

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

/** The --u levels (one or many), each checked. */
export function levelsFlag(u: unknown): number[] {
  const raw = u === undefined ? [] : Array.isArray(u) ? u : [u];
  return raw.map((value) => numberFlag('u', value, -MAX_ABS_U, MAX_ABS_U));
}

/** The default levels of --counts and --census: below the ground state, −E_0, −E_∞, the band, 0 and above. */
export function defaultLevels(p: number): number[] {
  const e = eInfinity(p);
  const e0 = criticalLevels(p, 0)[0];
  return [-e0 - 0.05, -e0, -e, -0.5 * e, 0, 0.5 * e];
}
