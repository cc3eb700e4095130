import { ApiError } from '../api/problem.ts';
import type { Messages } from '../i18n/sv.ts';
import { type FieldErrors, issuesToErrors } from './field-errors.ts';

export interface Problems {
  errors: FieldErrors;
  general: string[];
  stale: boolean;
}

/** What a failed save shows: messages next to the fields the API names, the rest in the summary. */
export function problemsFromError(
  error: unknown,
  t: Messages,
  translate: (message: string) => string,
): Problems {
  const none = { errors: {}, general: [], stale: false };
  if (!(error instanceof ApiError)) return { ...none, general: [t.app.saveFailed] };
  if (error.status === 412) return { ...none, general: [t.form.stale], stale: true };
  const problem = error.problem;
  if (problem?.errors?.length) return { ...none, errors: issuesToErrors(problem.errors, translate) };
  if (problem?.detail && error.status < 500) return { ...none, general: [translate(problem.detail)] };
  return { ...none, general: [t.app.saveFailed] };
}

/** One line for a failed action outside a form (verify, publish). */
export function problemText(error: unknown, t: Messages, translate: (message: string) => string): string {
  const { errors, general } = problemsFromError(error, t, translate);
  return [...Object.values(errors), ...general].join(' ');
}
