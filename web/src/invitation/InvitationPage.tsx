import { useState } from 'react';
import { useLoad } from '../api/useLoad.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { startCognitoSignIn } from '../auth/cognito.ts';
import { rememberReturnTo } from '../auth/session.ts';
import { formatTimestamp } from '../components/format.ts';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import {
  type Accepted,
  acceptInvitation,
  afterJoining,
  previewInvitation,
  signInLocally,
} from './accept-invitation.ts';
import { InvitationProblem } from './InvitationProblem.tsx';

type Step =
  | { kind: 'ready' }
  | { kind: 'joining' }
  | { kind: 'joined'; accepted: Accepted }
  | { kind: 'failed'; error: unknown };

/**
 * `/inbjudan/:token`, the link in the invitation mail: says which company invites, and
 * whoever holds the link may join it; then, locally, straight in; in AWS, a sign-in
 * with the temporary password Cognito mailed.
 */
export function InvitationPage({ token }: { token: string }) {
  const { t, lang } = useI18n();
  const { cognito, signIn } = useAuth();
  const { state } = useLoad(`invitation-${token}`, () => previewInvitation(token));
  const [step, setStep] = useState<Step>({ kind: 'ready' });
  const [signInFailed, setSignInFailed] = useState(false);

  const join = async () => {
    setStep({ kind: 'joining' });
    let accepted: Accepted;
    try {
      accepted = await acceptInvitation(token);
    } catch (error) {
      setStep({ kind: 'failed', error });
      return;
    }
    setStep({ kind: 'joined', accepted });
    // In AWS the person signs in with Cognito's mailed password (the button below); locally, straight in.
    if (cognito) return;
    if (!(await signInLocally(accepted.userId, signIn).catch(() => false))) setSignInFailed(true);
  };

  const signInWithCognito = () => {
    if (!cognito) return;
    rememberReturnTo(afterJoining);
    void startCognitoSignIn(cognito);
  };

  const canJoin = state.status === 'ready' && (step.kind === 'ready' || step.kind === 'joining');
  return (
    <>
      <PageHeading title={t.invitation.title} />
      {state.status === 'loading' && (
        <p className="loading" role="status">
          {t.app.loading}
        </p>
      )}
      {state.status === 'failed' && <InvitationProblem error={state.error} />}
      {state.status === 'ready' && step.kind !== 'joined' && (
        <>
          <p className="lead">{t.invitation.invitedTo(state.data.name, state.data.employerName)}</p>
          <p>{t.invitation.intro}</p>
          <p>{t.invitation.validUntil(formatTimestamp(state.data.expiresAt, lang))}</p>
        </>
      )}
      <div aria-live="polite">
        {step.kind === 'failed' && <InvitationProblem error={step.error} />}
        {step.kind === 'joined' && (
          <Notice kind="success">
            <p>{t.invitation.joined(step.accepted.employerName)}</p>
            {cognito ? (
              <p>
                {step.accepted.newUser
                  ? t.invitation.signInCognito(step.accepted.email)
                  : t.invitation.signInExisting(step.accepted.email)}
              </p>
            ) : (
              !signInFailed && <p>{t.invitation.signInLocal}</p>
            )}
          </Notice>
        )}
        {signInFailed && <Notice kind="error">{t.signIn.unavailable}</Notice>}
      </div>
      {canJoin && (
        <div className="actions">
          <button type="button" className="button" onClick={join} disabled={step.kind === 'joining'}>
            {step.kind === 'joining' ? t.invitation.joining : t.invitation.join}
          </button>
        </div>
      )}
      {step.kind === 'joined' && cognito && (
        <div className="actions">
          <button type="button" className="button" onClick={signInWithCognito}>
            {t.invitation.signIn}
          </button>
        </div>
      )}
    </>
  );
}
