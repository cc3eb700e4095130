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

/**
 * Like `problemsFromError`, for answers whose field messages are Swedish sentences built from
 * data (a refused pathway step, a seat conflict): in English, one the catalogue cannot
 * translate gives way to the API's English `detail`, which says the same thing.
 */
export function problemsIn(
  lang: 'sv' | 'en',
  error: unknown,
  t: Messages,
  translate: (message: string) => string,
): Problems {
  const problems = problemsFromError(error, t, translate);
  if (lang !== 'en' || !(error instanceof ApiError)) return problems;
  const { problem, status } = error;
  if ((status !== 409 && status !== 422) || !problem?.detail || !problem.errors?.length) return problems;
  const detail = problem.detail;
  return {
    ...problems,
    errors: issuesToErrors(problem.errors, (message) => t.apiMessages[message] ?? detail),
  };
}

/** One line for a failed action, in the chosen language. */
export function problemTextIn(
  lang: 'sv' | 'en',
  error: unknown,
  t: Messages,
  translate: (message: string) => string,
): string {
  const { errors, general } = problemsIn(lang, error, t, translate);
  return [...new Set([...Object.values(errors), ...general])].join(' ');
}
