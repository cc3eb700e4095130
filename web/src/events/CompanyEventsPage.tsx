import { useState } from 'react';
import type { Employer } from '#shared/schemas/employer';
import { EmployerSignupCreate } from '#shared/schemas/signup';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { loadOwnEmployer } from '../employer/own-employer.ts';
import { FormFrame } from '../forms/FormFrame.tsx';
import { SelectField } from '../forms/SelectField.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextField } from '../forms/TextField.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { EmployerEventSignups } from './EmployerEventSignups.tsx';
import { ProblemNotice } from './ProblemNotice.tsx';
import { useEventWords } from './words.ts';

/** `/company/events`: an employer's user signs up the company's attendees and sees its sign-ups. */
export function CompanyEventsPage() {
  const { w } = useEventWords();
  const { state } = useLoad('own-employer', loadOwnEmployer);
  return (
    <>
      <PageHeading title={w.employer.title} />
      {state.status === 'failed' && <ProblemNotice error={state.error} />}
      {state.status === 'ready' && state.data && <CompanyEvents employer={state.data} />}
    </>
  );
}

interface CompanySignupDraft {
  eventId: string;
  name: string;
  email: string;
  phone: string;
}

const toCompanySignupInput = (draft: CompanySignupDraft) => ({
  eventId: draft.eventId,
  name: draft.name,
  ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
  ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
});

function CompanyEvents({ employer }: { employer: Employer }) {
  const { w } = useEventWords();
  const { t, lang } = useI18n();
  const { state } = useLoad(`public-events-${employer.tenant}`, () =>
    readBody(api.v1.public[':tenant'].events.$get({ param: { tenant: employer.tenant } })),
  );
  const [done, setDone] = useState(0);
  const form = useForm({
    draftName: `company-event-signup-${employer.id}`,
    initial: { eventId: '', name: '', email: '', phone: '' },
    validate: schemaValidator(EmployerSignupCreate, toCompanySignupInput, t, lang),
  });
  const { draft, errors, update } = form;
  const field = (name: string, label: string, hint?: string) => ({ name, label, hint, error: errors[name] });

  const submit = form.submitWith(async (payload) => {
    await readBody(
      api.v1.employers[':id']['event-signups'].$post({ param: { id: employer.id }, json: payload }),
    );
    // The next colleague may go to the same event: keep the choice, clear the person.
    update({ name: '', email: '', phone: '' });
    form.finish();
    setDone((count) => count + 1);
  });

  const events =
    state.status === 'ready'
      ? state.data.items.filter((e) => e.seatKinds.some((k) => k.kind === 'employer'))
      : [];
  return (
    <>
      <h2>{w.employer.signUpFor}</h2>
      <FormFrame
        form={form}
        labels={{ eventId: w.employer.event, name: w.form.name, email: w.form.email, phone: w.form.phone }}
        onSubmit={submit}
      >
        <SelectField
          {...field('eventId', w.employer.event)}
          value={draft.eventId}
          options={[
            { value: '', label: w.employer.chooseEvent },
            ...events.map((event) => ({ value: event.id, label: event.title })),
          ]}
          onValue={(eventId) => update({ eventId })}
        />
        <TextField {...field('name', w.form.name)} value={draft.name} onValue={(name) => update({ name })} />
        <TextField
          {...field('email', w.form.email, w.form.contactHint)}
          type="email"
          value={draft.email}
          onValue={(email) => update({ email })}
        />
        <TextField
          {...field('phone', w.form.phone)}
          type="tel"
          value={draft.phone}
          onValue={(phone) => update({ phone })}
        />
        <div aria-live="polite">
          {done > 0 && form.general.length === 0 && <Notice kind="success">{w.done.mail}</Notice>}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={form.busy}>
            {w.signUp}
          </button>
        </div>
      </FormFrame>
      <EmployerEventSignups employerId={employer.id} refresh={done} />
    </>
  );
}
