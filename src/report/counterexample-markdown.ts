import type { Counterexample } from './counterexample.js';
import { formatNumber } from './format-number.js';
import { evidenceTable } from './markdown-report.js';

/** The reader's view of a counterexample: verdict and numbers first, then the configuration and how to replay it. */
export function renderCounterexampleMarkdown(ce: Counterexample): string {
  const r = ce.result;
  const fc = ce.fastCheck;
  const search = [
    `seed ${fc.seed}`,
    fc.path !== undefined ? `path \`${fc.path}\`` : null,
    fc.numRuns !== undefined ? `${fc.numRuns} runs` : null,
    fc.shrinkSteps !== undefined ? `${fc.shrinkSteps} shrink steps` : null,
    fc.shrinkingStoppedEarly ? 'shrinking stopped early (the case may not be minimal)' : 'fully shrunk',
  ].filter((s) => s !== null);
  const lines = [
    `# Counterexample to "${ce.claim}" (${ce.id})`,
    '',
    `**${r.title}** (${r.paperReference}): **${r.verdict}** on this configuration. ${r.reason}`,
    '',
    `- **Statistic:** ${r.statistic.name} = ${formatNumber(r.statistic.value)}`,
    `- **Threshold:** ${r.threshold.description}${r.threshold.value === null ? '' : ` = ${formatNumber(r.threshold.value)}`}`,
    `- **α:** ${formatNumber(r.alpha)}`,
    `- **Rule:** ${r.rule}`,
    '',
    '## Replay',
    '',
    '```sh',
    ce.replayCommand,
    '```',
    '',
    `fast-check: ${search.join(', ')}.`,
    '',
    '## Configuration (shrunk)',
    '',
    '```json',
    JSON.stringify(ce.configuration, null, 2) ?? 'null',
    '```',
    '',
    ...(ce.experiments && ce.experiments.length > 0
      ? [
          '## Landscapes and seeds',
          '',
          ...ce.experiments.map(
            (e) =>
              `- ${e.name || 'experiment'}: seed ${e.seed}, ${e.landscape}${e.disorder ? ` (disorder ${e.disorder})` : ''}, sizes ${e.sizes.join(', ')}, ${e.runsPerSize} runs per size${e.landscapesPerSize !== null ? `, ${e.landscapesPerSize} landscape(s) per size` : ''}`,
          ),
          '',
        ]
      : []),
    '## Evidence',
    '',
    evidenceTable(r.evidence),
  ];
  if (ce.figure) lines.push('', `![${ce.claim} counterexample](${encodeURI(ce.figure)})`);
  return `${lines.join('\n')}\n`;
}
