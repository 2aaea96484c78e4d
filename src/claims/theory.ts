/**
 * Claim `theory` — the complexity theory the paper builds on is internally consistent as we compute it
 * (Choromanska et al. 2015, section 4, Fig. 1–2; Auffinger–Ben Arous–Černý 2013, Thm 2.5 and 2.8):
 *   (1) E_0 > E_1 > … > E_kmax > E_∞ (the levels −E_k of index-k critical values decrease strictly towards −E_∞);
 *   (2) −E_k is a zero of Θ_{k,p}: |Θ_{k,p}(−E_k)| is at the root-finder's precision;
 *   (3) Θ_{k,p}(u) < Θ_{0,p}(u) for k ≥ 1 and u < −E_∞ (fewer saddles than minima below the threshold), checked on a
 *       grid of gridPoints levels in [−E_∞ − gridSpan, −E_∞);
 *   (4) Θ_{k,p} and Θ_p are continuous at −E_∞ (and Θ_p at 0): |f(u_edge − δ) − f(u_edge)| with δ = continuityStep.
 * Typo note: the paper's restatement of Θ_{k,H} prints a constant for u ≥ −E_∞ that makes Θ_{k,H} jump at −E_∞;
 * src/theory/theta.ts uses ½log(p−1) − (p−2)/p, the value that makes it continuous, and part (4) checks it.
 *
 * Statistic: the largest violation over p and k — continuity gaps, root residuals, max(0, E_{k+1} − E_k),
 * max(0, E_∞ − E_kmax), max(0, Θ_{k,p} − Θ_{0,p}) on the grid — against threshold 1e-9 (`tolerance`).
 * Rule: 'holds' when the statistic ≤ tolerance AND the strict inequalities of (1) and (3) hold exactly (a tie is a
 * failure); 'fails' otherwise (also on any non-finite number). A computational check, not a test: α = null, and
 * never 'inconclusive'. It can fail: {@link computeTheoryNumbers} takes the formulas as a parameter and the tests
 * inject wrong ones (the jumping constant, a wrong level).
 *
 * Defaults (all scales): p ∈ {3, 4, 5}, kmax = 10, gridSpan 0.5, continuityStep 1e-12; gridPoints 200 (ci),
 * 1000 (quick), 5000 (paper).
 */
import fc from 'fast-check';
import { z } from 'zod';
import { loadPaperFixture } from '../paper/paper-fixture.js';
import { criticalLevel } from '../theory/critical-levels.js';
import { criticalPointCounts } from '../theory/critical-point-counts.js';
import { eInfinity } from '../theory/e-infinity.js';
import { theta, thetaK } from '../theory/theta.js';
import type { Claim } from './claim.js';
import type { ClaimResult, EvidenceRow } from './claim-result.js';
import { parseClaimConfig } from './parse-claim-config.js';
import type { Profile, Scale } from './scale.js';

export const theoryConfigSchema = z
  .object({
    ps: z.array(z.number().int().min(3).max(20)).min(1).max(10),
    kmax: z.number().int().min(1).max(200),
    gridPoints: z.number().int().min(2).max(100_000),
    gridSpan: z.number().positive().max(10),
    continuityStep: z.number().positive().max(1e-6),
    tolerance: z.number().positive().max(1e-3),
  })
  .strict();

export type TheoryConfig = z.infer<typeof theoryConfigSchema>;

/** The formulas the check is run on (the project's by default; tests inject wrong ones). */
export interface TheoryFormulas {
  eInfinity(p: number): number;
  criticalLevel(p: number, k: number): number;
  theta(u: number, p: number): number;
  thetaK(u: number, p: number, k: number): number;
}

export const PROJECT_THEORY_FORMULAS: TheoryFormulas = { eInfinity, criticalLevel, theta, thetaK };

/** The computed numbers of one p. */
export interface TheoryNumbersOfP {
  p: number;
  eInfinity: number;
  /** E_0 … E_kmax. */
  levels: number[];
  /** |Θ_{k,p}(−E_k)|, k = 0..kmax. */
  rootResiduals: number[];
  /** |Θ_{k,p}(−E_∞ − δ) − Θ_{k,p}(−E_∞)|, k = 0..kmax. */
  continuityGapsK: number[];
  /** max(|Θ_p(−E_∞ − δ) − Θ_p(−E_∞)|, |Θ_p(−δ) − Θ_p(0)|). */
  continuityGapTheta: number;
  /** max over the grid below −E_∞ and k = 1..kmax of Θ_{k,p}(u) − Θ_{0,p}(u) (must be < 0). */
  maxThetaKMinusTheta0: number;
  /** E_1000 (far tail of the levels, reported beside E_∞). */
  farLevel: number;
}

export function computeTheoryNumbers(
  config: TheoryConfig,
  formulas: TheoryFormulas = PROJECT_THEORY_FORMULAS,
): TheoryNumbersOfP[] {
  const delta = config.continuityStep;
  return config.ps.map((p) => {
    const e = formulas.eInfinity(p);
    const ks = Array.from({ length: config.kmax + 1 }, (_, k) => k);
    const levels = ks.map((k) => formulas.criticalLevel(p, k));
    const edge = -e;
    const below = edge * (1 + delta);
    const grid = Array.from(
      { length: config.gridPoints },
      (_, i) => edge - config.gridSpan + (i * config.gridSpan) / config.gridPoints,
    );
    let maxDiff = -Infinity;
    for (let k = 1; k <= config.kmax; k++) {
      for (const u of grid) maxDiff = Math.max(maxDiff, formulas.thetaK(u, p, k) - formulas.thetaK(u, p, 0));
    }
    return {
      p,
      eInfinity: e,
      levels,
      rootResiduals: ks.map((k) => Math.abs(formulas.thetaK(-levels[k], p, k))),
      continuityGapsK: ks.map((k) => Math.abs(formulas.thetaK(below, p, k) - formulas.thetaK(edge, p, k))),
      continuityGapTheta: Math.max(
        Math.abs(formulas.theta(below, p) - formulas.theta(edge, p)),
        Math.abs(formulas.theta(-delta, p) - formulas.theta(0, p)),
      ),
      maxThetaKMinusTheta0: maxDiff,
      farLevel: formulas.criticalLevel(p, 1000),
    };
  });
}

const ID = 'theory';
const TITLE = 'E_k decrease strictly to E_∞, Θ_k < Θ_0 below −E_∞, and the complexity curves are continuous';
const PAPER_REFERENCE = 'section 4, Fig. 1–2 (Auffinger–Ben Arous–Černý 2013, Thm 2.5, 2.8)';

/** The decision rule (pure): see the header. `paperEInfinity` is the paper fixture's E_∞(3), if any. */
export function judgeTheory(
  config: TheoryConfig,
  numbers: TheoryNumbersOfP[],
  paperEInfinity: number | null = null,
): ClaimResult {
  let worst = 0;
  let worstWhat = 'none';
  const strictFailures: string[] = [];
  const note = (value: number, what: string) => {
    const v = Number.isFinite(value) ? value : Infinity;
    if (v > worst) {
      worst = v;
      worstWhat = what;
    }
  };
  const evidence: EvidenceRow[] = [];
  for (const x of numbers) {
    const row: EvidenceRow = { p: x.p };
    x.levels.forEach((level, k) => {
      row[`E_${k}`] = Number(level.toFixed(6));
    });
    row.E_1000 = Number(x.farLevel.toFixed(6));
    row.E_inf = Number(x.eInfinity.toFixed(6));
    for (let k = 0; k + 1 < x.levels.length; k++) {
      note(x.levels[k + 1] - x.levels[k], `E_${k + 1} − E_${k} (p = ${x.p})`);
      if (!(x.levels[k + 1] < x.levels[k])) strictFailures.push(`E_${k + 1} ≥ E_${k} at p = ${x.p}`);
    }
    const last = x.levels[x.levels.length - 1];
    note(x.eInfinity - last, `E_∞ − E_kmax (p = ${x.p})`);
    if (!(last > x.eInfinity)) strictFailures.push(`E_kmax ≤ E_∞ at p = ${x.p}`);
    for (const [k, r] of x.rootResiduals.entries()) note(r, `|Θ_{k=${k}}(−E_${k})| (p = ${x.p})`);
    for (const [k, g] of x.continuityGapsK.entries()) note(g, `continuity gap of Θ_{k=${k}} at −E_∞ (p = ${x.p})`);
    note(x.continuityGapTheta, `continuity gap of Θ_p (p = ${x.p})`);
    note(x.maxThetaKMinusTheta0, `max (Θ_k − Θ_0) below −E_∞ (p = ${x.p})`);
    if (!(x.maxThetaKMinusTheta0 < 0)) strictFailures.push(`Θ_k ≥ Θ_0 somewhere below −E_∞ at p = ${x.p}`);
    const numbersOfP = [x.eInfinity, x.farLevel, x.continuityGapTheta, x.maxThetaKMinusTheta0, ...x.levels];
    if (numbersOfP.some((v) => !Number.isFinite(v))) strictFailures.push(`a non-finite number at p = ${x.p}`);
    row.maxRootResidual = Number(Math.max(...x.rootResiduals).toPrecision(3));
    row.maxContinuityGap = Number(Math.max(x.continuityGapTheta, ...x.continuityGapsK).toPrecision(3));
    row.maxThetaKMinusTheta0 = Number(x.maxThetaKMinusTheta0.toPrecision(3));
    evidence.push(row);
  }
  const holds = worst <= config.tolerance && strictFailures.length === 0;
  const p3 = numbers.find((x) => x.p === 3);
  return {
    id: ID,
    title: TITLE,
    paperReference: PAPER_REFERENCE,
    verdict: holds ? 'holds' : 'fails',
    statistic: { name: `largest violation (${worstWhat})`, value: worst },
    threshold: { description: 'largest continuity gap, root residual or order violation', value: config.tolerance },
    alpha: null,
    rule:
      'holds iff every continuity gap at −E_∞ (and of Θ_p at 0), every |Θ_k(−E_k)|, every E_{k+1} − E_k and E_∞ − E_kmax, ' +
      'and max(Θ_k − Θ_0) on the grid below −E_∞ is ≤ the threshold, and E_k > E_{k+1} > E_∞, Θ_k < Θ_0 hold strictly; ' +
      'else fails (a computation, not a statistical test).',
    reason: holds
      ? `all ${numbers.length} values of p satisfy the structure; largest violation ${worst.toPrecision(3)} (${worstWhat}) ≤ ${config.tolerance}.`
      : `${strictFailures.length > 0 ? `${strictFailures.slice(0, 3).join('; ')}; ` : ''}largest violation ${worst.toPrecision(3)} (${worstWhat}) vs threshold ${config.tolerance}.`,
    evidence,
    paperComparison: p3 ? [{ quantity: 'E_∞(3) = 2√(2/3)', ours: p3.eInfinity, paper: paperEInfinity }] : undefined,
    ourDefinitions: [
      `Θ_k < Θ_0 is checked on ${config.gridPoints} levels in [−E_∞ − ${config.gridSpan}, −E_∞); continuity with a one-sided step δ = ${config.continuityStep}·E_∞.`,
      'Θ_{k,p} for u ≥ −E_∞ uses ½log(p−1) − (p−2)/p (the continuous constant) instead of the paper’s printed one (typo).',
      'E_k → E_∞ cannot be checked at finite k; E_1000 is reported beside E_∞.',
    ],
  };
}

export function theoryConfigFor(scale: Scale): TheoryConfig {
  const gridPoints = scale === 'ci' ? 200 : scale === 'quick' ? 1000 : 5000;
  return { ps: [3, 4, 5], kmax: 10, gridPoints, gridSpan: 0.5, continuityStep: 1e-12, tolerance: 1e-9 };
}

function theoryArbitrary(scale: Scale, profile: Profile): fc.Arbitrary<TheoryConfig> {
  const base = theoryConfigFor(scale);
  const maxP = profile === 'ci' ? 8 : 20;
  return fc.record({
    ps: fc.uniqueArray(fc.integer({ min: 3, max: maxP }), { minLength: 1, maxLength: 4 }),
    kmax: fc.integer({ min: 1, max: profile === 'ci' ? 20 : 100 }),
    gridPoints: fc.integer({ min: 2, max: base.gridPoints }),
    gridSpan: profile === 'ci' ? fc.constant(base.gridSpan) : fc.double({ min: 0.01, max: 5, noNaN: true }),
    continuityStep: fc.constant(base.continuityStep),
    tolerance: fc.constant(base.tolerance),
  });
}

/** The paper's Fig. 1 y reach (fixture theory.fig1, read from the figure): all points, low-index panels. */
const PAPER_FIG1_REACH = { all: 3e151, lowIndex: 2.5e8 };

export const theoryClaim: Claim<TheoryConfig> = {
  id: ID,
  title: TITLE,
  paperReference: PAPER_REFERENCE,
  configFor: theoryConfigFor,
  arbitrary: theoryArbitrary,
  parseConfig: (input) => parseClaimConfig(ID, theoryConfigSchema, input),
  specs: () => [],
  async evaluate(config) {
    let paperEInfinity: number | null = null;
    try {
      const fixture = loadPaperFixture();
      paperEInfinity = fixture.theory.eInfinity3.value;
    } catch {
      paperEInfinity = null;
    }
    const result = judgeTheory(config, computeTheoryNumbers(config), paperEInfinity);
    // The scale of the paper's Fig. 1 (fixture theory.fig1: y reaches about 3e151 at Λ = 1000): our exact count.
    const [atZero] = criticalPointCounts(1000, 3, 0, [0]);
    result.paperComparison = [
      ...(result.paperComparison ?? []),
      {
        quantity: 'log10 E Crt_1000(0), all critical points below Λu = 0 (Fig. 1 y range ≈ 3e151)',
        ours: (atZero.logExact as number) / Math.LN10,
        paper: Math.log10(PAPER_FIG1_REACH.all),
      },
      {
        // Minima plateau above −E_∞ with the TW_1 edge prefactor (minima-count-edge.ts; the GOE Monte Carlo agrees
        // at N = 100, 200 and gives 10^{10.4 ± 0.1} at N = 1000). The paper's low-index panels reach ≈ 2.5e8.
        quantity: 'log10 E Crt_{1000,0}(0), minima below Λu = 0 (Fig. 1 low-index y range ≈ 2.5e8)',
        ours: atZero.index[0].logCount / Math.LN10,
        paper: Math.log10(PAPER_FIG1_REACH.lowIndex),
      },
    ];
    return {
      result,
      figureInput: { config, records: {} },
    };
  },
};
