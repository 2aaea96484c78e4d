import type { BandConfig } from '../../claims/band.js';
import { normalisedLosses } from '../../claims/band.js';
import type { FigureInput } from '../../claims/claim.js';
import { landscapeKey } from '../../claims/landscape-groups.js';
import { lossesOf, scaledEnergyOf, sizeGroups } from '../../claims/size-groups.js';
import type { RunRecord } from '../../experiments/run-record.js';
import { criticalLevel } from '../../theory/critical-levels.js';
import { eInfinity } from '../../theory/e-infinity.js';
import { histogramsBySize } from '../histograms-by-size.js';
import { reportPaperFixture } from '../paper-column.js';
import type { NamedFigure } from './named-figure.js';

const P = 3;

/** The records of the first landscape of each size (landscape 0 under disorder 'landscapes'). */
export function firstLandscapeOfEachSize(records: RunRecord[]): RunRecord[] {
  const first = new Map<number, string>();
  for (const r of [...records].sort((a, b) => a.run - b.run)) {
    if (!first.has(r.size)) first.set(r.size, landscapeKey(r));
  }
  return records.filter((r) => first.get(r.size) === landscapeKey(r));
}

/**
 * Histograms of the spin-glass endpoints (the paper's Fig. 3: one landscape per N, the first of each size, with the
 * paper's range and mode per N shaded) and of the normalised network test losses, by size.
 */
export function bandFigures(input: FigureInput): NamedFigure[] {
  const config = input.config as BandConfig;
  const spin = firstLandscapeOfEachSize(input.records.spin ?? []);
  const nets = input.records.network ?? [];
  const eInf = eInfinity(P);
  const e0 = criticalLevel(P, 0);
  const energyRows = spin.filter((r) => r.status === 'ok').map((r) => ({ size: r.size, value: scaledEnergyOf(r) }));
  const norm = normalisedLosses(sizeGroups(nets, config.network.widths, (r) => lossesOf(r).test));
  const fig3 = reportPaperFixture()?.spinGlass.fig3ScaledEnergyRanges;
  const lossRows = norm?.fit.converged
    ? norm.groups.flatMap((g) => g.values.map((value) => ({ size: g.size, value })))
    : [];
  return [
    {
      file: 'energies.svg',
      spec: histogramsBySize(energyRows, {
        title: 'Scaled energies H/N of the GD endpoints (p = 3, one landscape per N)',
        xLabel: 'H/N',
        sizeLabel: 'N',
        markers: [
          { label: '−E_0', value: -e0 },
          { label: '−E_∞', value: -eInf },
        ],
        paperRanges: (fig3?.rows ?? []).map((r) => ({ size: r.N, min: r.min, max: r.max, mode: r.mode })),
        paperLabel: `paper Fig. 3 range and mode (${fig3?.tag ?? '—'})`,
      }),
    },
    {
      file: 'network-losses.svg',
      spec: histogramsBySize(lossRows, {
        title: 'Network test losses / fitted mean law exp(α n1^β)',
        xLabel: 'normalised test loss',
        sizeLabel: 'n1',
        markers: [{ label: 'mean law', value: 1 }],
      }),
    },
  ];
}
