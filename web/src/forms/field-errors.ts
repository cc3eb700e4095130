import type { z } from 'zod';

/** Error message per field, keyed by the field's path without list positions: `address.postcode`, `tasks`. */
export type FieldErrors = Record<string, string>;

export const fieldKey = (path: readonly PropertyKey[] | string) =>
  (typeof path === 'string' ? path.split('.') : path.map(String))
    .filter((part) => !/^\d+$/.test(part))
    .join('.');

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
