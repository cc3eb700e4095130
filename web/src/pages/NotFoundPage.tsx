import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t.app.notFoundTitle} />
      <p>{t.app.notFoundText}</p>
      <p>
        <Link to="/">{t.app.toStart}</Link>
      </p>
    </>
  );
}
