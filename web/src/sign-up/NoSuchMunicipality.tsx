import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';

/** The address names no municipality that uses Bryggan (a typo, or one that has not joined). */
export function NoSuchMunicipality() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t.signUp.noMunicipalityTitle} />
      <p>{t.signUp.noMunicipalityText}</p>
      <p>
        <Link to="/">{t.app.toStart}</Link>
      </p>
    </>
  );
}
