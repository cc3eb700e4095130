import { ApiError, problemCode } from '../api/problem.ts';
import type { Messages } from '../i18n/sv.ts';
import { type FieldErrors, fieldKey } from './field-errors.ts';

export interface Problems {
  errors: FieldErrors;
  general: string[];
  stale: boolean;
}

/** What a page says for a refusal that has no code of its own, when the general words do not fit. */
export type Fallbacks = Partial<Messages['problemFallback']>;

/**
 * What a failed save shows. A problem whose code the catalogue knows (`code` or, where the words
 * depend on the field, `code field`) is said in the chosen language, next to the fields the API
 * names or in the summary. Field errors of other problems
 * are shown as the API gives them; in English, the problem's own English `detail` stands in for
 * a refusal's Swedish field message (docs/api.md: refusals carry both). No sentence is parsed.
 */
export function problemsFromError(
  error: unknown,
  t: Messages,
  lang: 'sv' | 'en',
  fallbacks: Fallbacks = {},
): Problems {
  const none = { errors: {}, general: [], stale: false };
  if (!(error instanceof ApiError)) return { ...none, general: [t.app.saveFailed] };
  if (error.status === 412) return { ...none, general: [t.form.stale], stale: true };
  const { problem, status } = error;
  const code = problemCode(error);
  const known = code === undefined ? undefined : t.problems[code];
  if (problem?.errors?.length) {
    const english = lang === 'en' && (status === 409 || status === 422) ? problem.detail : undefined;
    const errors: FieldErrors = {};
    for (const { field, message } of problem.errors) {
      const key = fieldKey(field);
      errors[key] ??= t.problems[`${code} ${key}`] ?? known ?? english ?? message;
    }
    return { ...none, errors };
  }
  if (known) return { ...none, general: [known] };
  const words = { ...t.problemFallback, ...fallbacks };
  if (status === 403) return { ...none, general: [words.forbidden] };
  if (status === 404) return { ...none, general: [words.notFound] };
  if (status === 409) return { ...none, general: [words.conflict] };
  return { ...none, general: [t.app.saveFailed] };
}

/** One line for a failed action outside a form (verify, publish, answer a proposal). */
export function problemText(error: unknown, t: Messages, lang: 'sv' | 'en', fallbacks?: Fallbacks): string {
  const { errors, general } = problemsFromError(error, t, lang, fallbacks);
  return [...new Set([...Object.values(errors), ...general])].join(' ');
}
