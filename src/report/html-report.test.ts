import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../claims/claim-result.js';
import { escapeHtml, renderHtmlReport, withReplay } from './html-report.js';

const claim: ClaimResult = {
  id: 'band',
  title: 'Band <b>',
  paperReference: 'Fig. 3',
  verdict: 'fails',
  statistic: { name: 's', value: 0.5 },
  threshold: { description: 't', value: 0.1 },
  alpha: 0.05,
  rule: 'r & r',
  reason: 'because </script>',
  evidence: [{ size: 25, share: 0.25 }],
  paperComparison: [{ quantity: 'mode of H/N at N = 250', ours: -1.6, paper: -1.6, tag: 'F' }],
};
const meta = {
  scale: 'ci',
  profile: 'p',
  seed: 3,
  started: 's',
  finished: 'f',
  versions: {},
  command: 'landscape verify',
};
const spec = {
  data: { values: [{ a: 1 }, { a: 2 }] },
  mark: 'point' as const,
  encoding: {
    x: { field: 'a', type: 'quantitative' as const },
    tooltip: [{ field: 'a', type: 'quantitative' as const }],
  },
};

describe('renderHtmlReport', () => {
  const html = renderHtmlReport({ claims: [claim], meta }, [{ claim: 'band', name: 'band-x.svg', spec }], '/*vega*/');

  it('holds the verdict table, the evidence and the paper column with its tag, escaped', () => {
    expect(html).toContain('<a href="#claim-band">band</a>: Band &lt;b&gt;');
    expect(html).toContain('❌ fails');
    expect(html).toContain(
      '<td>mode of H/N at N = 250</td><td>-1.6</td><td>-1.6</td><td><span class="tag">F</span></td><td>0</td>',
    );
    expect(html).toContain('because &lt;/script&gt;');
    expect(html).toContain('<td>25</td><td>0.25</td>');
  });

  it('inlines the runtime and the compiled Vega specs, one container per figure', () => {
    expect(html).toContain('<script>/*vega*/</script>');
    expect(html).toContain('<div class="vega" id="figure-0" data-figure="band-x.svg"></div>');
    const specs = JSON.parse(/<script type="application\/json" id="figure-specs">(.*)<\/script>/.exec(html)?.[1] ?? '');
    expect(specs).toHaveLength(1);
    expect(specs[0].$schema).toContain('vega/v');
  });

  it('leaves out a figure of a claim that is not in the report', () => {
    const other = renderHtmlReport({ claims: [claim], meta }, [{ claim: 'x', name: 'x.svg', spec }], '');
    expect(other).not.toContain('id="figure-0"');
  });
});

describe('withReplay', () => {
  it('adds the replay command to every data row, every tooltip and the subtitle', () => {
    const out = withReplay({ ...spec, title: 'T' }, 'landscape replay ce.json') as unknown as {
      data: { values: { replay: string }[] };
      encoding: { tooltip: { field: string }[] };
      title: { text: string; subtitle: string };
    };
    expect(out.data.values.map((v) => v.replay)).toEqual(['landscape replay ce.json', 'landscape replay ce.json']);
    expect(out.encoding.tooltip.map((t) => t.field)).toEqual(['a', 'replay']);
    expect(out.title).toEqual({ text: 'T', subtitle: 'replay: landscape replay ce.json' });
  });

  it('escapeHtml escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
