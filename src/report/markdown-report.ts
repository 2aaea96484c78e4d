import type { ClaimResult, EvidenceRow, PaperComparisonRow, Verdict } from '../claims/claim-result.js';
import { claimAnchor, thresholdText } from './claim-labels.js';
import { FINITE_SIZE_MAP_FILE } from './finite-size-map-figure.js';
import { formatNumber } from './format-number.js';
import { escapeMarkdownCell, markdownTable, markdownTableOfEscapedCells } from './markdown-table.js';
import type { ReportInput, ReportMeta } from './report-input.js';

const VERDICT_LABEL: Record<Verdict, string> = {
  holds: '✅ holds',
  fails: '❌ fails',
  inconclusive: '❔ inconclusive',
};

/**
 * The human-readable report: a verdict table first, then the run's settings, then one section per claim with its
 * statement, paper reference, decision rule, reason, evidence table, our numbers beside the paper's, our own
 * definitions and its figures. Numbers carry 4 significant digits; table cells are escaped.
 */
export function renderMarkdownReport(input: ReportInput): string {
  const { claims, meta } = input;
  const parts = [
    '# Verification report: The Loss Surfaces of Multilayer Networks',
    '',
    '_Choromanska, Henaff, Mathieu, Ben Arous, LeCun (AISTATS 2015), checked by landscape-claims._',
    '',
    tallyLine(claims, meta),
    '',
    '## Verdicts',
    '',
    verdictTable(claims),
    '',
    '## Run',
    '',
    runTable(meta),
    '',
    ...finiteSizeSection(input),
    ...claims.flatMap((claim) => [claimSection(claim), '']),
  ];
  return `${parts.join('\n').trimEnd()}\n`;
}

function tallyLine(claims: readonly ClaimResult[], meta: ReportMeta): string {
  const count = (v: Verdict) => claims.filter((c) => c.verdict === v).length;
  const noun = claims.length === 1 ? 'claim' : 'claims';
  return (
    `**${claims.length} ${noun}: ${count('holds')} hold, ${count('fails')} fail, ${count('inconclusive')} inconclusive** ` +
    `(scale \`${meta.scale}\`, profile \`${meta.profile}\`, seed ${meta.seed}).`
  );
}

function verdictTable(claims: readonly ClaimResult[]): string {
  if (claims.length === 0) return '_No claims were evaluated._';
  const rows = claims.map((c) => [
    claimLink(c),
    ...[
      VERDICT_LABEL[c.verdict],
      `${c.statistic.name} = ${formatNumber(c.statistic.value)}`,
      thresholdText(c),
      formatNumber(c.alpha),
    ].map(escapeMarkdownCell),
  ]);
  return markdownTableOfEscapedCells(['claim', 'verdict', 'statistic', 'threshold', 'α'], rows);
}

function claimLink(claim: ClaimResult): string {
  return `[${escapeMarkdownCell(claim.id)}](#${claimAnchor(claim.id)}): ${escapeMarkdownCell(claim.title)}`;
}

function runTable(meta: ReportMeta): string {
  const versions = Object.entries(meta.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return markdownTable(
    ['setting', 'value'],
    [
      ['command', inlineCode(meta.command)],
      ['scale', meta.scale],
      ['profile', meta.profile],
      ['seed', String(meta.seed)],
      ['started', meta.started],
      ['finished', `${meta.finished}${durationText(meta.started, meta.finished)}`],
      ['versions', versions || '—'],
    ],
  );
}

function inlineCode(text: string): string {
  return text.includes('`') ? text : `\`${text}\``;
}

function durationText(started: string, finished: string): string {
  const ms = Date.parse(finished) - Date.parse(started);
  if (!Number.isFinite(ms) || ms < 0) return '';
  return ` (${formatNumber(ms / 1000)} s)`;
}

function claimSection(c: ClaimResult): string {
  const lines = [
    `<a id="${claimAnchor(c.id)}"></a>`,
    '',
    `## ${c.id}: ${c.title}`,
    '',
    `**Verdict: ${VERDICT_LABEL[c.verdict]}.** ${c.reason}`,
    '',
    `- **Paper:** ${c.paperReference}`,
    `- **Statistic:** ${c.statistic.name} = ${formatNumber(c.statistic.value)}`,
    `- **Threshold:** ${thresholdText(c)}`,
    `- **α (false-alarm rate):** ${c.alpha === null ? '— (not a statistical test)' : formatNumber(c.alpha)}`,
    `- **Rule:** ${c.rule}`,
    '',
    '### Evidence',
    '',
    evidenceTable(c.evidence),
  ];
  if (c.paperComparison && c.paperComparison.length > 0) {
    lines.push(
      '',
      '### Ours beside the paper',
      '',
      comparisonTable(c.paperComparison),
      '',
      '_Paper values from fixtures/paper.json, tagged V (stated in the text or tables), F (read from a figure, about ' +
        'one small tick), C (the authors’ code) or I (inferred). “—” for ours: not measured at this scale._',
    );
  }
  if (c.ourDefinitions && c.ourDefinitions.length > 0) {
    lines.push('', '### Definitions that are ours, not the paper’s', '', ...c.ourDefinitions.map((d) => `- ${d}`));
  }
  if (c.figures && c.figures.length > 0) {
    lines.push('', '### Figures', '', ...c.figures.flatMap((f) => [`![${c.id}: ${f}](${encodeURI(f)})`, '']));
  }
  return lines.join('\n').trimEnd();
}

/** One column per key, in order of first appearance across rows; a row without a key shows an empty cell. */
export function evidenceTable(rows: readonly EvidenceRow[]): string {
  if (rows.length === 0) return '_No evidence rows._';
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return markdownTable(
    columns,
    rows.map((r) => columns.map((k) => (k in r ? formatCell(r[k]) : ''))),
  );
}

function formatCell(value: number | string | boolean | null): string {
  if (typeof value === 'number' || value === null) return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value;
}

/** A number, a text (a range), or "—" when absent. */
export function formatComparisonValue(value: number | string | null): string {
  return typeof value === 'string' ? value : formatNumber(value);
}

/** ours − paper when both are numbers, else "—". */
export function comparisonDifference(row: PaperComparisonRow): string {
  return typeof row.ours === 'number' && typeof row.paper === 'number' ? formatNumber(row.ours - row.paper) : '—';
}

function comparisonTable(rows: readonly PaperComparisonRow[]): string {
  return markdownTable(
    ['quantity', 'ours', 'paper', 'tag', 'ours − paper'],
    rows.map((r) => [
      r.quantity,
      formatComparisonValue(r.ours),
      formatComparisonValue(r.paper),
      r.tag ?? '—',
      comparisonDifference(r),
    ]),
  );
}

/**
 * Explore profile: the finite-size map of each asymptotic claim — per size tried, the verdicts of the configurations
 * of that size, and the smallest size from which every configuration held.
 */
function finiteSizeSection(input: ReportInput): string[] {
  const maps = input.finiteSizeMaps ?? [];
  if (maps.length === 0) return [];
  const rows = maps.map((m) => [
    m.claim,
    m.holdsFrom === null ? 'not on the sizes tried' : String(m.holdsFrom),
    m.sizes.map((s) => `${s.size}: ${s.holds}/${s.fails}/${s.inconclusive}`).join(', '),
  ]);
  return [
    '## Finite-size maps',
    '',
    'Asymptotic claims on the explore profile: from which size on the claim holds on the sizes tried (size = the smallest N of a ladder, or the N of a configuration), and per size the configurations that held / failed / were inconclusive. A failure is a counterexample only when it is a reversal (it fails at a size larger than one where the claim held) or at the largest size tried.',
    '',
    markdownTable(['claim', 'holds from', 'size: holds/fails/inconclusive'], rows),
    '',
    `![finite-size maps](${FINITE_SIZE_MAP_FILE})`,
    '',
  ];
}
