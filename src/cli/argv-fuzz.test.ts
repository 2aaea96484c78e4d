/**
 * A property over generated command lines for every command: an invalid one — a typo of a real flag, an extra
 * positional, a missing required argument, a bad value — ends with exit code 2, nothing on stdout, exactly one line
 * on stderr, and nothing written (the working directory and every path the command names stay as they were).
 * Valid ones (negative numbers and exponents as values) succeed.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOY_SPEC, tempDir } from '../../test/helpers/engine-helpers.js';
import { restoreSpinGlassExecutor } from '../../test/helpers/engine-toy-executor.js';
import { runCliCaptured } from '../../test/helpers/run-cli-captured.js';
import { runExperiment } from '../experiments/run-experiment.js';

const root = tempDir('argv-fuzz');
const work = join(root, 'work'); // the working directory of every invocation
const store = join(root, 'store'); // a real results directory (read by export and merge)
const D = join(root, 'out'); // where commands are told to write: must stay absent
const SPEC = join(root, 'spec.json');
const previousCwd = process.cwd();

beforeAll(async () => {
  mkdirSync(work);
  await runExperiment({ ...TOY_SPEC, sizes: [4], runsPerSize: 2 }, { resultsDir: store, workers: 1, quiet: true });
  process.chdir(work);
});
afterAll(() => {
  process.chdir(previousCwd);
  restoreSpinGlassExecutor();
  rmSync(root, { recursive: true, force: true });
});

/** Every file under a directory with its size and mtime. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const stat = statSync(path);
      out.push(`${path} ${stat.size} ${stat.mtimeMs}`);
      if (stat.isDirectory()) walk(path);
    }
  };
  walk(dir);
  return out.sort();
}

interface CommandCase {
  /** A valid command line (never run as is: every generated case breaks it). */
  base: string[];
  /** Its flags (for typos). */
  flags: string[];
  /** Whether an extra positional is an error (no variadic positional). */
  fixedPositionals: boolean;
  /** Command lines missing a required argument. */
  missing: string[][];
  /** [flag, bad value] pairs the command refuses before doing anything. */
  bad: [string, string][];
}

const ints = (flags: string[]): [string, string][] =>
  flags.flatMap((f) => ['abc', '1.5', '-7'].map((v): [string, string] => [f, v]));
const ENGINE = ['results', 'workers', 'quiet', 'spec-out', 'json'];

const CASES: Record<string, CommandCase> = {
  theory: {
    base: ['theory', '--p', '3', '--kmax', '1'],
    flags: ['p', 'kmax', 'u', 'json'],
    fixedPositionals: true,
    missing: [['theory', '--kmax', '1']],
    bad: [...ints(['p', 'kmax']), ['u', 'abc'], ['u', '1e400']],
  },
  run: {
    base: ['run', SPEC, '--results', join(D, 'r'), '--workers', '1', '--quiet'],
    flags: ['results', 'workers', 'shard', 'batch-size', 'json', 'quiet'],
    fixedPositionals: true,
    missing: [['run', '--results', join(D, 'r')]],
    bad: [...ints(['workers', 'batch-size']), ['shard', 'x'], ['shard', '3/2'], ['shard', '0/2']],
  },
  runs: {
    base: ['runs', 'export', store],
    flags: ['format', 'results'],
    fixedPositionals: true,
    missing: [['runs', 'export'], ['runs']],
    bad: [['format', 'xml']],
  },
  merge: {
    base: ['merge', store, '--out', join(D, 'm')],
    flags: ['out', 'json'],
    fixedPositionals: false,
    missing: [
      ['merge', store],
      ['merge', '--out', join(D, 'm')],
    ],
    bad: [],
  },
  verify: {
    base: ['verify', 'theory', '--scale', 'ci', '--results', join(D, 'r'), '--out', join(D, 'o'), '--quiet'],
    flags: ['scale', 'profile', 'seed', 'out', 'results', 'counterexamples', 'workers', 'shard', 'json', 'quiet'],
    fixedPositionals: false,
    missing: [],
    bad: [...ints(['seed', 'workers']), ['scale', 'huge'], ['profile', 'x'], ['shard', '0/2']],
  },
  replay: {
    base: ['replay', join(D, 'ce.json'), '--results', join(D, 'r')],
    flags: ['results', 'workers', 'json', 'quiet'],
    fixedPositionals: true,
    missing: [['replay']],
    bad: ints(['workers']),
  },
  spinglass: {
    base: ['spinglass', '-n', '5', '--runs', '1', '--results', join(D, 'r'), '--quiet'],
    flags: [
      ...ENGINE,
      ...['runs', 'optimizer', 'seed', 'disorder', 'lr', 'decay', 'tol', 'max-iter', 'epochs', 'budget'],
      ...['ensemble', 'couplings', 'save-couplings', 'index'],
    ],
    fixedPositionals: true,
    missing: [],
    bad: [
      ...ints(['n', 'p', 'runs', 'P', 'epochs', 'budget', 'max-iter', 'workers']),
      ['seed', '-7'],
      ['optimizer', 'newton'],
      ['ensemble', 'x'],
      ['disorder', 'x'],
      ['n', '5000'],
      ['lr', '-1e-3'],
    ],
  },
  network: {
    base: ['network', '--hidden', '2', '--results', join(D, 'r'), '--quiet'],
    flags: [
      ...ENGINE,
      ...['hidden', 'depth', 'runs', 'epochs', 'optimizer', 'seed', 'lr', 'batch', 'train-size', 'test-size'],
      ...['init', 'task', 'digits', 'downsample', 'evaluations', 'subset', 'ternary-scale', 'index'],
    ],
    fixedPositionals: true,
    missing: [['network', '--results', join(D, 'r')]],
    bad: [
      ...ints(['hidden', 'depth', 'runs', 'epochs', 'batch']),
      ['optimizer', 'x'],
      ['task', 'x'],
      ['init', 'x'],
      ['downsample', 'x'],
      ['digits', '4,4'],
    ],
  },
  calibrate: {
    base: ['calibrate', 'theory', '--scale', 'ci', '--trials', '1', '--quiet'],
    flags: ['scale', 'trials', 'null-trials', 'json', 'quiet'],
    fixedPositionals: false,
    missing: [],
    bad: [...ints(['trials', 'null-trials']), ['trials', '0'], ['scale', 'paper'], ['scale', 'x']],
  },
  golden: {
    base: ['golden', '--check', '--file', join(D, 'golden.json')],
    flags: ['check', 'update', 'file', 'all'],
    fixedPositionals: true,
    missing: [],
    bad: [],
  },
};

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** A misspelling of a real flag that is no flag of the command (nor its camelCase form, nor a negation). */
function typoOf(flag: string, at: number, kind: number, letter: string, known: Set<string>): string | undefined {
  const i = at % flag.length;
  const typo = [
    flag.slice(0, i) + flag.slice(i + 1), // dropped
    flag.slice(0, i) + flag[i] + flag.slice(i), // doubled
    flag.slice(0, i) + (flag[i + 1] ?? '') + flag[i] + flag.slice(i + 2), // swapped
    flag.slice(0, i) + letter + flag.slice(i + 1), // replaced
  ][kind];
  if (typo.length < 2 || known.has(typo) || known.has(camel(typo)) || typo.startsWith('no-') || typo === 'help')
    return undefined;
  return typo;
}

type Invalid = { argv: string[]; why: string };

const invalidArgv: fc.Arbitrary<Invalid> = fc
  .tuple(
    fc.constantFrom(...Object.keys(CASES)),
    fc.nat(),
    fc.nat({ max: 3 }),
    fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
    fc.nat(),
    fc.nat({ max: 3 }),
  )
  .map(([name, pick, kind, letter, at, variant]): Invalid | undefined => {
    const c = CASES[name];
    const known = new Set([...c.flags, ...c.flags.map(camel), 'help', 'n', 'p', 'u', 'P']);
    switch (variant) {
      case 0: {
        const flag = c.flags[pick % c.flags.length];
        if (flag.length < 3) return undefined;
        const typo = typoOf(flag, at, kind, letter, known);
        return typo
          ? { argv: [...c.base, at % 2 === 0 ? `--${typo}` : `--${typo}=1`], why: `typo --${typo}` }
          : undefined;
      }
      case 1:
        return c.fixedPositionals ? { argv: [...c.base, 'extra'], why: 'extra positional' } : undefined;
      case 2:
        return c.missing.length > 0 ? { argv: c.missing[pick % c.missing.length], why: 'missing' } : undefined;
      default: {
        if (c.bad.length === 0) return undefined;
        const [flag, value] = c.bad[pick % c.bad.length];
        return { argv: [...c.base, flag.length === 1 ? `-${flag}` : `--${flag}`, value], why: `--${flag} ${value}` };
      }
    }
  })
  .filter((x): x is Invalid => x !== undefined);

describe('command lines', () => {
  it('property: every invalid command line is one stderr line, exit code 2, and writes nothing', async () => {
    const before = [...snapshot(root)];
    await fc.assert(
      fc.asyncProperty(invalidArgv, async ({ argv, why }) => {
        const outcome = await runCliCaptured(argv);
        const lines = outcome.stderr.split('\n').filter((l) => l !== '');
        expect({ why, code: outcome.exitCode }).toEqual({ why, code: 2 });
        expect(outcome.stdout).toBe('');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^landscape: /);
        expect(snapshot(root)).toEqual(before);
      }),
      { seed: 1202, numRuns: 250 },
    );
  });

  it('property: negative numbers and exponents are values (`-u -1e308` style)', async () => {
    const levels = fc
      .double({ min: -1e6, max: 1e6, noNaN: true })
      .chain((x) => fc.constantFrom(String(x), x.toExponential(), x.toExponential(3)));
    await fc.assert(
      fc.asyncProperty(fc.array(levels, { minLength: 1, maxLength: 3 }), async (us) => {
        const argv = ['theory', '--p', '3', '--kmax', '0', ...us.flatMap((u) => ['-u', u]), '--json'];
        const outcome = await runCliCaptured(argv);
        expect(outcome.stderr).toBe('');
        expect(outcome.exitCode).toBe(0);
        const report = JSON.parse(outcome.stdout) as { levels: { u: number }[] };
        expect(report.levels.map((l) => l.u)).toEqual(us.map(Number));
      }),
      { seed: 1203, numRuns: 40 },
    );
  });

  it('names what is missing, and refuses a huge -u in one line', async () => {
    expect((await runCliCaptured(['run'])).stderr).toBe('landscape: missing <spec> (usage: landscape run <spec>)\n');
    expect((await runCliCaptured(['merge', store])).stderr).toBe('landscape: missing required option --out\n');
    const huge = await runCliCaptured(['theory', '--p', '3', '-u', '-1e308']);
    expect(huge.exitCode).toBe(2);
    expect(huge.stderr).toMatch(/^landscape: --u must be between/);
  });
});
