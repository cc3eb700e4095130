import { useState } from 'react';
import { StaffContactPut, type StaffMember } from '#shared/schemas/staff';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { Fact } from '../components/Fact.tsx';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextField } from '../forms/TextField.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** `/me`: a coach or admin gives the phone employers see on their proposals. */
export function MyContactPage() {
  const { t } = useI18n();
  const { state, reload, replace } = useLoad('users-me', () => readBody(api.v1.users.me.$get()));
  return (
    <>
      <PageHeading title={t.myContact.title} />
      <p>{t.myContact.intro}</p>
      <LoadState state={state} reload={reload}>
        {(member) => <ContactForm key={member.phone ?? ''} member={member} onSaved={replace} />}
      </LoadState>
    </>
  );
}

function ContactForm({ member, onSaved }: { member: StaffMember; onSaved: (member: StaffMember) => void }) {
  const { t, lang } = useI18n();
  const w = t.myContact;
  const [saved, setSaved] = useState(false);
  const form = useForm({
    draftName: 'my-contact',
    initial: { phone: member.phone ?? '' },
    validate: schemaValidator(
      StaffContactPut,
      (draft: { phone: string }) => ({ phone: draft.phone.trim() ? draft.phone : null }),
      t,
      lang,
    ),
  });

  const submit = form.submitWith(async (payload) => {
    setSaved(false);
    const member = await readBody(api.v1.users.me.contact.$put({ json: payload }));
    form.finish();
    onSaved(member);
    setSaved(true);
  });

  return (
    <>
      <dl className="facts">
        <Fact label={w.name}>{member.name}</Fact>
        {member.email && <Fact label={w.email}>{member.email}</Fact>}
      </dl>
      <FormFrame form={form} labels={{ phone: w.phone }} onSubmit={submit}>
        <TextField
          name="phone"
          label={w.phone}
          hint={w.phoneHint}
          error={form.errors.phone}
          type="tel"
          autoComplete="tel"
          width="medium"
          value={form.draft.phone}
          onValue={(phone) => {
            setSaved(false);
            form.update({ phone });
          }}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={form.busy}>
            {w.save}
          </button>
        </div>
      </FormFrame>
      <div aria-live="polite">{saved && <Notice kind="success">{w.saved}</Notice>}</div>
    </>
  );
}
