/**
 * The paper's own numbers and settings (fixtures/paper.json, rebuilt from ../shared/paper/choromanska-2015.json), so
 * that rules and reports can put ours beside theirs. Every entry carries the shared file's tag: V = stated in the
 * paper's text or tables (exact), F = read by eye from a figure (about one small tick), C = read in the authors'
 * code, I = an inference (stated as such); combined tags such as 'V+C' name both sources. The figure readings that
 * the shared file gives as text (Fig. 4-6) are also stored as numbers beside their text.
 *
 * Lives below both src/claims and src/report (it draws nothing and judges nothing), so that claims can read the
 * paper's numbers without importing the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/input-error.js';
import { packageRoot } from '../core/package-root.js';

/** V exact (text/tables), F read from a figure, C the authors' code, I inferred; 'V+C' etc. for two sources. */
export const paperTagSchema = z.string().regex(/^[VFCI](\+[VFCI])*$/, 'a tag V, F, C or I (or two joined by +)');
export type PaperTag = z.infer<typeof paperTagSchema>;

const positive = z.number().positive();
const positiveInt = z.number().int().positive();
const note = z.string().optional();
/** A tagged entry the code does not read field by field (settings in words); kept whole. */
const taggedEntry = z.looseObject({ tag: paperTagSchema, note });
const taggedValue = <T extends z.ZodType>(value: T) => z.strictObject({ value, tag: paperTagSchema, note });
const range = z.tuple([z.number(), z.number()]).refine(([lo, hi]) => lo <= hi, 'range [lo, hi] with lo ≤ hi');
/** A text reading of a distribution: a range with its peak, or one value ("about x"). */
const lossReading = z.union([
  z.strictObject({ min: z.number(), max: z.number(), peak: z.number(), text: z.string() }),
  z.strictObject({ about: z.number(), text: z.string() }),
]);

export const paperFixtureSchema = z.strictObject({
  paper: z.strictObject({ title: z.string(), authors: z.array(z.string()), venue: z.string(), arxiv: z.string() }),
  about: z.string().min(1),
  provenance: z.string().min(1),
  spinGlass: z.looseObject({
    p: taggedValue(z.number().int().min(2)),
    sizes: taggedValue(z.array(positiveInt).min(1)),
    startsPerSize: taggedValue(positiveInt),
    landscapesPerSize: taggedValue(positiveInt),
    fig3ScaledEnergyRanges: z.strictObject({
      tag: paperTagSchema,
      note,
      rows: z.array(
        z.strictObject({
          N: positiveInt,
          min: z.number(),
          max: z.number(),
          mode: z.number().optional(),
          peakCount: positiveInt.optional(),
          note,
        }),
      ),
    }),
  }),
  networks: z.looseObject({
    widths: taggedValue(z.array(positiveInt).min(1)),
    networksPerWidth: taggedValue(positiveInt),
    epochs: taggedValue(positiveInt),
    sgd: taggedEntry,
    table1TrainTestPearson: z.strictObject({
      tag: paperTagSchema,
      note,
      rows: z.array(z.strictObject({ n1: positiveInt, rho: z.number().min(-1).max(1) })).min(1),
    }),
    fig7TrainTestRanges: z.strictObject({
      tag: paperTagSchema,
      note,
      rows: z.array(z.strictObject({ n1: positiveInt, train: range, test: range })).min(1),
    }),
    fig10TestLoss: z.strictObject({
      tag: paperTagSchema,
      note,
      rows: z.array(z.strictObject({ n1: positiveInt, mean: positive, variance: positive })).min(1),
    }),
    fig3ScaledTestLoss: z.strictObject({
      tag: paperTagSchema,
      note,
      rows: z.array(z.strictObject({ n1: positiveInt, min: positive, max: positive, mode: positive })).min(1),
    }),
  }),
  index: z.strictObject({
    method: taggedEntry,
    normalisation: taggedEntry,
    statement: taggedEntry,
    histograms: z.strictObject({
      tag: paperTagSchema,
      note,
      rows: z
        .array(
          z.strictObject({
            n1: positiveInt,
            networks: positiveInt,
            bins: z.array(z.strictObject({ from: z.number().min(0), to: positive, count: z.number().int().min(0) })),
            largest: positive,
            text: z.string(),
          }),
        )
        .min(1),
    }),
  }),
  annealing: z.strictObject({
    sgdVersusSa: z.strictObject({
      tag: paperTagSchema,
      value: z.string(),
      note,
      rows: z.array(z.strictObject({ nh: positiveInt, sgd: lossReading, sa: lossReading })).min(1),
    }),
    redundancy: z.strictObject({
      tag: paperTagSchema,
      value: z.string(),
      note,
      accuracyDropBelow: z.number().gt(0).lt(1),
      redundantShare: z.number().gt(0).lt(1),
    }),
  }),
  theory: z.looseObject({
    eInfinity3: taggedValue(positive),
    e0_3: taggedValue(positive),
  }),
});

export type PaperFixture = z.infer<typeof paperFixtureSchema>;
export type PaperLossReading = z.infer<typeof lossReading>;

/** fixtures/paper.json under the package root (src/core/package-root.ts). */
export function defaultPaperFixturePath(): string {
  return join(packageRoot(), 'fixtures', 'paper.json');
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

/** The paper's Pearson correlation between train and test loss at hidden width n1 (Table 1, tag V), or null. */
export function paperTrainTestCorrelation(fixture: PaperFixture, n1: number): number | null {
  return fixture.networks.table1TrainTestPearson.rows.find((r) => r.n1 === n1)?.rho ?? null;
}
