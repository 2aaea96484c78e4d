#!/usr/bin/env node
// `npm test`: build the tool into dist/ (src/ and bench/ only), type-check everything (tests included), lint, run the vitest suite (unit tests, oracle properties, claims at ci scale,
// golden check), then print one plain closing line `N passed, N failed` that CI can read.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

/** Run a command with inherited stdio; resolves to its exit status. */
const run = (cmd, args) =>
  new Promise((resolve) => spawn(cmd, args, { stdio: 'inherit' }).on('close', (code) => resolve(code)));

// The build and the type-check are independent compilations: run them side by side (2 cores), then lint.
const steps = [
  [
    [
      'build (wasm kernels, then tsc -p tsconfig.build.json: src/ without tests, and bench/)',
      'npm',
      ['run', '--silent', 'build'],
    ],
    [
      'type-check (tsc -p tsconfig.json: src, test, properties, bench; emits nothing)',
      'npm',
      ['run', '--silent', 'typecheck'],
    ],
  ],
  [['lint (biome)', 'npx', ['biome', 'check', '.']]],
];
let passed = 0;
let failed = 0;
for (const group of steps) {
  const codes = await Promise.all(group.map(([, cmd, args]) => run(cmd, args)));
  codes.forEach((code, i) => {
    if (code === 0) passed += 1;
    else {
      failed += 1;
      console.error(`step failed: ${group[i][0]}`);
    }
  });
}
mkdirSync('.cache', { recursive: true });
const resultsFile = '.cache/vitest-results.json';
rmSync(resultsFile, { force: true });
const extra = process.argv.slice(2);
const v = spawnSync('npx', ['vitest', 'run', ...extra], { stdio: 'inherit' });
if (existsSync(resultsFile)) {
  const json = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
  if (v.status !== 0 && (json.numFailedTests ?? 0) === 0) failed += 1; // suite-level failure (import error, etc.)
} else if (v.status !== 0) {
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && v.status === 0 ? 0 : 1);
