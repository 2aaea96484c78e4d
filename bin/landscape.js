#!/usr/bin/env node
// Entry point of the `landscape` command: runs the compiled CLI (built by `npm run build`, which `npm install` runs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('landscape: the compiled CLI is missing (dist/); run `npm install` or `npm run build` first\n');
  process.exit(2);
}
const { runCli } = await import(main.href);
await runCli(process.argv.slice(2));
