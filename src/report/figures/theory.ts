import { criticalLevel } from '../../theory/critical-levels.js';
import { criticalPointCounts, levelGrid } from '../../theory/critical-point-counts.js';
import { eInfinity } from '../../theory/e-infinity.js';
import { indexCountsFromEigenvalues, sampleSmallestGoeEigenvalues } from '../../theory/index-count-monte-carlo.js';
import { thetaCurve } from '../../theory/theta-curve.js';
import { type CountRow, theoryCounts } from '../theory-counts.js';
import { theoryCurves } from '../theory-curves.js';
import type { NamedFigure } from './named-figure.js';

/** The paper's Figure 1 (Θ_p and Θ_{k,p}, k = 0..5, p = 3) and Figure 2 (zoom on the band), with −E_k markers. */
export function theoryFigures(): NamedFigure[] {
  const p = 3;
  const e = eInfinity(p);
  const levels = [0, 1, 2].map((k) => criticalLevel(p, k));
  const markers = [
    { label: '−E_0', value: -levels[0] },
    { label: '−E_1', value: -levels[1] },
    { label: '−E_2', value: -levels[2] },
    { label: '−E_∞', value: -e },
  ];
  const rows = (uFrom: number, uTo: number, kmax: number) => {
    const c = thetaCurve(p, kmax, uFrom, uTo, 300);
    return [
      ...c.u.map((u, i) => ({ u, value: c.theta[i], series: 'Θ_3 (any index)' })),
      ...c.thetaK.flatMap((values, k) => c.u.map((u, i) => ({ u, value: values[i], series: `Θ_{${k},3}` }))),
    ];
  };
  return [
    {
      file: 'complexity.svg',
      spec: theoryCurves(rows(-1.75, -1.5, 5), markers, {
        title: 'Complexity Θ_3(u) and Θ_{k,3}(u), k = 0..5 (Fig. 1)',
      }),
    },
    {
      file: 'complexity-band.svg',
      spec: theoryCurves(rows(-1.665, -1.625, 5), markers, { title: 'The band (−E_0, −E_∞), p = 3 (Fig. 2)' }),
    },
  ];
}

/** GOE samples of the finite-N index-k Monte Carlo behind the redrawn Fig. 1 (≈ 8 s at N = 1000). */
export const FIG1_SAMPLES = 4000;
/** A Monte Carlo point is drawn only where at least this many samples have λ_k ≤ x_u. */
export const FIG1_MIN_HITS = 20;
/** The paper's Fig. 1 y reach (fixture theory.fig1, read from the figure): all points, low-index panels. */
export const PAPER_FIG1_REACH = { all: 3e151, lowIndex: 2.5e8 };

/**
 * The paper's Fig. 1 redrawn at its scale (Λ = N = 1000, p = 3): mean numbers of critical points below Λu, all
 * indices (exact finite-N count and the asymptotics with prefactors), minima (asymptotic with the TW_1 edge
 * prefactor, and the finite-N Monte Carlo) and index k = 1…5 (finite-N Monte Carlo over GOE samples, drawn
 * where ≥ 20 samples hit; the leading order e^{Λ·Θ_k} for reference), one panel per kind on the paper's full
 * (Λu ∈ [−1500, 0]) and zoomed ([−1655, −1632]) axes, −ΛE_0 and −ΛE_∞ marked, and the paper's y reach
 * (≈ 3e151 for all points, ≈ 2.5e8 in the low-index panels) drawn as a flat line beside our curves
 * (docs/theory.md §3).
 */
export function theoryCountsFigure(samples: number = FIG1_SAMPLES): NamedFigure {
  const n = 1000;
  const p = 3;
  const kmax = 5;
  const eig = sampleSmallestGoeEigenvalues(n, kmax, { samples, seed: 'fig1' });
  const grid = (uFrom: number, uTo: number, points: number) => {
    const levels = levelGrid(uFrom, uTo, points);
    return { counts: criticalPointCounts(n, p, kmax, levels), mc: indexCountsFromEigenvalues(n, p, kmax, levels, eig) };
  };
  const full = grid(-1.5, 0, 151);
  const zoom = grid(-1.655, -1.632, 93);
  const allRows = (g: typeof full, xDomain: [number, number]) => {
    const rows: CountRow[] = [];
    for (const c of g.counts) {
      const lambdaU = n * c.u;
      rows.push({ lambdaU, count: Math.exp(c.logExact as number), series: 'all, exact (finite-N GOE)' });
      // The band prefactor grows like 1/|u| as u → 0 (crossover window |u| ~ N^{−1/2}): not drawn there.
      if (Math.abs(c.u) >= 3 / Math.sqrt(n) || c.u > 0) {
        rows.push({ lambdaU, count: Math.exp(c.logAsymptotic as number), series: 'all, asymptotic (Thm 11.1)' });
      }
    }
    for (const lambdaU of xDomain)
      rows.push({ lambdaU, count: PAPER_FIG1_REACH.all, series: 'paper: y reach ≈ 3e151' });
    return rows;
  };
  const indexRows = (g: typeof full, k: number, xDomain: [number, number]) => {
    const rows: CountRow[] = [];
    g.counts.forEach((c, i) => {
      const lambdaU = n * c.u;
      const x = c.index[k];
      const asymptotic =
        k === 0 ? 'minima, asymptotic (TW_1 edge prefactor)' : `index ${k}, leading order e^{ΛΘ_k} only`;
      rows.push({ lambdaU, count: Math.exp(x.logCount), series: asymptotic });
      const m = g.mc[k][i];
      if (m.hits >= FIG1_MIN_HITS) {
        rows.push({ lambdaU, count: Math.exp(m.logCount), series: `finite-N Monte Carlo (${samples} GOE samples)` });
      }
    });
    for (const lambdaU of xDomain) {
      rows.push({ lambdaU, count: PAPER_FIG1_REACH.lowIndex, series: 'paper: low-index y reach ≈ 2.5e8' });
    }
    return rows;
  };
  const FULL: [number, number] = [-1500, 0];
  const ZOOM: [number, number] = [-1655, -1632];
  const name = (k: number) => (k === 0 ? 'Minima (k = 0)' : `Index ${k}`);
  const markers = [
    { label: '−ΛE_0', value: -n * criticalLevel(p, 0) },
    { label: '−ΛE_∞', value: -n * eInfinity(p) },
  ];
  return {
    file: 'critical-point-counts.svg',
    spec: theoryCounts(
      [
        { title: 'All critical points, Λu ∈ [−1500, 0]', xDomain: FULL, rows: allRows(full, FULL) },
        { title: 'All critical points, zoom', xDomain: ZOOM, rows: allRows(zoom, ZOOM) },
        ...Array.from({ length: kmax + 1 }, (_, k) => [
          { title: `${name(k)}, Λu ∈ [−1500, 0]`, xDomain: FULL, rows: indexRows(full, k, FULL) },
          { title: `${name(k)}, zoom`, xDomain: ZOOM, rows: indexRows(zoom, k, ZOOM) },
        ]).flat(),
      ],
      markers,
      {
        title:
          'Fig. 1 redrawn: mean numbers of critical points below Λu, Λ = 1000, p = 3 (exact, asymptotic with prefactors, finite-N Monte Carlo by index)',
      },
    ),
  };
}

/** The theory claim's figures: Θ curves (Fig. 1), the band (Fig. 2) and the redrawn Fig. 1 counts. */
export function theoryClaimFigures(): NamedFigure[] {
  return [...theoryFigures(), theoryCountsFigure()];
}
