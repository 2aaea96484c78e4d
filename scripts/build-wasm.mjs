#!/usr/bin/env node
// Build the WebAssembly kernels: every AssemblyScript file src/wasm/assembly/<name>.ts becomes dist/wasm/<name>.wasm
// (SIMD on, optimised for speed, no runtime allocator: the kernels only read and write memory that the
// TypeScript side lays out, see src/wasm/wasm-kernel.ts). Runs as part of `npm run build`, so `npm ci` builds
// the kernels from source with the AssemblyScript compiler installed from the npm registry: no native compiler,
// no downloaded binary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'src', 'wasm', 'assembly');
const outDir = join(root, 'dist', 'wasm');
mkdirSync(outDir, { recursive: true });
const asc = join(root, 'node_modules', 'assemblyscript', 'bin', 'asc.js');
// `node scripts/build-wasm.mjs [name…]` builds only the named kernels (default: all of them).
const only = new Set(process.argv.slice(2));
const sources = readdirSync(sourceDir).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && (only.size === 0 || only.has(f.slice(0, -3))),
);
// Extra compiler flags of single kernels. cubic: its memory is imported and shared, so the worker threads of
// src/spinglass/cubic-helper-thread.ts run instances over one memory holding the couplings (up to 4 GiB).
const extraFlags = {
  cubic: ['--enable', 'threads', '--importMemory', '--sharedMemory', '--maximumMemory', '65536'],
};
let failed = 0;
for (const file of sources) {
  const name = file.slice(0, -3);
  const args = [
    asc,
    join(sourceDir, file),
    '-o',
    join(outDir, `${name}.wasm`),
    '-O3',
    '--noAssert',
    '--runtime',
    'stub',
    '--enable',
    'simd',
    ...(extraFlags[name] ?? []),
  ];
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    failed += 1;
    console.error(`build-wasm: ${file} failed to compile`);
  }
}
if (failed > 0) process.exit(1);
console.log(`build-wasm: ${sources.length} kernel module(s) in dist/wasm`);
