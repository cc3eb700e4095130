import { Notice } from '../components/Notice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** Tells that a form came back with what was typed before, and offers to start over. */
export function DraftNotice({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useI18n();
  return (
    <Notice kind="info">
      <p>{t.form.draftRestored}</p>
      <button type="button" className="button button--secondary" onClick={onDiscard}>
        {t.form.discardDraft}
      </button>
    </Notice>
  );
}
