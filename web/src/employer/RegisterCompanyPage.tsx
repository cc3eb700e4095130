import { useLoad } from '../api/useLoad.ts';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link, useRouter } from '../router/router.tsx';
import { loadOwnEmployer } from './own-employer.ts';
import { RegisterCompanyForm } from './RegisterCompanyForm.tsx';

export function RegisterCompanyPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { state, reload } = useLoad('own-employer', loadOwnEmployer);
  return (
    <>
      <PageHeading title={t.register.title} />
      <LoadState state={state} reload={reload}>
        {(employer) =>
          employer ? (
            <Notice kind="info">
              <p>{t.register.alreadyRegistered}</p>
              <Link to="/company">{t.nav.company}</Link>
            </Notice>
          ) : (
            <>
              <p className="lead">{t.register.intro}</p>
              <RegisterCompanyForm
                draftName="register-company"
                submitLabel={t.register.submit}
                onRegistered={() => navigate('/company', { flash: 'registered' })}
              />
            </>
          )
        }
      </LoadState>
    </>
  );
}
