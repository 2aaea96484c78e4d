/**
 * The ready-to-use files in deploy/ run commands the CLI accepts: every `npx landscape …` line is parsed by the
 * real command definitions (strict: unknown flags and extra positionals fail), the shards cover 1/n … n/n exactly
 * once, the merge reads every shard's store, and the judge reads the merged store with --no-compute.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import yargs, { type CommandModule } from 'yargs';
import { SCALES } from '../src/claims/scale.js';
import { commands } from '../src/cli/command-list.js';
import { parseShard } from '../src/experiments/shard.js';

interface Parsed {
  command: string;
  args: Record<string, unknown>;
}

/** Parse one command line with the CLI's own command modules, handlers replaced by a recorder. */
async function parseLandscape(line: string): Promise<Parsed> {
  const words = line.trim().split(/\s+/);
  expect(words.slice(0, 2), line).toEqual(['npx', 'landscape']);
  let parsed: Parsed | undefined;
  const parser = yargs(words.slice(2))
    .strict()
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new Error(msg);
    });
  // biome-ignore lint/suspicious/noExplicitAny: yargs command modules are heterogeneous.
  for (const c of commands as CommandModule<any, any>[]) {
    const name = String(c.command).split(' ')[0];
    parser.command({
      ...c,
      handler: (args: Record<string, unknown>) => {
        parsed = { command: name, args };
      },
    });
  }
  await parser.parseAsync();
  if (!parsed) throw new Error(`no command ran for: ${line}`);
  if (typeof parsed.args.scale === 'string') expect(SCALES).toContain(parsed.args.scale);
  return parsed;
}

function landscapeLines(script: string): string[] {
  return script
    .split('&&')
    .map((s) => s.trim())
    .filter((s) => s.startsWith('npx landscape'));
}

describe('deploy/github-actions-verify.yml', () => {
  const workflow = parse(readFileSync(new URL('../deploy/github-actions-verify.yml', import.meta.url), 'utf8'));

  it('shards the paper-scale verify over its matrix, merges every shard and judges with --no-compute', async () => {
    const shards: number[] = workflow.jobs.shard.strategy.matrix.shard;
    const shardRuns: string[] = workflow.jobs.shard.steps.map((s: { run?: string }) => s.run ?? '');
    const shardLine = shardRuns.flatMap(landscapeLines);
    expect(shardLine).toHaveLength(1);
    const seen: number[] = [];
    for (const i of shards) {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow's own ${{ … }} expression, not a template.
      const p = await parseLandscape(shardLine[0].replaceAll('${{ matrix.shard }}', String(i)));
      expect(p.command).toBe('verify');
      const shard = parseShard(String(p.args.shard));
      expect(shard.count).toBe(shards.length);
      expect(p.args.results).toBe(`results-${i}`);
      seen.push(shard.index);
    }
    expect(seen.sort((a, b) => a - b)).toEqual(shards.map((_, k) => k + 1));

    const judgeLines = workflow.jobs.judge.steps.flatMap((s: { run?: string }) => landscapeLines(s.run ?? ''));
    const [merge, judge] = await Promise.all(judgeLines.map(parseLandscape));
    expect(merge.command).toBe('merge');
    expect(merge.args.dirs).toEqual(shards.map((i) => `results-${i}`));
    expect(judge.command).toBe('verify');
    expect(judge.args.compute).toBe(false);
    expect(judge.args.results).toBe(merge.args.out);
    expect(judge.args.scale).toBe('paper');
    expect(judge.args.shard).toBeUndefined();
  });
});

describe('deploy/k8s-indexed-job.yaml', () => {
  const docs = parseAllDocuments(readFileSync(new URL('../deploy/k8s-indexed-job.yaml', import.meta.url), 'utf8')).map(
    (d) => d.toJS(),
  );
  const script = (job: { spec: { template: { spec: { containers: { command: string[] }[] } } } }) =>
    job.spec.template.spec.containers[0].command.at(-1) ?? '';

  it('runs one shard per completion index and a judge that merges them all and reads with --no-compute', async () => {
    const shards = docs.find((d) => d.metadata.labels.part === 'shards');
    const judgeJob = docs.find((d) => d.metadata.labels.part === 'judge');
    expect(shards.spec.completionMode).toBe('Indexed');
    const n: number = shards.spec.completions;
    const [shardLine] = landscapeLines(script(shards));
    const dirs: string[] = [];
    const seen: number[] = [];
    for (let index = 0; index < n; index += 1) {
      const line = shardLine
        .replaceAll('$((JOB_COMPLETION_INDEX + 1))', String(index + 1))
        .replaceAll('$JOB_COMPLETION_INDEX', String(index));
      const p = await parseLandscape(line);
      expect(p.command).toBe('verify');
      const shard = parseShard(String(p.args.shard));
      expect(shard.count).toBe(n);
      seen.push(shard.index);
      dirs.push(String(p.args.results));
    }
    expect(seen).toEqual(Array.from({ length: n }, (_, k) => k + 1));

    const [mergeLine, judgeLine] = landscapeLines(script(judgeJob));
    const merge = await parseLandscape(mergeLine);
    const judge = await parseLandscape(judgeLine);
    expect(merge.command).toBe('merge');
    const glob = String((merge.args.dirs as string[])[0]);
    expect(glob.endsWith('*')).toBe(true);
    for (const d of dirs) expect(d.startsWith(glob.slice(0, -1))).toBe(true);
    expect(String(merge.args.out).startsWith(glob.slice(0, -1))).toBe(false); // the glob must not match its own output
    expect(judge.command).toBe('verify');
    expect(judge.args.compute).toBe(false);
    expect(judge.args.results).toBe(merge.args.out);
  });

  it('rejects a mistyped flag (the check can fail)', async () => {
    await expect(parseLandscape('npx landscape verify --scale paper --shardd 1/2')).rejects.toThrow();
  });
});
