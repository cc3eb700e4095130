import type { z } from 'zod';

/**
 * Error message per field, keyed by the field's path: `address.postcode`; a list of choices
 * by the list (`tasks`, not `tasks.2`); a list of records by the record's own field
 * (`sessions.1.startsAt`), since each record has its own inputs.
 */
export type FieldErrors = Record<string, string>;

export const fieldKey = (path: readonly PropertyKey[] | string) => {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  while (parts.length > 1 && /^\d+$/.test(parts.at(-1) ?? '')) parts.pop();
  return parts.join('.');
};

export const fieldId = (key: string) => `field-${key.replace(/\./g, '-')}`;

/** The first message for each field, in the chosen language. */
export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[] | readonly { field: string; message: string }[],
  translate: (message: string) => string,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = fieldKey('field' in issue ? issue.field : issue.path);
    errors[key] ??= translate(issue.message);
  }
  return errors;
}
