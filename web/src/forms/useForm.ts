import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { isSignedOut } from '../api/problem.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { draftStorageKey, readDraft, removeDraft, writeDraft } from './draft-store.ts';
import type { FieldErrors } from './field-errors.ts';
import { problemsFromError } from './server-problems.ts';

export type Validation<Payload> = { ok: true; payload: Payload } | { ok: false; errors: FieldErrors };

interface FormOptions<Draft, Payload> {
  /**
   * Names the draft in sessionStorage, e.g. `placement-new`. Without one (or without a
   * sign-in) nothing is kept: a public form on a shared computer leaves no one's details behind.
   */
  draftName?: string;
  initial: Draft;
  /** Made with the current language, so messages follow a language switch. */
  validate: (draft: Draft) => Validation<Payload>;
}

export interface Form<Draft, Payload> {
  draft: Draft;
  errors: FieldErrors;
  /** Messages that belong to no field (a conflict, a failed save). */
  general: string[];
  /** Changes each time the error summary should take focus. */
  summaryFocus: number;
  restored: boolean;
  busy: boolean;
  /** A save failed because someone else changed the record first. */
  stale: boolean;
  update: (change: Partial<Draft>) => void;
  /** Validates; the payload when it is fine, otherwise shows the errors and returns undefined. */
  check: () => Payload | undefined;
  /** A failed save: the API's problem is shown next to the fields it names. */
  failed: (error: unknown) => void;
  setBusy: (busy: boolean) => void;
  /** After a successful save: forget the draft. */
  finish: () => void;
  discardDraft: () => void;
  /**
   * The submit handler most forms need: validate, send once while busy, and show a
   * failed save by its fields (an expired sign-in is the sign-in page's to handle).
   */
  submitWith: (
    send: (payload: Payload) => Promise<void>,
  ) => (event: FormEvent<HTMLFormElement>) => Promise<void>;
}

/** Form state that survives an expired sign-in, validated with the API's own schema. */
export function useForm<Draft extends object, Payload>({
  draftName,
  initial,
  validate,
}: FormOptions<Draft, Payload>): Form<Draft, Payload> {
  const { t, lang } = useI18n();
  const userId = useAuth().session?.userId;
  const storageKey = draftName && userId ? draftStorageKey(userId, draftName) : undefined;
  const [state, setState] = useState(() => {
    const saved = storageKey ? readDraft<Partial<Draft>>(storageKey) : undefined;
    return { draft: { ...initial, ...saved }, restored: saved !== undefined, touched: false };
  });
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<unknown>();
  const [summaryFocus, setSummaryFocus] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (storageKey && state.touched) writeDraft(storageKey, state.draft);
  }, [state, storageKey]);

  const update = useCallback((change: Partial<Draft>) => {
    setState((previous) => ({ ...previous, draft: { ...previous.draft, ...change }, touched: true }));
    setServerError(undefined);
  }, []);

  // Once someone has tried to save, errors follow the fields as they are fixed.
  const validation = submitted ? validate(state.draft) : undefined;
  const server = serverError === undefined ? undefined : problemsFromError(serverError, t, lang);
  const errors = { ...(validation?.ok === false ? validation.errors : {}), ...server?.errors };

  const check = () => {
    setSubmitted(true);
    setServerError(undefined);
    const result = validate(state.draft);
    if (result.ok) return result.payload;
    setSummaryFocus((count) => count + 1);
    return undefined;
  };

  const failed = (error: unknown) => {
    setServerError(error);
    setSummaryFocus((count) => count + 1);
  };

  const finish = () => {
    if (storageKey) removeDraft(storageKey);
    setState((previous) => ({ ...previous, restored: false, touched: false }));
  };

  const discardDraft = () => {
    if (storageKey) removeDraft(storageKey);
    setState({ draft: initial, restored: false, touched: false });
    setSubmitted(false);
    setServerError(undefined);
  };

  const submitWith =
    (send: (payload: Payload) => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const payload = check();
      if (!payload || busy) return;
      setBusy(true);
      try {
        await send(payload);
      } catch (error) {
        if (!isSignedOut(error)) failed(error);
      } finally {
        setBusy(false);
      }
    };

  return {
    draft: state.draft,
    errors,
    general: server?.general ?? [],
    summaryFocus,
    restored: state.restored,
    busy,
    stale: server?.stale ?? false,
    update,
    check,
    failed,
    setBusy,
    finish,
    discardDraft,
    submitWith,
  };
}
