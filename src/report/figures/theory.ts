import { criticalLevel } from '../../theory/critical-levels.js';
import { criticalPointCounts, levelGrid } from '../../theory/critical-point-counts.js';
import { eInfinity } from '../../theory/e-infinity.js';
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

/**
 * The paper's Fig. 1 redrawn at its scale (Λ = N = 1000, p = 3): mean numbers of critical points below Λu, all
 * indices (exact finite-N count and the asymptotics with prefactors) and by index k = 0…5, on the paper's full
 * (Λu ∈ [−1500, 0]) and zoomed ([−1655, −1632]) axes, with −ΛE_0 and −ΛE_∞ marked. Index curves without a
 * confirmed prefactor are the leading order e^{Λ·Θ_k} (marked * in the legend; docs/theory.md).
 */
export function theoryCountsFigure(): NamedFigure {
  const n = 1000;
  const p = 3;
  const kmax = 5;
  const rowsOf = (uFrom: number, uTo: number, points: number, withAll: boolean) => {
    const counts = criticalPointCounts(n, p, kmax, levelGrid(uFrom, uTo, points));
    const all: CountRow[] = [];
    const byIndex: CountRow[] = [];
    for (const c of counts) {
      const lambdaU = n * c.u;
      all.push({ lambdaU, count: Math.exp(c.logExact as number), series: 'all, exact (finite-N GOE)' });
      // The band prefactor grows like 1/|u| as u → 0 (crossover window |u| ~ N^{−1/2}): not drawn there.
      if (Math.abs(c.u) >= 3 / Math.sqrt(n) || c.u > 0) {
        all.push({ lambdaU, count: Math.exp(c.logAsymptotic as number), series: 'all, asymptotic (Thm 11.1)' });
      }
      for (const x of c.index) {
        const name = x.k === 0 ? 'minima (k = 0)*' : `index ${x.k}*`;
        byIndex.push({ lambdaU, count: Math.exp(x.logCount), series: name });
      }
      if (withAll) byIndex.push({ lambdaU, count: Math.exp(c.logExact as number), series: 'all indices, exact' });
    }
    return { all, byIndex };
  };
  const full = rowsOf(-1.5, 0, 151, false);
  const zoom = rowsOf(-1.655, -1.632, 93, true);
  const markers = [
    { label: '−ΛE_0', value: -n * criticalLevel(p, 0) },
    { label: '−ΛE_∞', value: -n * eInfinity(p) },
  ];
  return {
    file: 'critical-point-counts.svg',
    spec: theoryCounts(
      [
        { title: 'All critical points, Λu ∈ [−1500, 0]', xDomain: [-1500, 0], rows: full.all },
        { title: 'All critical points, zoom', xDomain: [-1655, -1632], rows: zoom.all },
        { title: 'Minima and index-k saddles, Λu ∈ [−1500, 0]', xDomain: [-1500, 0], rows: full.byIndex },
        { title: 'Minima and index-k saddles, zoom', xDomain: [-1655, -1632], rows: zoom.byIndex },
      ],
      markers,
      {
        title:
          'Fig. 1 redrawn: mean numbers of critical points below Λu, Λ = 1000, p = 3 (* leading order only below −E_∞ for k ≥ 1 and above it for all k)',
      },
    ),
  };
}

/** The theory claim's figures: Θ curves (Fig. 1), the band (Fig. 2) and the redrawn Fig. 1 counts. */
export function theoryClaimFigures(): NamedFigure[] {
  return [...theoryFigures(), theoryCountsFigure()];
}
