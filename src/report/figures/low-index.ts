import type { FigureInput } from '../../claims/claim.js';
import type { RunRecord } from '../../experiments/run-record.js';
import { indexHistogram } from '../index-histogram.js';
import { reportPaperFixture } from '../paper-column.js';
import type { NamedFigure } from './named-figure.js';

const normalizedIndexOf = (r: RunRecord): number =>
  (r.metrics as { normalizedIndex?: number } | null)?.normalizedIndex ?? Number.NaN;

/** Histograms of the normalized index of the points reached, per width and size (the paper's Fig. 4/5). */
export function lowIndexFigures(input: FigureInput): NamedFigure[] {
  const rows = (recs: RunRecord[], label: string) =>
    recs
      .filter((r) => r.status === 'ok' && r.metrics !== null && Number.isFinite(normalizedIndexOf(r)))
      .map((r) => ({ group: `${label}${r.size}`, normalizedIndex: normalizedIndexOf(r) }));
  const all = [...rows(input.records.network ?? [], 'n1 = '), ...rows(input.records.spin ?? [], 'N = ')];
  const top = Math.max(0.05, ...all.map((r) => r.normalizedIndex));
  // The paper's largest index per width, on our k/D axis under both readings of its normalisation.
  const hist = reportPaperFixture()?.index.histograms;
  const groupMarkers = (hist?.rows ?? []).flatMap((r) => [
    { group: `n1 = ${r.n1}`, label: `paper's largest (${hist?.tag}), read as k/D`, value: r.largest },
    {
      group: `n1 = ${r.n1}`,
      label: `paper's largest (${hist?.tag}), read as k/(2D): ×2 on this axis`,
      value: 2 * r.largest,
    },
  ]);
  return [
    {
      file: 'index.svg',
      spec: indexHistogram(all, {
        title: 'Normalized index of the points reached (networks: SGD; spin glass: GD) (Fig. 4/5)',
        groupLabel: '',
        extent: [0, Math.min(1, top)],
        groupMarkers,
      }),
    },
  ];
}
