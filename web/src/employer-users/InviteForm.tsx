import type { FormEvent } from 'react';
import { InvitationCreate } from '#shared/schemas/employer-user';
import { api } from '../api/client.ts';
import { isSignedOut, readBody } from '../api/problem.ts';
import { useSendAction } from '../api/useSendAction.ts';
import { FormFrame } from '../forms/FormFrame.tsx';
import { fieldProps } from '../forms/field-props.ts';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextField } from '../forms/TextField.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Invitation } from './load-people.ts';

const empty = { name: '', email: '' };

interface InviteFormProps {
  employerId: string;
  onInvited: (invitation: Invitation) => void;
}

/** "Bjud in en kollega": a name and an address; the API mails the link. */
export function InviteForm({ employerId, onInvited }: InviteFormProps) {
  const { t, lang } = useI18n();
  const sendAction = useSendAction();
  const form = useForm({
    draftName: `invite-${employerId}`,
    initial: empty,
    validate: schemaValidator(InvitationCreate, (draft: typeof empty) => draft, t, lang),
  });
  const { draft, errors, update } = form;
  const field = fieldProps(t.people, errors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const payload = form.check();
    if (!payload || form.busy) return;
    form.setBusy(true);
    try {
      const invitation = await sendAction(`invite-${employerId}`, payload, (key) =>
        readBody(
          api.v1.employers[':id'].invitations.$post(
            { param: { id: employerId }, json: payload },
            { headers: { 'Idempotency-Key': key } },
          ),
        ),
      );
      form.discardDraft();
      onInvited(invitation);
    } catch (error) {
      if (!isSignedOut(error)) form.failed(error);
    } finally {
      form.setBusy(false);
    }
  };

  return (
    <FormFrame form={form} labels={{ name: t.people.name, email: t.people.email }} onSubmit={submit}>
      <TextField
        {...field('name')}
        value={draft.name}
        onValue={(name) => update({ name })}
        autoComplete="off"
      />
      <TextField
        {...field('email')}
        value={draft.email}
        onValue={(email) => update({ email })}
        type="email"
        autoComplete="off"
      />
      <div className="actions">
        <button type="submit" className="button" disabled={form.busy}>
          {t.people.send}
        </button>
      </div>
    </FormFrame>
  );
}
