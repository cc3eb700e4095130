import { useLoad } from '../api/useLoad.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { homeFor } from '../auth/home.ts';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';
import { loadMunicipality } from './municipality.ts';
import { NoSuchMunicipality } from './NoSuchMunicipality.tsx';
import { SignUpSteps } from './SignUpSteps.tsx';

/** `/{tenant}/registrera`: an employer makes an account in the municipality the address names. */
export function SignUpPage({ tenant }: { tenant: string }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const { state, reload } = useLoad(`municipality-${tenant}`, () => loadMunicipality(tenant));
  return (
    <LoadState state={state} reload={reload}>
      {(municipality) =>
        municipality ? (
          <>
            <PageHeading title={t.signUp.title} />
            {session ? (
              <Notice kind="info">
                <p>{t.signUp.alreadySignedIn}</p>
                <Link to={homeFor(session.role)}>{t.app.toStart}</Link>
              </Notice>
            ) : (
              <SignUpSteps municipality={municipality} />
            )}
          </>
        ) : (
          <NoSuchMunicipality />
        )
      }
    </LoadState>
  );
}
