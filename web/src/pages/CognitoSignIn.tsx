import { useState } from 'react';
import { hostedUi, startCognitoSignIn } from '../auth/cognito.ts';
import type { CognitoConfig } from '../auth/config.ts';
import { Notice } from '../components/Notice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** In AWS: off to Cognito's hosted sign-in page, back through /auth/callback. */
export function CognitoSignIn({ config }: { config: CognitoConfig }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  if (!hostedUi(config)) return <Notice kind="error">{t.signIn.cognitoMissingDomain}</Notice>;
  return (
    <>
      <p className="lead">{t.signIn.cognitoIntro}</p>
      {failed && <Notice kind="error">{t.signIn.unavailable}</Notice>}
      <button
        type="button"
        className="button"
        onClick={() => startCognitoSignIn(config).catch(() => setFailed(true))}
      >
        {t.signIn.cognitoButton}
      </button>
    </>
  );
}
