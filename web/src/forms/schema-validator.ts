import type { z } from 'zod';
import { sayField } from '#shared/messages/field-messages';
import type { Lang } from '../i18n/I18nProvider.tsx';
import { plainIssues } from '../i18n/plain-issues.ts';
import type { Messages } from '../i18n/sv.ts';
import { issuesToErrors } from './field-errors.ts';
import type { Validation } from './useForm.ts';

/** Validates a form's draft with the same zod schema the API uses, so both show the same messages. */
export function schemaValidator<Draft, S extends z.ZodType>(
  schema: S,
  toInput: (draft: Draft) => unknown,
  t: Messages,
  lang: Lang,
): (draft: Draft) => Validation<z.output<S>> {
  return (draft) => {
    const result = schema.safeParse(toInput(draft), { error: plainIssues(t, lang) });
    return result.success
      ? { ok: true, payload: result.data }
      : { ok: false, errors: issuesToErrors(result.error.issues, (message) => sayField(message, lang)) };
  };
}
