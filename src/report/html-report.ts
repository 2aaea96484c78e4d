/**
 * The HTML report (reports/index.html beside report.md): one self-contained file that works offline from the file
 * system. It holds the verdict table, the run's settings and, per claim, the statement, rule, evidence, the paper
 * column (ours beside the paper's, with its tag) and the claim's figures as interactive Vega views with tooltips
 * (size, run, seed; for a counterexample's figures also the replay command).
 *
 * Figures are compiled from Vega-Lite to Vega here (the same compiler as the SVG files), and the Vega runtime
 * (node_modules/vega/build/vega.min.js) is inlined once, so the page loads nothing from the network. Tooltips use
 * Vega's own handler (the browser's title tooltip). The page logs Vega warnings and errors to the console
 * (a failed load is only a warning) and records what it rendered for tests and readers:
 * every figure container gets data-rendered="true" (or data-error with the message), the body gets
 * data-figures-rendered / data-figures-failed, and every console error or uncaught exception is listed in
 * #console-errors.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ClaimResult, EvidenceRow, Verdict } from '../claims/claim-result.js';
import { claimAnchor, thresholdText } from './claim-labels.js';
import { formatNumber } from './format-number.js';
import { comparisonDifference, formatComparisonValue } from './markdown-report.js';
import type { ReportInput, ReportMeta } from './report-input.js';

/** A figure of the HTML report: the claim it belongs to, its file name, its Vega-Lite spec and, for a counterexample, the replay command. */
export interface HtmlFigure {
  claim: string;
  name: string;
  spec: TopLevelSpec;
  replay?: string;
}

const VERDICT_LABEL: Record<Verdict, string> = {
  holds: '✅ holds',
  fails: '❌ fails',
  inconclusive: '❔ inconclusive',
};

/** The Vega runtime as shipped by the `vega` package (a dependency), to inline into the page. */
export function vegaRuntime(): string {
  const entry = createRequire(import.meta.url).resolve('vega');
  return readFileSync(join(dirname(entry), 'vega.min.js'), 'utf8');
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON safe inside a <script> element (no "</script>", no HTML comment openers). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * A counterexample's figure: every inline data row carries the replay command and every tooltip lists it, and the
 * title's subtitle says it.
 */
export function withReplay(spec: TopLevelSpec, replay: string): TopLevelSpec {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'values' && Array.isArray(value)) {
        out[key] = value.map((v) => (v !== null && typeof v === 'object' ? { ...v, replay } : v));
      } else if (key === 'tooltip' && Array.isArray(value)) {
        out[key] = [...value.map(walk), { field: 'replay', type: 'nominal', title: 'replay' }];
      } else {
        out[key] = walk(value);
      }
    }
    return out;
  };
  const replayed = walk(spec) as TopLevelSpec & { title?: unknown };
  const title = spec.title;
  const text = typeof title === 'string' ? title : ((title as { text?: string } | undefined)?.text ?? '');
  return { ...replayed, title: { text, subtitle: `replay: ${replay}` } } as TopLevelSpec;
}

function cellText(value: number | string | boolean | null): string {
  if (typeof value === 'number' || value === null) return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value;
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], cls = ''): string {
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function verdictTable(claims: readonly ClaimResult[]): string {
  if (claims.length === 0) return '<p><em>No claims were evaluated.</em></p>';
  return table(
    ['claim', 'verdict', 'statistic', 'threshold', 'α'],
    claims.map((c) => [
      `<a href="#${claimAnchor(c.id)}">${escapeHtml(c.id)}</a>: ${escapeHtml(c.title)}`,
      `<span class="verdict ${c.verdict}">${VERDICT_LABEL[c.verdict]}</span>`,
      escapeHtml(`${c.statistic.name} = ${formatNumber(c.statistic.value)}`),
      escapeHtml(thresholdText(c)),
      escapeHtml(formatNumber(c.alpha)),
    ]),
    'verdicts',
  );
}

function runTable(meta: ReportMeta): string {
  const versions = Object.entries(meta.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return table(
    ['setting', 'value'],
    [
      ['command', `<code>${escapeHtml(meta.command)}</code>`],
      ['scale', escapeHtml(meta.scale)],
      ['profile', escapeHtml(meta.profile)],
      ['seed', escapeHtml(String(meta.seed))],
      ['started', escapeHtml(meta.started)],
      ['finished', escapeHtml(meta.finished)],
      ['versions', escapeHtml(versions || '—')],
    ],
  );
}

function evidenceTable(rows: readonly EvidenceRow[]): string {
  if (rows.length === 0) return '<p><em>No evidence rows.</em></p>';
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return table(
    columns,
    rows.map((r) => columns.map((k) => (k in r ? escapeHtml(cellText(r[k])) : ''))),
  );
}

function paperTable(c: ClaimResult): string {
  const rows = c.paperComparison ?? [];
  if (rows.length === 0) return '';
  return [
    '<h3>Ours beside the paper</h3>',
    table(
      ['quantity', 'ours', 'paper', 'tag', 'ours − paper'],
      rows.map((r) => [
        escapeHtml(r.quantity),
        escapeHtml(formatComparisonValue(r.ours)),
        escapeHtml(formatComparisonValue(r.paper)),
        `<span class="tag">${escapeHtml(r.tag ?? '—')}</span>`,
        escapeHtml(comparisonDifference(r)),
      ]),
      'paper',
    ),
    '<p class="note">Paper values from fixtures/paper.json, tagged V (stated in the text or tables), F (read from a ' +
      'figure, about one small tick), C (the authors’ code) or I (inferred). “—” for ours: not measured at this scale.</p>',
  ].join('\n');
}

function figureBlock(index: number, figure: HtmlFigure): string {
  const replay = figure.replay
    ? `<p class="replay">Counterexample — replay: <code>${escapeHtml(figure.replay)}</code></p>`
    : '';
  return (
    `<figure>${replay}<div class="vega" id="figure-${index}" data-figure="${escapeHtml(figure.name)}"></div>` +
    `<figcaption>${escapeHtml(figure.name)}</figcaption></figure>`
  );
}

function claimSection(c: ClaimResult, figures: readonly { index: number; figure: HtmlFigure }[]): string {
  const parts = [
    `<section id="${claimAnchor(c.id)}">`,
    `<h2>${escapeHtml(c.id)}: ${escapeHtml(c.title)}</h2>`,
    `<p><strong>Verdict: <span class="verdict ${c.verdict}">${VERDICT_LABEL[c.verdict]}</span>.</strong> ${escapeHtml(c.reason)}</p>`,
    '<ul>',
    `<li><strong>Paper:</strong> ${escapeHtml(c.paperReference)}</li>`,
    `<li><strong>Statistic:</strong> ${escapeHtml(`${c.statistic.name} = ${formatNumber(c.statistic.value)}`)}</li>`,
    `<li><strong>Threshold:</strong> ${escapeHtml(thresholdText(c))}</li>`,
    `<li><strong>α (false-alarm rate):</strong> ${escapeHtml(c.alpha === null ? '— (not a statistical test)' : formatNumber(c.alpha))}</li>`,
    `<li><strong>Rule:</strong> ${escapeHtml(c.rule)}</li>`,
    '</ul>',
    '<h3>Evidence</h3>',
    evidenceTable(c.evidence),
    paperTable(c),
  ];
  if (c.ourDefinitions && c.ourDefinitions.length > 0) {
    parts.push(
      '<h3>Definitions that are ours, not the paper’s</h3>',
      `<ul>${c.ourDefinitions.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>`,
    );
  }
  if (figures.length > 0) {
    parts.push('<h3>Figures</h3>', ...figures.map((f) => figureBlock(f.index, f.figure)));
  }
  parts.push('</section>');
  return parts.filter((p) => p !== '').join('\n');
}

const STYLE = `
body { font-family: Helvetica, Arial, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 7px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.verdict.holds { color: #1a7f37; } .verdict.fails { color: #cf222e; } .verdict.inconclusive { color: #9a6700; }
.tag { font-family: monospace; }
.note { font-size: 12px; color: #555; }
figure { margin: 1em 0; } figcaption { font-size: 12px; color: #555; }
.replay code, code { background: #f6f8fa; padding: 1px 4px; }
#console-errors:empty { display: none; }
#console-errors { color: #cf222e; white-space: pre-wrap; }
`;

/** The page script: captures console errors, then renders every figure and records the outcome in the DOM. */
const PAGE_SCRIPT = `
(function () {
  var log = document.getElementById('console-errors');
  function record(kind, args) {
    var text = Array.prototype.map.call(args, function (a) { return a && a.stack ? a.stack : String(a); }).join(' ');
    log.textContent += kind + ': ' + text + '\\n';
  }
  var error = console.error.bind(console);
  console.error = function () { record('console.error', arguments); error.apply(null, arguments); };
  window.addEventListener('error', function (e) { record('uncaught', [e.message]); });
  window.addEventListener('unhandledrejection', function (e) { record('unhandled rejection', [e.reason]); });
  var specs = JSON.parse(document.getElementById('figure-specs').textContent);
  var pending = specs.length, rendered = 0, failed = 0;
  function done() {
    if (--pending === 0) {
      document.body.setAttribute('data-figures-rendered', String(rendered));
      document.body.setAttribute('data-figures-failed', String(failed));
    }
  }
  if (pending === 0) { document.body.setAttribute('data-figures-rendered', '0'); document.body.setAttribute('data-figures-failed', '0'); }
  specs.forEach(function (spec, i) {
    var el = document.getElementById('figure-' + i);
    try {
      var view = new vega.View(vega.parse(spec), { renderer: 'svg', container: el, hover: true, logLevel: vega.Warn });
      view.runAsync().then(function () {
        el.setAttribute('data-rendered', String(el.querySelector('svg') !== null));
        rendered += 1; done();
      }, function (e) { el.setAttribute('data-error', String(e)); record('figure ' + i, [e]); failed += 1; done(); });
    } catch (e) { el.setAttribute('data-error', String(e)); record('figure ' + i, [e]); failed += 1; done(); }
  });
})();
`;

/**
 * The HTML report: verdict table, run settings, one section per claim (evidence, paper column, figures); figures
 * are compiled to Vega and rendered in the page by the inlined Vega runtime (`vega`: the text of vega.min.js).
 */
export function renderHtmlReport(input: ReportInput, figures: readonly HtmlFigure[], vega: string): string {
  const { claims, meta } = input;
  // Only figures of the report's claims have a place on the page.
  const placed = figures.filter((f) => claims.some((c) => c.id === f.claim));
  const indexed = placed.map((figure, index) => ({ index, figure }));
  const vegaSpecs = placed.map((f) => compile(f.replay ? withReplay(f.spec, f.replay) : f.spec).spec);
  const count = (v: Verdict) => claims.filter((c) => c.verdict === v).length;
  const tally =
    `<p><strong>${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}: ${count('holds')} hold, ` +
    `${count('fails')} fail, ${count('inconclusive')} inconclusive</strong> (scale <code>${escapeHtml(meta.scale)}</code>, ` +
    `profile <code>${escapeHtml(meta.profile)}</code>, seed ${escapeHtml(String(meta.seed))}).</p>`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<title>Verification report: The Loss Surfaces of Multilayer Networks</title>',
    `<style>${STYLE}</style>`,
    // The Vega runtime, inline: the page needs no network. "</script" cannot occur in a minified bundle's code,
    // but is escaped anyway should a string hold it.
    `<script>${vega.replace(/<\/script/gi, '<\\/script')}</script>`,
    '</head><body>',
    '<h1>Verification report: The Loss Surfaces of Multilayer Networks</h1>',
    '<p><em>Choromanska, Henaff, Mathieu, Ben Arous, LeCun (AISTATS 2015), checked by landscape-claims.</em></p>',
    '<pre id="console-errors"></pre>',
    tally,
    '<h2>Verdicts</h2>',
    verdictTable(claims),
    '<h2>Run</h2>',
    runTable(meta),
    ...claims.map((c) =>
      claimSection(
        c,
        indexed.filter((f) => f.figure.claim === c.id),
      ),
    ),
    `<script type="application/json" id="figure-specs">${scriptJson(vegaSpecs)}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
