import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../core/input-error.js';
import type { GoldenEntry } from './golden-entry.js';

export const GOLDEN_FILE = 'fixtures/golden/golden.json';

const schema = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  entries: z.array(
    z.object({
      key: z.string(),
      value: z.number().nullable(),
      tolerance: z.object({ relative: z.number().min(0), absolute: z.number().min(0) }),
    }),
  ),
});

export function readGoldenFile(path = GOLDEN_FILE): GoldenEntry[] {
  if (!existsSync(path))
    throw new InputError(`no golden file at ${path}; create it with \`landscape golden --update\``);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new InputError(`golden file ${path} is not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`golden file ${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.entries;
}

/** Write atomically (temp file, then rename), so an interrupted update never leaves a torn file. */
export function writeGoldenFile(entries: GoldenEntry[], path = GOLDEN_FILE): void {
  const body = {
    version: 1,
    note: 'Pinned numbers of src/golden/golden-specs.ts and the theory constants. Update only after a deliberate numeric change: `landscape golden --update` (see README).',
    entries,
  };
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(body, null, 1)}\n`);
  renameSync(tmp, path);
}
