import { z } from 'zod';
import type { ClaimResult } from '../claims/claim-result.js';

const nullableNumber = z.number().nullable();

/** zod schema of {@link ClaimResult}, for validating ClaimResults read back from files. */
export const claimResultSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  paperReference: z.string(),
  verdict: z.enum(['holds', 'fails', 'inconclusive']),
  statistic: z.object({ name: z.string(), value: nullableNumber }),
  threshold: z.object({ description: z.string(), value: nullableNumber }),
  alpha: nullableNumber,
  rule: z.string(),
  reason: z.string(),
  evidence: z.array(z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()]))),
  paperComparison: z
    .array(
      z.object({
        quantity: z.string(),
        ours: z.union([z.number(), z.string()]).nullable(),
        paper: z.union([z.number(), z.string()]).nullable(),
        tag: z.string().optional(),
      }),
    )
    .optional(),
  figures: z.array(z.string()).optional(),
  ourDefinitions: z.array(z.string()).optional(),
});

// Compile-time check that the schema and the shared type describe the same thing, both ways.
type Parsed = z.infer<typeof claimResultSchema>;
export type SchemaMatchesClaimResult = [
  Parsed extends ClaimResult ? true : never,
  ClaimResult extends Parsed ? true : never,
];
const schemaMatchesClaimResult: SchemaMatchesClaimResult = [true, true];
void schemaMatchesClaimResult;
