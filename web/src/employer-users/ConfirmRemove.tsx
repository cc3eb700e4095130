import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface ConfirmRemoveProps {
  name: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The second step of "Ta bort": says what removing means; focus moves here, since the button that opened it is gone. */
export function ConfirmRemove({ name, busy, onConfirm, onCancel }: ConfirmRemoveProps) {
  const { t } = useI18n();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div className="panel">
      <p tabIndex={-1} ref={question}>
        {t.people.confirmRemove(name)}
      </p>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={onConfirm}>
          {t.people.confirmYes}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t.people.cancel}
        </button>
      </div>
    </div>
  );
}
