import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ClaimResult } from '../claims/claim-result.js';
import { InputError } from '../core/input-error.js';
import { readRegularFile } from '../io/read-regular-file.js';
import { claimResultSchema } from './claim-result-schema.js';
import { renderCounterexampleMarkdown } from './counterexample-markdown.js';

/**
 * A shrunk, replayable counterexample to a claim: the minimal configuration fast-check found on which the claim's
 * decision rule says "fails", with the measured statistics and what is needed to reproduce the search.
 */
export interface Counterexample {
  /** Format of the file ({@link COUNTEREXAMPLE_FORMAT_VERSION}); absent in files written before it existed (= 1). */
  formatVersion?: number;
  /** Claim id, e.g. "band". */
  claim: string;
  /** Short hash of the configuration (see counterexampleId). */
  id: string;
  /** The minimal (shrunk) configuration. */
  configuration: unknown;
  /** The claim's result on that configuration: measured statistics against thresholds. */
  result: ClaimResult;
  /** How fast-check found it: seed and path replay the shrunk case. */
  fastCheck: { seed: number; path?: string; numRuns?: number; shrinkSteps?: number; shrinkingStoppedEarly: boolean };
  /**
   * The experiments of the configuration: their seeds, sizes, runs and landscapes (disorder and landscapes per
   * size; per-run disorder: one landscape per run). Absent in files written before 2026-12-02.
   */
  experiments?: {
    name: string;
    seed: number;
    sizes: number[];
    runsPerSize: number;
    landscape: string;
    disorder: string | null;
    landscapesPerSize: number | null;
  }[];
  /** Command that replays it, `landscape replay <file>`. */
  replayCommand: string;
  /** Figure drawn for it (svg file name beside the counterexample files). */
  figure?: string;
  /**
   * The fresh-seed rerun of the first configuration that failed (src/claims/check-claim.ts): a failure is a verdict
   * only when this rerun fails too.
   */
  confirmation?: {
    failed: unknown;
    configuration: unknown;
    verdict: 'holds' | 'fails' | 'inconclusive';
    reason: string;
  };
}

/** The counterexample file format this code writes and reads; replay refuses any other. */
export const COUNTEREXAMPLE_FORMAT_VERSION = 1;

const fileNamePart = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'must be letters, digits, ".", "_" or "-"');

export const counterexampleSchema = z.object({
  formatVersion: z.literal(COUNTEREXAMPLE_FORMAT_VERSION).optional(),
  claim: fileNamePart,
  id: fileNamePart,
  configuration: z.unknown().refine((v) => v !== undefined, 'is required'),
  result: claimResultSchema,
  fastCheck: z.object({
    seed: z.number().int(),
    path: z.string().optional(),
    numRuns: z.number().int().nonnegative().optional(),
    shrinkSteps: z.number().int().nonnegative().optional(),
    shrinkingStoppedEarly: z.boolean(),
  }),
  experiments: z
    .array(
      z.object({
        name: z.string(),
        seed: z.number().int(),
        sizes: z.array(z.number()),
        runsPerSize: z.number().int(),
        landscape: z.string(),
        disorder: z.string().nullable(),
        landscapesPerSize: z.number().int().nullable(),
      }),
    )
    .optional(),
  replayCommand: z.string().min(1),
  figure: z.string().optional(),
  confirmation: z
    .object({
      failed: z.unknown(),
      configuration: z.unknown(),
      verdict: z.enum(['holds', 'fails', 'inconclusive']),
      reason: z.string(),
    })
    .optional(),
});

/** `<claim>-<id>`, the stem of both files of a counterexample. */
export function counterexampleStem(ce: Pick<Counterexample, 'claim' | 'id'>): string {
  return `${ce.claim}-${ce.id}`;
}

/** Writes `<dir>/<claim>-<id>.json` (the data, for replay) and `.md` (for a reader); returns both paths. */
export function writeCounterexample(dir: string, ce: Counterexample): { json: string; markdown: string } {
  const checked = validate(ce, 'counterexample');
  mkdirSync(dir, { recursive: true });
  const json = join(dir, `${counterexampleStem(checked)}.json`);
  const markdown = join(dir, `${counterexampleStem(checked)}.md`);
  writeFileSync(json, `${JSON.stringify({ formatVersion: COUNTEREXAMPLE_FORMAT_VERSION, ...ce }, null, 2)}\n`);
  writeFileSync(markdown, renderCounterexampleMarkdown(ce));
  return { json, markdown };
}

/** Reads and validates a counterexample .json file; a missing, unparsable or malformed file is an InputError. */
export function readCounterexample(file: string): Counterexample {
  const text = readRegularFile(file, 'counterexample file').toString('utf8'); // FIFOs, devices → InputError
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`counterexample file ${file} is not valid JSON`);
  }
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== undefined && version !== COUNTEREXAMPLE_FORMAT_VERSION) {
    throw new InputError(
      `counterexample file ${file} has format version ${JSON.stringify(version)}; this landscape reads version ${COUNTEREXAMPLE_FORMAT_VERSION} (replay it with the version that wrote it)`,
    );
  }
  const { formatVersion: _version, ...counterexample } = validate(data, `counterexample file ${file}`);
  return counterexample;
}

function validate(data: unknown, what: string): Counterexample {
  const parsed = counterexampleSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    throw new InputError(`${what} is malformed: ${where} ${issue.message}`);
  }
  return parsed.data as Counterexample;
}
