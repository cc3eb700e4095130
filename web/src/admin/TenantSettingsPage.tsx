import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';
import { useCompensationWords } from './compensation-words.ts';
import { TenantSettingsForm } from './TenantSettingsForm.tsx';
import { TenantSettingsLoader } from './TenantSettingsLoader.tsx';

/** The admin's page for the municipality's settings. */
export function TenantSettingsPage() {
  const { t } = useI18n();
  const compensation = useCompensationWords();
  return (
    <>
      <PageHeading title={t.tenantSettings.title} />
      <p className="lead">{t.tenantSettings.intro}</p>
      <p>
        <Link to="/settings/ersattning">{compensation.link}</Link>
        <br />
        <span className="hint">{compensation.linkHint}</span>
      </p>
      <TenantSettingsLoader savedText={t.tenantSettings.saved}>
        {({ key, ...form }) => (
          <div key={key}>
            <p className="hint">{t.tenantSettings.version(form.current.body.version)}</p>
            <TenantSettingsForm {...form} />
          </div>
        )}
      </TenantSettingsLoader>
    </>
  );
}
