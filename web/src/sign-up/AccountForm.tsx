import { SignUpDetails } from '#shared/schemas/sign-up';
import { ErrorSummary } from '../forms/ErrorSummary.tsx';
import { fieldProps } from '../forms/field-props.ts';
import { TextField } from '../forms/TextField.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type SignUpEndpoint, signUp } from './cognito-sign-up.ts';
import type { PendingSignUp } from './pending-sign-up.ts';
import { useStepForm } from './useStepForm.ts';

interface AccountFormProps {
  endpoint: SignUpEndpoint;
  tenant: string;
  onSignedUp: (pending: PendingSignUp) => void;
}

const empty = { name: '', email: '', password: '' };

/** Step 1: name, e-mail and password; Cognito creates the account in the page's municipality. */
export function AccountForm({ endpoint, tenant, onSignedUp }: AccountFormProps) {
  const { t } = useI18n();
  const form = useStepForm(SignUpDetails, empty, (reason) =>
    reason === 'emailTaken' ? 'email' : reason === 'weakPassword' ? 'password' : undefined,
  );
  const field = fieldProps(t.signUp, form.errors);
  const labels = { name: t.signUp.name, email: t.signUp.email, password: t.signUp.password };

  const send = form.onSubmit(async (details) => {
    const { UserSub } = await signUp(endpoint, { ...details, tenant });
    onSignedUp({ email: details.email, userSub: UserSub });
  });

  return (
    <form noValidate onSubmit={send} className="form">
      <ErrorSummary
        errors={form.errors}
        general={form.general}
        labels={labels}
        focusSignal={form.summaryFocus}
      />
      <TextField
        {...field('name')}
        value={form.draft.name}
        onValue={(name) => form.update({ name })}
        autoComplete="name"
      />
      <TextField
        {...field('email')}
        value={form.draft.email}
        onValue={(email) => form.update({ email })}
        type="email"
        autoComplete="email"
        spellCheck={false}
      />
      <TextField
        {...field('password')}
        value={form.draft.password}
        onValue={(password) => form.update({ password })}
        type="password"
        autoComplete="new-password"
      />
      <div className="actions">
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? t.signUp.sending : t.signUp.submit}
        </button>
      </div>
    </form>
  );
}
