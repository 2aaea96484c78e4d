#!/usr/bin/env node
// The house moves of issue 13 as one idempotent script: `git mv` every file of MOVES that still sits at its old
// path (with its sibling `x.test.ts`), then rewrite every relative module specifier in src/, test/, properties/
// and bench/ (`from '…'`, `import '…'`, `import('…')`, `new URL('…', import.meta.url)`) that no longer resolves
// so that it points at the file's new home. Run it from the repository root; running it twice changes nothing.
// After merging a branch written against the old layout, run it again: imports added at the old paths (or
// written relative to a moved file's old folder) are rewritten the same way.
// Paths written out in prose (docs/*.md, README.md, DEVELOPERS.md, comments) are rewritten too.
//
// Files it moves or rewrites are then formatted with `biome check --write` (import order changes with the paths).
// On a merge conflict in an import block, take either side and run the script again.
//
//   node scripts/house/apply-moves.mjs          apply
//   node scripts/house/apply-moves.mjs --check  list what would change, exit 1 if anything would
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';

/** old path → new path (repository-relative, .ts). A sibling `.test.ts` moves with its module. */
const MOVES = {
  // core: errors, canonical JSON and the WebAssembly loader sit below everything (src/random stays as it is)
  'src/cli/input-error.ts': 'src/core/input-error.ts',
  'src/cli/environment-error.ts': 'src/core/environment-error.ts',
  'src/experiments/canonical-json.ts': 'src/core/canonical-json.ts',
  'src/wasm/wasm-kernel.ts': 'src/core/wasm-kernel.ts',
  // app: what the commands call
  'src/claims/verify.ts': 'src/app/verify.ts',
  'src/claims/counterexample-database.ts': 'src/app/counterexample-database.ts',
  // the Landscape interface and its geometries, below the landscapes that implement them and the optimizers
  'src/optim/landscape.ts': 'src/landscape/landscape.ts',
  'src/optim/geometry.ts': 'src/landscape/geometry.ts',
  // the critical-point census runs optimizers on the spin glass: it sits with the optimizers, above the landscape
  'src/spinglass/critical-point-census.ts': 'src/optim/critical-point-census.ts',
  'src/spinglass/census-coverage.ts': 'src/optim/census-coverage.ts',
  // names that say what they hold
  'src/claims/experiments.ts': 'src/claims/claim-specs.ts',
  'src/cli/commands.ts': 'src/cli/command-list.ts',
  'src/network/network-experiment.ts': 'src/network/network-annealing.ts',
  // test helpers live under test/helpers (never in src/, so never in dist/src)
  'src/optim/test-landscapes.ts': 'test/helpers/test-landscapes.ts',
  'src/network/test-networks.ts': 'test/helpers/test-networks.ts',
  // the plateau of a loss curve is a statistic of the curve (used by the network and spin-glass annealers)
  'src/optim/annealing-plateau.ts': 'src/stats/loss-plateau.ts',
  // synthetic records are production code since 'landscape calibrate' draws its null data from them
  'test/helpers/synthetic-records.ts': 'src/claims/null-models/synthetic-records.ts',
  'src/experiments/spec-fixtures.ts': 'test/helpers/spec-fixtures.ts',
  'src/cli/run-cli-captured.ts': 'test/helpers/run-cli-captured.ts',
  'test/engine-helpers.ts': 'test/helpers/engine-helpers.ts',
  'test/engine-toy-executor.ts': 'test/helpers/engine-toy-executor.ts',
};

const ROOTS = ['src', 'test', 'properties', 'bench'];
const check = process.argv.includes('--check');

const map = new Map();
for (const [from, to] of Object.entries(MOVES)) {
  map.set(from, to);
  map.set(from.replace(/\.ts$/, '.test.ts'), to.replace(/\.ts$/, '.test.ts'));
}
const oldOf = new Map([...map].map(([from, to]) => [to, from]));

let changes = 0;
const justMoved = new Set();
const touched = new Set();
for (const [from, to] of map) {
  if (!existsSync(from)) continue;
  if (existsSync(to)) {
    console.error(`apply-moves: both ${from} and ${to} exist; resolve by hand`);
    process.exitCode = 1;
    continue;
  }
  changes += 1;
  console.log(`move ${from} → ${to}`);
  if (!check) {
    mkdirSync(dirname(to), { recursive: true });
    execFileSync('git', ['mv', from, to]);
    justMoved.add(to);
    touched.add(to);
  }
}

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'assembly') continue;
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const toPosix = (p) => p.split('\\').join('/');
const repo = (p) => toPosix(relative('.', p));
/** The repository path a specifier names, as a .ts source when it names a compiled .js. */
function target(dir, spec) {
  const path = repo(resolve(dir, spec));
  return path.endsWith('.js') ? path.replace(/\.js$/, '.ts') : path;
}
const exists = (path) => existsSync(path) || (path.endsWith('.ts') && existsSync(path.replace(/\.ts$/, '.js')));
/** Where a specifier should point now: the path itself when it exists, its new home when it moved. */
function live(path) {
  if (map.has(path) && !existsSync(path)) return map.get(path);
  return exists(path) ? path : undefined;
}
function specifierFor(fromFile, path, original) {
  let spec = toPosix(posix.relative(dirname(fromFile), path));
  if (!spec.startsWith('.')) spec = `./${spec}`;
  if (original.endsWith('.js') && spec.endsWith('.ts')) spec = spec.replace(/\.ts$/, '.js');
  return spec;
}

const SPECIFIER = /((?:\bfrom|\bimport|\bURL)\s*\(?\s*)(['"])(\.{1,2}\/[^'"\n]+)\2/g;
for (const file of ROOTS.flatMap((root) => walk(root))) {
  const path = repo(file);
  const oldPath = oldOf.get(path);
  const dirs = [dirname(path)];
  if (oldPath) {
    if (justMoved.has(path)) dirs.unshift(dirname(oldPath));
    else dirs.push(dirname(oldPath));
  }
  const text = readFileSync(file, 'utf8');
  const next = text.replace(SPECIFIER, (whole, head, quote, spec) => {
    for (const dir of dirs) {
      const found = live(target(dir, spec));
      if (found === undefined) continue;
      const rewritten = specifierFor(path, found, spec);
      return rewritten === spec ? whole : `${head}${quote}${rewritten}${quote}`;
    }
    return whole;
  });
  if (next !== text) {
    changes += 1;
    console.log(`rewrite ${path}`);
    if (!check) writeFileSync(file, next);
    touched.add(path);
  }
}
// Paths written out in prose (docs, README, comments): `src/optim/geometry.ts` → `src/landscape/geometry.ts`.
const PROSE = ['README.md', 'DEVELOPERS.md', ...walkDocs('docs'), ...ROOTS.flatMap((root) => walk(root))];
function walkDocs(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walkDocs(path, out);
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}
const escaped = [...map.keys()].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const OLD_PATH = new RegExp(`(?<![\\w/-])(?:${escaped.join('|')})(?![\\w-])`, 'g');
for (const file of PROSE) {
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  const next = text.replace(OLD_PATH, (old) => map.get(old) ?? old);
  if (next !== text) {
    changes += 1;
    console.log(`paths in ${repo(file)}`);
    if (!check) writeFileSync(file, next);
    if (!check && !file.endsWith('.md')) touched.add(repo(file));
  }
}

if (!check && touched.size > 0) {
  const files = [...touched].filter((f) => existsSync(f));
  try {
    execFileSync('npx', ['biome', 'check', '--write', ...files], { stdio: 'ignore' });
  } catch {
    console.error('apply-moves: biome could not format every touched file; run `npx biome check` to see why');
  }
}
console.log(`apply-moves: ${changes} change(s)${check ? ' pending' : ''}`);
if (check && changes > 0) process.exitCode = 1;
