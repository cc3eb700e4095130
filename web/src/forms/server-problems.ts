import { isProblemCode, problemCatalogue } from '#shared/messages/problems';
import { ApiError, problemCode } from '../api/problem.ts';
import type { Lang } from '../i18n/I18nProvider.tsx';
import type { Messages } from '../i18n/sv.ts';
import { type FieldErrors, fieldKey } from './field-errors.ts';

export interface Problems {
  errors: FieldErrors;
  general: string[];
  stale: boolean;
}

/**
 * What a failed save shows: the API's field messages next to the fields it names
 * (the API writes them in the language the web asked for), otherwise what the
 * problem's code means, from the shared catalogue. No sentence is parsed.
 */
export function problemsFromError(error: unknown, t: Messages, lang: Lang): Problems {
  const none = { errors: {}, general: [], stale: false };
  if (!(error instanceof ApiError)) return { ...none, general: [t.app.saveFailed] };
  if (error.status === 412) return { ...none, general: [t.form.stale], stale: true };
  if (error.problem?.errors?.length) {
    const errors: FieldErrors = {};
    for (const { field, message } of error.problem.errors) errors[fieldKey(field)] ??= message;
    return { ...none, errors };
  }
  const code = problemCode(error);
  if (code !== undefined && isProblemCode(code))
    return { ...none, general: [problemCatalogue[code].detail[lang]] };
  return { ...none, general: [t.app.saveFailed] };
}

/** One line for a failed action outside a form (verify, publish, answer a proposal). */
export function problemText(error: unknown, t: Messages, lang: Lang): string {
  const { errors, general } = problemsFromError(error, t, lang);
  return [...new Set([...Object.values(errors), ...general])].join(' ');
}
