import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../src/claims/claim-result.js';
import { claims } from '../src/claims/registry.js';
import { claimFigures } from '../src/report/figures/claim-figures.js';
import { withPaperColumn } from '../src/report/paper-column.js';
import { type FigureFile, writeReport } from '../src/report/write-report.js';
import { syntheticFigureInput } from './helpers/synthetic-figure-input.js';

/**
 * The HTML report in a real browser: every claim's figures (drawn from synthetic records of every role) and one
 * counterexample figure are written to index.html, which headless Chromium (Debian's `chromium`) opens from the
 * file system with the network off; every figure must render an <svg> and the page must log no console error.
 * Skipped, with a message, where chromium is not installed (.ci/run installs it).
 */
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM) {
  console.warn('html-report.test: SKIPPED — no /usr/bin/chromium (apt-get install -y chromium; .ci/run does this)');
}

function resultOf(id: string): ClaimResult {
  return {
    id,
    title: `claim ${id}`,
    paperReference: '-',
    verdict: id === 'decorrelation' ? 'fails' : 'holds',
    statistic: { name: 's', value: 0.5 },
    threshold: { description: 't', value: null },
    alpha: 0.05,
    rule: 'r',
    reason: 'synthetic <records> & "quotes"',
    evidence: [25, 100].map((size) => ({
      part: 'network',
      size,
      meanTestLoss: 0.1,
      lower: 0.09,
      upper: 0.11,
      sd: 0.01,
    })),
  };
}

/** Opens a page from the file system in headless Chromium: the DOM after its scripts ran, and its console lines. */
function openInChromium(file: string): { dom: string; consoleLines: string[] } {
  const run = spawnSync(
    CHROMIUM as string,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-extensions',
      // Offline: any request beyond the file itself fails (and logs a console error).
      '--proxy-server=127.0.0.1:9',
      '--enable-logging=stderr',
      '--v=0',
      '--virtual-time-budget=30000',
      '--dump-dom',
      pathToFileURL(file).href,
    ],
    { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw run.error;
  // Chromium writes each console message to stderr as "…:INFO:CONSOLE:1] "message", source: …" (or CONSOLE(1)),
  // whatever its level. The page logs Vega's warnings too (a failed load is only a warning); the one warning let
  // through is Vega's "Infinite extent" of an empty layer (e.g. the paper's mode where it gives none).
  const consoleLines = run.stderr
    .split('\n')
    .filter((l) => /:CONSOLE[:(]/.test(l))
    .filter((l) => !/"WARN Infinite extent for field /.test(l));
  return { dom: run.stdout, consoleLines };
}

describe.skipIf(!CHROMIUM)('HTML report in headless Chromium', () => {
  it('renders every figure, offline from the file system, with no console error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-report-'));
    try {
      const results: ClaimResult[] = [];
      const figures: FigureFile[] = [];
      for (const claim of claims) {
        const input = syntheticFigureInput(claim.configFor('ci'));
        const result = withPaperColumn(claim.id, input, resultOf(claim.id));
        const drawn = claimFigures(claim.id, input, result).map((f) => ({
          name: `${claim.id}-${f.file}`,
          svg: '<svg></svg>',
          spec: f.spec,
          claim: claim.id,
        }));
        figures.push(...drawn);
        results.push({ ...result, figures: drawn.map((f) => f.name) });
      }
      const replay = 'landscape replay counterexamples/decorrelation-abc.json';
      const ce = claimFigures(
        'decorrelation',
        syntheticFigureInput(claims[0].configFor('ci')),
        resultOf('decorrelation'),
      )[0];
      const meta = {
        scale: 'ci',
        profile: 'default',
        seed: 1,
        started: '2026-01-01T00:00:00Z',
        finished: '2026-01-01T00:00:01Z',
        versions: {},
        command: 'landscape verify --scale ci',
      };
      const written = writeReport(dir, { claims: results, meta }, figures, [
        { claim: 'decorrelation', name: 'decorrelation-abc-train-test.svg', spec: ce.spec, replay },
      ]);
      const { dom, consoleLines } = openInChromium(written.html);
      expect(consoleLines, consoleLines.join('\n')).toEqual([]);
      expect(dom).toMatch(/<pre id="console-errors"><\/pre>/);
      const total = figures.length + 1;
      expect(dom).toContain(`data-figures-rendered="${total}"`);
      expect(dom).toContain('data-figures-failed="0"');
      const containers = [...dom.matchAll(/<div class="vega" id="figure-(\d+)"[^>]*>/g)];
      expect(containers).toHaveLength(total);
      for (const c of containers) expect(c[0], c[0]).toContain('data-rendered="true"');
      // The verdict table, the paper column with its tags, the counterexample's replay command.
      expect(dom).toContain('❌ fails');
      expect(dom).toContain('Ours beside the paper');
      expect(dom).toContain('Pearson r(train, test) at n1 = 25 (Table 1)');
      expect(dom).toContain(replay);
      expect(dom).not.toContain('synthetic <records>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('fails a page whose figure needs the network or breaks (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-report-'));
    try {
      const claim: ClaimResult = { ...resultOf('band'), figures: ['band-x.svg'] };
      const meta = { scale: 'ci', profile: 'p', seed: 1, started: 's', finished: 'f', versions: {}, command: 'c' };
      const written = writeReport(dir, { claims: [claim], meta }, [
        {
          name: 'band-x.svg',
          svg: '<svg></svg>',
          claim: 'band',
          spec: {
            data: { url: 'https://example.invalid/data.json' },
            mark: 'point',
            encoding: { x: { field: 'a', type: 'quantitative' } },
          },
        },
      ]);
      const { dom, consoleLines } = openInChromium(written.html);
      const errors = `${consoleLines.join('\n')}${/<pre id="console-errors">([^<]*)<\/pre>/.exec(dom)?.[1] ?? ''}`;
      expect(errors.length, 'a figure loading data from the network must log an error').toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
