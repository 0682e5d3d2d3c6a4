import { z } from 'zod';
import { badRequest } from '../shared/errors.js';

/**
 * The one validation layer: parses input with a zod schema or throws a 400 whose `errors` maps each
 * offending field to a message (react-admin shows it beside the input) and `codes` to a stable code
 * the SPA can translate.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what = 'body'): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  const codes: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const fields = unknownKeys.length ? unknownKeys : [issue.path.length ? issue.path.join('.') : what];
    for (const field of fields) {
      if (errors[field]) continue;
      errors[field] = unknownKeys.length ? 'Unknown field' : issue.message;
      const custom = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
      codes[field] = unknownKeys.length ? 'unknown_field' : (custom ?? issue.code);
    }
  }
  const fieldList = Object.keys(errors).join(', ');
  throw badRequest(`Invalid ${what}: ${fieldList}`, errors, codes);
}

/** react-admin sends a whole record back on update: these read-only fields are accepted and ignored. */
export function ignoredEcho<const K extends string>(...fields: K[]): Record<K, z.ZodOptional<z.ZodUnknown>> {
  return Object.fromEntries(fields.map((f) => [f, z.unknown().optional()])) as Record<K, z.ZodOptional<z.ZodUnknown>>;
}
