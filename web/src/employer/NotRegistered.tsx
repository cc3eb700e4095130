import { Notice } from '../components/Notice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';

/** An employer user whose company is not registered yet: where to start. */
export function NotRegistered() {
  const { t } = useI18n();
  return (
    <Notice kind="info" title={t.company.notRegisteredTitle}>
      <p>{t.company.notRegisteredText}</p>
      <Link to="/company/register" className="button">
        {t.company.registerLink}
      </Link>
    </Notice>
  );
}
