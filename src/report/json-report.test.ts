import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../claims/claim-result.js';
import { renderJsonReport } from './json-report.js';

const claim: ClaimResult = {
  id: 'decorrelation',
  title: 'Train and test loss decorrelate as width grows',
  paperReference: 'section 6.2, Table 1',
  verdict: 'holds',
  statistic: { name: 'Spearman rho of r against n1', value: -1 },
  threshold: { description: 'critical value', value: -0.9 },
  alpha: 0.05,
  rule: 'r decreases with n1',
  reason: 'r falls at every step.',
  evidence: [{ n1: 25, r: 0.75 }],
};

describe('renderJsonReport', () => {
  it('writes the claims with their fields as they are, and the meta', () => {
    const meta = {
      scale: 'ci',
      profile: 'default',
      seed: 1,
      started: 'a',
      finished: 'b',
      versions: { node: 'v20' },
      command: 'landscape verify',
    };
    const text = renderJsonReport({ claims: [claim], meta });
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({ claims: [claim], meta });
  });
});
