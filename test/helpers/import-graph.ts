/**
 * The import graph of src/ and the house rule it must keep (docs/architecture.md): arrows run one way, down the
 * floors cli → app → report → claims → engine → optim → landscapes → math → core, and no module reaches itself
 * through its imports. A folder of src/ belongs to one floor; arrows between folders of the same floor are
 * allowed as long as the folders do not form a cycle. Every import counts for the floors, `import type` too (a
 * lower floor should not know the types of an upper one); module cycles are checked over the imports that remain
 * at run time (`import type` is erased, so a type-only back-reference does not make a load-order cycle).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/** The floors from the bottom up; each src/ folder on exactly one. */
export const FLOORS: readonly (readonly string[])[] = [
  // errors, canonical JSON, package root, seeded streams, file formats, wasm loader, the paper's numbers (fixture)
  ['core', 'random', 'io', 'wasm', 'paper'],
  ['linalg', 'stats', 'theory'], // math
  ['landscape', 'spinglass', 'network'], // landscapes (the interface, the p-spin glass, the networks) and their kernels
  ['optim'], // optimizers, Hessian index, the critical-point census
  ['experiments'], // the engine: specs, stores, workers
  ['claims'], // the paper's claims: statistic, decision rule, α (pure: they draw nothing)
  ['report'], // reports and figures, drawn from the claims' results and figure inputs
  ['app', 'golden'], // what the commands call: verify, plan, golden, counterexample database
  ['cli'], // flags and printing
];

/**
 * Import arrows that break the rule today and are allowed by name until the work that removes them lands. Each
 * entry is `from -> to` (src-relative module paths).
 */
export const ALLOWED_EXCEPTIONS: readonly string[] = [
  // none since the claims stopped drawing their own figures (report → claims is now the one direction)
];

export interface Arrow {
  from: string;
  to: string;
  /** `import type` / `export type`: erased at run time. */
  typeOnly?: boolean;
}

/** `import … from '…'`, `export … from '…'` (group 1: `type`), `import '…'` and `import('…')` (group 2: path). */
const SPECIFIER =
  /\b(?:import|export)(\s+type\b)?[^;'"`]*?\bfrom\s*['"](\.{1,2}\/[^'"\n]+)['"]|\bimport\s*\(?\s*['"](\.{1,2}\/[^'"\n]+)['"]/g;

/** The relative import arrows among `sources` (src-relative path → text), .js specifiers read as .ts. */
export function importArrows(sources: ReadonlyMap<string, string>): Arrow[] {
  const arrows: Arrow[] = [];
  for (const [from, text] of sources) {
    for (const match of text.matchAll(SPECIFIER)) {
      const spec = match[2] ?? match[3];
      const to = posix.normalize(posix.join(posix.dirname(from), spec)).replace(/\.js$/, '.ts');
      if (sources.has(to)) arrows.push({ from, to, typeOnly: match[1] !== undefined });
    }
  }
  return arrows;
}

const folderOf = (path: string): string => path.split('/')[0];

/** Floor index of a src/ folder, or −1 when the folder is on no floor. */
export function floorOf(folder: string): number {
  return FLOORS.findIndex((floor) => floor.includes(folder));
}

/** The cycles of a directed graph (one per strongly connected component with more than one node, or a self-loop). */
export function cycles(edges: readonly Arrow[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, []);
    if (!next.has(to)) next.set(to, []);
    next.get(from)?.push(to);
  }
  // Tarjan's strongly connected components (iterative bookkeeping, recursive walk: graphs here are small).
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      for (;;) {
        const w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
        if (w === v) break;
      }
      const selfLoop = (next.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) found.push(component.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** Every breach of the house rule in `sources`, one line each (empty when the house is in order). */
export function houseViolations(
  sources: ReadonlyMap<string, string>,
  allowed: readonly string[] = ALLOWED_EXCEPTIONS,
): string[] {
  const allowedSet = new Set(allowed);
  const arrows = importArrows(sources).filter(({ from, to }) => !allowedSet.has(`${from} -> ${to}`));
  const problems: string[] = [];
  for (const folder of new Set([...sources.keys()].map(folderOf))) {
    if (floorOf(folder) < 0)
      problems.push(`src/${folder} is on no floor (add it to FLOORS in test/helpers/import-graph.ts)`);
  }
  const folderArrows = new Map<string, Arrow>();
  for (const arrow of arrows) {
    const a = folderOf(arrow.from);
    const b = folderOf(arrow.to);
    if (a === b) continue;
    if (floorOf(b) > floorOf(a)) problems.push(`back-arrow src/${arrow.from} -> src/${arrow.to} (${a} is below ${b})`);
    folderArrows.set(`${a} -> ${b}`, { from: a, to: b });
  }
  for (const cycle of cycles([...folderArrows.values()])) problems.push(`folder cycle: ${cycle.join(', ')}`);
  for (const cycle of cycles(arrows.filter((arrow) => !arrow.typeOnly)))
    problems.push(`module cycle: ${cycle.map((m) => `src/${m}`).join(', ')}`);
  return problems;
}

/** The production modules of src/ (no tests, no declarations, no AssemblyScript sources): path → text. */
export function productionSources(srcDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'assembly') walk(path);
      } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) {
        out.set(relative(srcDir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(srcDir);
  return out;
}
