import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError } from '../cli/input-error.js';

/**
 * The paper's own numbers (fixtures/paper.json), so that reports can put ours beside theirs. Every entry says where
 * in the paper it comes from (`source`) and whether it was checked against the paper (`status`: 'verified',
 * 'unverified' — taken from the project brief — or 'derived' from a formula the paper states).
 */
const status = z.enum(['verified', 'unverified', 'derived']);
const entry = { status, source: z.string().min(1) };
const positiveIntegers = z.array(z.number().int().positive()).min(1);

export const paperFixtureSchema = z.object({
  paper: z.object({ title: z.string(), authors: z.array(z.string()), venue: z.string(), arxiv: z.string() }),
  verification: z.object({ checked: z.string(), outcome: z.string(), note: z.string() }),
  trainTestCorrelation: z.object({
    ...entry,
    description: z.string(),
    rows: z.array(z.object({ n1: z.number().int().positive(), pearson: z.number().min(-1).max(1) })).min(1),
  }),
  spinGlassExperiment: z.object({
    ...entry,
    p: z.number().int().min(2),
    sizes: positiveIntegers,
    starts: z.number().int(),
  }),
  networkExperiment: z.object({
    ...entry,
    inputSide: z.number().int().positive(),
    widths: positiveIntegers,
    networks: z.number().int().positive(),
    epochs: z.number().int().positive(),
    learningRate: z.number().positive(),
    batchSize: z.number().int().positive(),
  }),
  indexStudy: z.object({ ...entry, widths: positiveIntegers, zeroThreshold: z.number().positive() }),
  sgdVersusAnnealing: z.object({ ...entry, widths: positiveIntegers }),
  ternaryAccuracy: z.object({ ...entry, description: z.string(), value: z.number().min(0).max(1) }),
  eInfinity: z.object({ ...entry, p: z.number().int().min(2), value: z.number().positive() }),
});

export type PaperFixture = z.infer<typeof paperFixtureSchema>;

/** Finds fixtures/paper.json by walking up from this module (works from src/ under vitest and from dist/). */
export function defaultPaperFixturePath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'fixtures', 'paper.json');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new InputError('cannot find fixtures/paper.json above the report module');
}

/** Reads and validates the paper fixture; a missing or malformed file is an InputError. */
export function loadPaperFixture(path: string = defaultPaperFixturePath()): PaperFixture {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read paper fixture ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = paperFixtureSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`paper fixture ${path} is malformed: ${issue.path.join('.')} ${issue.message}`);
  }
  return parsed.data;
}

/** The paper's Pearson correlation between train and test loss at hidden width n1 (Table 1), or null if not given. */
export function paperTrainTestCorrelation(fixture: PaperFixture, n1: number): number | null {
  return fixture.trainTestCorrelation.rows.find((r) => r.n1 === n1)?.pearson ?? null;
}
