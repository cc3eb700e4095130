import { useState } from 'react';
import type { PublicTenant } from '#shared/schemas/tenant';
import { useAuth } from '../auth/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';
import { AccountForm } from './AccountForm.tsx';
import { CodeForm } from './CodeForm.tsx';
import { loadPendingSignUp, type PendingSignUp, savePendingSignUp } from './pending-sign-up.ts';
import { SignUpDone } from './SignUpDone.tsx';
import { signUpEndpoint } from './sign-up-endpoint.ts';

type Step =
  | { kind: 'account' }
  | { kind: 'code'; pending: PendingSignUp }
  | { kind: 'done'; userSub: string };

/** Account, then the e-mailed code, then signing in: one municipality's sign-up. */
export function SignUpSteps({ municipality }: { municipality: PublicTenant }) {
  const { t } = useI18n();
  const { cognito } = useAuth();
  const endpoint = signUpEndpoint(cognito);
  const tenant = municipality.id;
  const [step, setStep] = useState<Step>(() => {
    const pending = loadPendingSignUp(tenant);
    return pending ? { kind: 'code', pending } : { kind: 'account' };
  });

  const toCode = (pending: PendingSignUp) => {
    savePendingSignUp(tenant, pending);
    setStep({ kind: 'code', pending });
  };
  const toDone = (userSub: string) => {
    savePendingSignUp(tenant, undefined);
    setStep({ kind: 'done', userSub });
  };
  const startAgain = () => {
    savePendingSignUp(tenant, undefined);
    setStep({ kind: 'account' });
  };

  if (step.kind === 'code')
    return (
      <CodeForm
        endpoint={endpoint}
        pending={step.pending}
        local={!cognito}
        onConfirmed={() => toDone(step.pending.userSub)}
        onStartAgain={startAgain}
      />
    );
  if (step.kind === 'done') return <SignUpDone userSub={step.userSub} />;
  return (
    <>
      <p className="lead">{t.signUp.intro(municipality.name)}</p>
      <AccountForm endpoint={endpoint} tenant={tenant} onSignedUp={toCode} />
      <p>
        {t.signUp.haveAccount} <Link to="/sign-in">{t.signIn.title}</Link>
      </p>
    </>
  );
}
