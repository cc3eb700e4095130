import { useState } from 'react';
import { useAuth } from '../auth/AuthProvider.tsx';
import { Notice } from '../components/Notice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { StepHeading } from './StepHeading.tsx';
import { signInNewAccount } from './sign-in-new-account.ts';

/** Step 3: the account is ready; signing in leads to registering the company. */
export function SignUpDone({ userSub }: { userSub: string }) {
  const { t } = useI18n();
  const { cognito, signIn } = useAuth();
  const [failed, setFailed] = useState(false);

  const start = async () => {
    setFailed(false);
    try {
      // Signing in leaves this page: to the hosted UI in AWS, to the company page locally.
      if (!(await signInNewAccount(cognito, userSub, signIn))) setFailed(true);
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      <StepHeading>{t.signUp.doneTitle}</StepHeading>
      <Notice kind="success">
        <p>{t.signUp.doneText}</p>
      </Notice>
      {cognito && <p>{t.signUp.authenticatorNote}</p>}
      {failed && <Notice kind="error">{t.signIn.unavailable}</Notice>}
      <button type="button" className="button" onClick={start}>
        {t.signUp.signIn}
      </button>
    </>
  );
}
