/**
 * `dist` holds the tool only: the build's file list (tsc -p tsconfig.build.json, the config `npm run build` uses)
 * has no test, no test helper and no property, and a built dist/ has no compiled test in it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/core/package-root.js';

const root = packageRoot();

/** The files of `files` (package-relative, '/'-separated) that a build of the tool must not hold. */
function notTheTool(files: readonly string[]): string[] {
  return files.filter(
    (f) =>
      !(f.startsWith('src/') || f.startsWith('bench/')) ||
      /\.test\.[cm]?[jt]s$/.test(f) ||
      /(^|\/)(test|properties)\//.test(f) ||
      /\.fixture\.[cm]?[jt]s$/.test(f),
  );
}

/** The project files (not node_modules, not TypeScript's own libs) that `tsc -p config` compiles. */
function buildFileList(config: string): string[] {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const listed = spawnSync(process.execPath, [tsc, '-p', join(root, config), '--listFilesOnly'], { encoding: 'utf8' });
  expect(listed.status, listed.stdout + listed.stderr).toBe(0);
  return listed.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.includes('/node_modules/'))
    .map((line) => relative(root, line).split(sep).join('/'))
    .filter((f) => !f.startsWith('..'));
}

/** Every file under `dir`, package-relative. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [relative(root, join(dir, e.name)).split(sep).join('/')],
  );
}

describe('dist holds no test helper', () => {
  it('npm run build compiles with tsconfig.build.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.build).toContain('tsc -p tsconfig.build.json');
    expect(pkg.scripts.bench).toBe('node dist/bench/bench.js');
  });

  it('the check catches a test, a test helper, a property and a fixture (planted)', () => {
    const planted = [
      'src/cli/main.ts',
      'bench/bench.ts',
      'src/cli/commands/run.test.ts',
      'test/helpers/test-landscapes.ts',
      'properties/claim-property.ts',
      'src/experiments/spec.fixture.ts',
    ];
    expect(notTheTool(planted)).toEqual(planted.slice(2));
  });

  it("the build's file list is src/ (no *.test.ts) and bench/ only, and holds the CLI and the worker entry", () => {
    const files = buildFileList('tsconfig.build.json');
    expect(files).toContain('src/cli/main.ts');
    expect(files).toContain('src/experiments/worker.ts');
    expect(files).toContain('bench/bench.ts');
    expect(notTheTool(files)).toEqual([]);
  }, 60_000);

  it('a built dist/ holds no compiled test, test helper or property', () => {
    const dist = join(root, 'dist');
    if (!existsSync(join(dist, 'src'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    expect(existsSync(join(dist, 'test'))).toBe(false);
    expect(existsSync(join(dist, 'properties'))).toBe(false);
    const compiled = walk(dist).filter((f) => f.endsWith('.js'));
    expect(compiled).toContain('dist/src/cli/main.js');
    expect(compiled.filter((f) => /\.test\.js$/.test(f))).toEqual([]);
  });
});
