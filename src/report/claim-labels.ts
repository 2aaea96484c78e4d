/**
 * The text of a claim that the Markdown and HTML reports write alike: the anchor its section is linked by (the
 * verdict table links to it in both) and its threshold as one phrase. Unescaped: each report escapes for itself.
 */
import type { ClaimResult } from '../claims/claim-result.js';
import { formatNumber } from './format-number.js';

/** `claim-` and the id in lower case, every run of characters other than a–z and 0–9 made one '-'. */
export function claimAnchor(id: string): string {
  return `claim-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** The threshold's description, followed by ` = value` (4 significant digits) where it has a value. */
export function thresholdText(c: ClaimResult): string {
  return c.threshold.value === null
    ? c.threshold.description
    : `${c.threshold.description} = ${formatNumber(c.threshold.value)}`;
}
