import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../claims/claim-result.js';
import { evidenceTable, renderMarkdownReport } from './markdown-report.js';
import type { ReportMeta } from './report-input.js';

const meta: ReportMeta = {
  scale: 'quick',
  profile: 'default',
  seed: 42,
  started: '2025-01-01T10:00:00.000Z',
  finished: '2025-01-01T10:02:05.500Z',
  versions: { node: 'v20.19.0', 'landscape-claims': '0.1.0' },
  command: 'landscape verify --scale quick',
};

const holds: ClaimResult = {
  id: 'band',
  title: 'Minima concentrate in a band above the ground state',
  paperReference: 'section 4, Fig. 3 and 8',
  verdict: 'holds',
  statistic: { name: 'max band width', value: 0.0123456 },
  threshold: { description: 'shrinks with N (slope < 0)', value: 0 },
  alpha: 0.05,
  rule: 'one-sided t test on the log-log slope, Bonferroni over 2 tests',
  reason: 'The band width falls with N.',
  evidence: [
    { N: 25, mean: -1.61234, sd: 0.0432, inBand: true },
    { N: 50, mean: -1.62345, sd: 0.031, inBand: true, note: 'a|b' },
  ],
  paperComparison: [
    { quantity: 'Pearson r at n1 = 25', ours: 0.70001, paper: 0.7616, tag: 'V' },
    { quantity: 'train NLL range at n1 = 25', ours: '0.12–0.14', paper: '0.117–0.136', tag: 'F' },
    { quantity: 'mode of H/N at N = 500', ours: null, paper: -1.6 },
  ],
  figures: ['band-histograms.svg'],
  ourDefinitions: ['A poor minimum has H/N > −E_∞ + 0.05.'],
};

const fails: ClaimResult = {
  ...holds,
  id: 'poor-minima-decay',
  title: 'Poor minima | become rare',
  verdict: 'fails',
  statistic: { name: 'decay rate', value: -0.5 },
  reason: 'The fraction grows.',
  paperComparison: undefined,
  figures: undefined,
  ourDefinitions: undefined,
};

const inconclusive: ClaimResult = {
  ...fails,
  id: 'sgd-vs-sa',
  title: 'SGD matches annealing',
  verdict: 'inconclusive',
  statistic: { name: 'median difference', value: null },
  threshold: { description: 'equivalence margin', value: null },
  alpha: null,
  reason: 'Too few runs.',
  evidence: [],
};

describe('renderMarkdownReport', () => {
  const md = renderMarkdownReport({ claims: [holds, fails, inconclusive], meta });

  it('leads with the tally and the verdict table, before any claim section', () => {
    const lines = md.split('\n');
    expect(lines[0]).toMatch(/^# /);
    expect(md).toContain('**3 claims: 1 hold, 1 fail, 1 inconclusive**');
    const table = md.indexOf('## Verdicts');
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThan(md.indexOf('<a id="claim-band">'));
    expect(md).toContain('| claim | verdict | statistic | threshold | α |');
    expect(md).toContain(
      '| [band](#claim-band): Minima concentrate in a band above the ground state | ✅ holds | max band width = 0.01235 | shrinks with N (slope < 0) = 0 | 0.05 |',
    );
    expect(md).toContain('| [poor-minima-decay](#claim-poor-minima-decay): Poor minima \\| become rare | ❌ fails |');
    expect(md).toContain('| ❔ inconclusive | median difference = — | equivalence margin | — |');
  });

  it('writes the run settings with the duration', () => {
    expect(md).toContain('| command | `landscape verify --scale quick` |');
    expect(md).toContain('| finished | 2025-01-01T10:02:05.500Z (125.5 s) |');
    expect(md).toContain('| versions | node v20.19.0, landscape-claims 0.1.0 |');
  });

  it('gives each claim its statement, reference, rule, reason, evidence, comparison, definitions and figures', () => {
    const band = md.slice(md.indexOf('<a id="claim-band">'), md.indexOf('<a id="claim-poor-minima-decay">'));
    expect(band).toContain('## band: Minima concentrate in a band above the ground state');
    expect(band).toContain('**Verdict: ✅ holds.** The band width falls with N.');
    expect(band).toContain('- **Paper:** section 4, Fig. 3 and 8');
    expect(band).toContain('- **Rule:** one-sided t test on the log-log slope, Bonferroni over 2 tests');
    expect(band).toContain('- **α (false-alarm rate):** 0.05');
    expect(band).toContain('| N | mean | sd | inBand | note |');
    expect(band).toContain('| 25 | -1.612 | 0.0432 | yes |  |');
    expect(band).toContain('| 50 | -1.623 | 0.031 | yes | a\\|b |');
    expect(band).toContain('| quantity | ours | paper | tag | ours − paper |');
    expect(band).toContain('| Pearson r at n1 = 25 | 0.7 | 0.7616 | V | -0.06159 |');
    expect(band).toContain('| train NLL range at n1 = 25 | 0.12–0.14 | 0.117–0.136 | F | — |');
    expect(band).toContain('| mode of H/N at N = 500 | — | -1.6 | — | — |');
    expect(band).toContain('- A poor minimum has H/N > −E_∞ + 0.05.');
    expect(band).toContain('![band: band-histograms.svg](band-histograms.svg)');
  });

  it('leaves out optional sections a claim does not have and says when there is no evidence', () => {
    const last = md.slice(md.indexOf('<a id="claim-sgd-vs-sa">'));
    expect(last).toContain('_No evidence rows._');
    expect(last).toContain('not a statistical test');
    expect(last).not.toContain('### Figures');
    expect(last).not.toContain('### Ours beside the paper');
  });

  it('handles an empty claim list', () => {
    const empty = renderMarkdownReport({ claims: [], meta });
    expect(empty).toContain('**0 claims: 0 hold, 0 fail, 0 inconclusive**');
    expect(empty).toContain('_No claims were evaluated._');
  });
});

describe('evidenceTable', () => {
  it('takes its columns from all rows in order of first appearance', () => {
    expect(evidenceTable([{ a: 1 }, { b: null, a: 2.5 }])).toBe('| a | b |\n| --- | --- |\n| 1 |  |\n| 2.5 | — |');
  });
});
