import { useState } from 'react';
import { z } from 'zod';
import { ConfirmationCode } from '#shared/schemas/sign-up';
import { Notice } from '../components/Notice.tsx';
import { ErrorSummary } from '../forms/ErrorSummary.tsx';
import { fieldProps } from '../forms/field-props.ts';
import { TextField } from '../forms/TextField.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { confirmSignUp, resendCode, type SignUpEndpoint, SignUpFailed } from './cognito-sign-up.ts';
import type { PendingSignUp } from './pending-sign-up.ts';
import { StepHeading } from './StepHeading.tsx';
import { useStepForm } from './useStepForm.ts';

const CodeStep = z.object({ code: ConfirmationCode });

interface CodeFormProps {
  endpoint: SignUpEndpoint;
  pending: PendingSignUp;
  /** Locally the code is printed by `npm start`, not e-mailed; the page says so. */
  local: boolean;
  onConfirmed: () => void;
  onStartAgain: () => void;
}

/** Step 2: the code Cognito e-mailed proves the address; confirming makes the account an employer. */
export function CodeForm({ endpoint, pending, local, onConfirmed, onStartAgain }: CodeFormProps) {
  const { t } = useI18n();
  const [resent, setResent] = useState(false);
  const form = useStepForm(CodeStep, { code: '' }, (reason) =>
    reason === 'wrongCode' || reason === 'expiredCode' ? 'code' : undefined,
  );
  const field = fieldProps(t.signUp, form.errors);

  const send = form.onSubmit(async ({ code }) => {
    try {
      await confirmSignUp(endpoint, pending.email, code);
    } catch (error) {
      // Confirmed already (say, in another tab): the account is ready all the same.
      if (error instanceof SignUpFailed && error.reason === 'alreadyConfirmed') return onConfirmed();
      throw error;
    }
    onConfirmed();
  });

  const sendNewCode = async () => {
    setResent(false);
    try {
      await resendCode(endpoint, pending.email);
      setResent(true);
    } catch (error) {
      form.setFailure(error instanceof SignUpFailed ? error.reason : 'unavailable');
    }
  };

  return (
    <>
      <StepHeading>{t.signUp.codeTitle}</StepHeading>
      <p>{t.signUp.codeIntro(pending.email)}</p>
      {local && <Notice kind="info">{t.signUp.localCodeNote}</Notice>}
      {resent && <Notice kind="success">{t.signUp.resent}</Notice>}
      <form noValidate onSubmit={send} className="form">
        <ErrorSummary
          errors={form.errors}
          general={form.general}
          labels={{ code: t.signUp.code }}
          focusSignal={form.summaryFocus}
        />
        <TextField
          {...field('code')}
          value={form.draft.code}
          onValue={(code) => form.update({ code })}
          inputMode="numeric"
          autoComplete="one-time-code"
          width="short"
        />
        <div className="actions">
          <button type="submit" className="button" disabled={form.busy}>
            {form.busy ? t.signUp.sending : t.signUp.confirm}
          </button>
          <button type="button" className="button button--secondary" onClick={sendNewCode}>
            {t.signUp.resend}
          </button>
        </div>
      </form>
      <p>
        <button type="button" className="button button--quiet" onClick={onStartAgain}>
          {t.signUp.startAgain}
        </button>
      </p>
    </>
  );
}
