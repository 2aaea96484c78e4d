import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimResult } from '../claims/claim-result.js';
import { InputError } from '../core/input-error.js';
import { renderJsonReport } from './json-report.js';
import { renderMarkdownReport } from './markdown-report.js';
import { writeReport } from './write-report.js';

const claim: ClaimResult = {
  id: 'x',
  title: 'X',
  paperReference: 'section 1',
  verdict: 'fails',
  statistic: { name: 's', value: 1 },
  threshold: { description: 't', value: 0 },
  alpha: 0.01,
  rule: 'r',
  reason: 'because',
  evidence: [],
  figures: ['x.svg'],
};
const input = {
  claims: [claim],
  meta: { scale: 'ci', profile: 'p', seed: 3, started: 's', finished: 'f', versions: {}, command: 'c' },
};

describe('writeReport', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('writes report.json, report.md, index.html and the figures into a new directory', () => {
    const root = mkdtempSync(join(tmpdir(), 'report-'));
    dirs.push(root);
    const dir = join(root, 'nested', 'out');
    const paths = writeReport(dir, input, [{ name: 'x.svg', svg: '<svg></svg>' }]);
    expect(readFileSync(paths.json, 'utf8')).toBe(renderJsonReport(input));
    expect(readFileSync(paths.markdown, 'utf8')).toBe(renderMarkdownReport(input));
    expect(readFileSync(join(dir, 'x.svg'), 'utf8')).toBe('<svg></svg>');
    const html = readFileSync(paths.html, 'utf8');
    expect(paths.html).toBe(join(dir, 'index.html'));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    // Self-contained: the Vega runtime is inline and nothing is loaded from elsewhere.
    expect(html).toContain('vega.View');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
  });

  it('refuses a figure name that is a path or not an .svg', () => {
    const root = mkdtempSync(join(tmpdir(), 'report-'));
    dirs.push(root);
    expect(() => writeReport(root, input, [{ name: '../x.svg', svg: '' }])).toThrow(InputError);
    expect(() => writeReport(root, input, [{ name: 'x.png', svg: '' }])).toThrow(InputError);
  });
});
