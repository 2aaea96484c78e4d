#!/usr/bin/env node
// Before `tsc -p tsconfig.build.json`: remove the compiled JavaScript of earlier builds (dist/src, dist/bench, and the
// dist/test and dist/properties that builds before tsconfig.build.json wrote), so that a deleted or moved module, or a
// test, never lingers in dist/. The WebAssembly kernels (dist/wasm) stay: build-wasm.mjs has just written them.
import { rmSync } from 'node:fs';

for (const folder of ['src', 'bench', 'test', 'properties']) rmSync(`dist/${folder}`, { recursive: true, force: true });
