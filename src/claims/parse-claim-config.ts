import type { z } from 'zod';
import { InputError } from '../core/input-error.js';

/**
 * Validate a claim configuration with its zod schema; the first problem becomes a one-line InputError naming the
 * field, e.g. `layers config: n: Too small: expected number to be >=10`.
 */
export function parseClaimConfig<T>(claimId: string, schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
  throw new InputError(`${claimId} config: ${path}: ${issue.message}`);
}
