import { useAuth } from '../auth/AuthProvider.tsx';
import { wasExpired } from '../auth/session.ts';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Redirect } from '../router/router.tsx';
import { CognitoSignIn } from './CognitoSignIn.tsx';
import { DemoSignIn } from './DemoSignIn.tsx';

export function SignInPage() {
  const { t } = useI18n();
  const { session, cognito } = useAuth();
  if (session) return <Redirect to="/" />;
  return (
    <>
      <PageHeading title={t.signIn.title} />
      {wasExpired() && <Notice kind="warning">{t.signIn.expired}</Notice>}
      {cognito ? <CognitoSignIn config={cognito} /> : <DemoSignIn />}
    </>
  );
}
