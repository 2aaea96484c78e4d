import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../src/claims/claim-result.js';
import { loadPaperFixture, paperTrainTestCorrelation } from '../src/paper/paper-fixture.js';
import { histogramsBySize } from '../src/report/histograms-by-size.js';
import { renderSvg } from '../src/report/render-svg.js';
import { scatter } from '../src/report/scatter-by-group.js';
import { writeReport } from '../src/report/write-report.js';

describe('report end to end', () => {
  it('writes a report whose figure links resolve to rendered SVG files and whose JSON reads back', async () => {
    const paper = loadPaperFixture();
    const hist = await renderSvg(
      histogramsBySize(
        [25, 50].flatMap((size) => [-1.66, -1.64, -1.62].map((value) => ({ size, value }))),
        {
          title: 'Band',
          xLabel: 'H/N',
          markers: [{ label: '−E_∞', value: -paper.theory.eInfinity3.value }],
          sizeLabel: 'N',
        },
      ),
    );
    const sc = await renderSvg(
      scatter(
        [1, 2, 3].map((i) => ({ x: i, y: i + 0.1, group: 25 })),
        { title: 'Test vs train', xLabel: 'train', yLabel: 'test' },
      ),
    );
    const claims: ClaimResult[] = [
      {
        id: 'band',
        title: 'Band',
        paperReference: 'section 4, Fig. 3',
        verdict: 'holds',
        statistic: { name: 'w', value: 0.01 },
        threshold: { description: 'max', value: 0.05 },
        alpha: 0.05,
        rule: 'r',
        reason: 'ok',
        evidence: [{ N: 25, w: 0.01 }],
        figures: ['band.svg'],
      },
      {
        id: 'decorrelation',
        title: 'Decorrelation',
        paperReference: 'Table 1',
        verdict: 'inconclusive',
        statistic: { name: 'r(25)', value: 0.7 },
        threshold: { description: 'none', value: null },
        alpha: null,
        rule: 'r',
        reason: 'one width only',
        evidence: [],
        paperComparison: [{ quantity: 'r at n1 = 25', ours: 0.7, paper: paperTrainTestCorrelation(paper, 25) }],
        figures: ['decorrelation.svg'],
      },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'report-e2e-'));
    try {
      const meta = {
        scale: 'ci',
        profile: 'default',
        seed: 7,
        started: '2025-01-01T00:00:00Z',
        finished: '2025-01-01T00:00:01Z',
        versions: { node: process.version },
        command: 'landscape verify --scale ci',
      };
      writeReport(dir, { claims, meta }, [
        { name: 'band.svg', svg: hist },
        { name: 'decorrelation.svg', svg: sc },
      ]);
      const md = readFileSync(join(dir, 'report.md'), 'utf8');
      const links = [...md.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
      expect(links).toEqual(['band.svg', 'decorrelation.svg']);
      for (const link of links) {
        expect(existsSync(join(dir, link))).toBe(true);
        expect(readFileSync(join(dir, link), 'utf8').startsWith('<svg')).toBe(true);
      }
      expect(md).toContain('| r at n1 = 25 | 0.7 | 0.7616 | — | -0.0616 |');
      expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toEqual({ claims, meta });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
