import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { validationFailed } from './errors.ts';

/** Turns zod issues into the API's per-field error list ("address.postcode"). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix?: string) {
  return issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }));
}

/**
 * zValidator with the API's error shape: a 400 problem naming each field.
 * Query and path errors are prefixed so a client can tell them from body fields.
 */
export const validate = <Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) =>
  zValidator(target, schema, (result) => {
    if (!result.success) {
      throw validationFailed(fieldErrors(result.error.issues, target === 'json' ? undefined : target));
    }
  });
