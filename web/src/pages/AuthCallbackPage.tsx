import { useEffect, useRef, useState } from 'react';
import { useAuth } from '../auth/AuthProvider.tsx';
import { finishCognitoSignIn } from '../auth/cognito.ts';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link, useRouter } from '../router/router.tsx';

/** Where Cognito sends the browser back with the authorization code. */
export function AuthCallbackPage() {
  const { t } = useI18n();
  const { cognito, signIn } = useAuth();
  const { search } = useRouter();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    // The code can be redeemed once only.
    if (started.current) return;
    started.current = true;
    if (!cognito) return setFailed(true);
    finishCognitoSignIn(cognito, search)
      .then((token) => signIn(token) || setFailed(true))
      .catch(() => setFailed(true));
  }, [cognito, search, signIn]);

  return (
    <>
      <PageHeading title={t.signIn.callbackTitle} />
      {failed ? (
        <Notice kind="error">
          <p>{t.signIn.callbackFailed}</p>
          <Link to="/sign-in">{t.signIn.title}</Link>
        </Notice>
      ) : (
        <p role="status">{t.app.loading}</p>
      )}
    </>
  );
}
