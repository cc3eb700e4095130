import type { FormEvent, ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DraftNotice } from './DraftNotice.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import type { Form } from './useForm.ts';

interface FormFrameProps {
  form: Pick<
    Form<object, unknown>,
    'restored' | 'discardDraft' | 'errors' | 'general' | 'summaryFocus' | 'stale' | 'busy'
  >;
  /** Field labels in the order the fields appear, for the error summary. */
  labels: Record<string, string>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Where someone else may save first: read the latest version (shown after a 412). */
  onStale?: (() => void) | undefined;
  /** Say "saving" under the form while it saves (a form whose button says it needs no note). */
  announceSaving?: boolean;
  children: ReactNode;
}

/** What every form around a draft has: the restored-draft notice, the error summary, the way back from a stale save. */
export function FormFrame({
  form,
  labels,
  onSubmit,
  onStale,
  announceSaving = true,
  children,
}: FormFrameProps) {
  const { t } = useI18n();
  return (
    <form noValidate onSubmit={onSubmit} className="form">
      {form.restored && <DraftNotice onDiscard={form.discardDraft} />}
      <ErrorSummary
        errors={form.errors}
        general={form.general}
        labels={labels}
        focusSignal={form.summaryFocus}
      />
      {onStale && form.stale && (
        <p>
          <button type="button" className="button button--secondary" onClick={onStale}>
            {t.form.reload}
          </button>
        </p>
      )}
      {children}
      {announceSaving && form.busy && <p role="status">{t.form.saving}</p>}
    </form>
  );
}
