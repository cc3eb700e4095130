import { useI18n } from '../i18n/I18nProvider.tsx';

export function LanguageSwitch() {
  const { t, setLang } = useI18n();
  const target = t.language.switchToLang;
  return (
    <button type="button" className="button button--quiet" lang={target} onClick={() => setLang(target)}>
      {t.language.switchTo}
    </button>
  );
}
