import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { schemaValidator } from '../forms/schema-validator.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SignUpFailed, type SignUpFailureReason } from './cognito-sign-up.ts';

/**
 * A sign-up step's form. Like `useForm`, but for someone without an account: no draft
 * is kept (a password must not be), and a refusal comes from Cognito, not the API.
 */
export function useStepForm<Draft extends object, Values>(
  schema: z.ZodType<Values, Draft>,
  initial: Draft,
  /** The field a refusal belongs to, when it belongs to one. */
  fieldFor: (reason: SignUpFailureReason) => string | undefined,
) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<SignUpFailureReason>();
  const [busy, setBusy] = useState(false);
  const [summaryFocus, setSummaryFocus] = useState(0);

  const validate = schemaValidator(schema, (value: Draft) => value, t, lang);
  // Once someone has tried to send, errors follow the fields as they are fixed.
  const validation = submitted ? validate(draft) : undefined;
  const failureField = failure && fieldFor(failure);
  const errors = {
    ...(validation?.ok === false ? validation.errors : {}),
    ...(failure && failureField ? { [failureField]: t.signUp.failures[failure] } : {}),
  };
  const general = failure && !failureField ? [t.signUp.failures[failure]] : [];

  const update = (change: Partial<Draft>) => {
    setDraft((previous) => ({ ...previous, ...change }));
    setFailure(undefined);
  };

  /** Checks the draft, then runs `send` with the parsed values; a refusal is shown, not thrown. */
  const onSubmit = (send: (values: Values) => Promise<void>) => async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    setFailure(undefined);
    const result = validate(draft);
    if (!result.ok) return setSummaryFocus((count) => count + 1);
    setBusy(true);
    try {
      await send(result.payload);
    } catch (error) {
      setFailure(error instanceof SignUpFailed ? error.reason : 'unavailable');
      setSummaryFocus((count) => count + 1);
    } finally {
      setBusy(false);
    }
  };

  return { draft, update, errors, general, busy, summaryFocus, onSubmit, setFailure };
}
