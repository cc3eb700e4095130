import { type FormEvent, useState } from 'react';
import type { Employer } from '#shared/schemas/employer';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { loadOwnEmployer } from '../employer/own-employer.ts';
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

function CompanyEvents({ employer }: { employer: Employer }) {
  const { w } = useEventWords();
  const { state } = useLoad(`public-events-${employer.tenant}`, () =>
    readBody(api.v1.public[':tenant'].events.$get({ param: { tenant: employer.tenant } })),
  );
  const [form, setForm] = useState({ eventId: '', name: '', email: '' });
  const [failure, setFailure] = useState<unknown>();
  const [done, setDone] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    try {
      await readBody(
        api.v1.employers[':id']['event-signups'].$post({
          param: { id: employer.id },
          json: { eventId: form.eventId, name: form.name, ...(form.email ? { email: form.email } : {}) },
        }),
      );
      setForm({ ...form, name: '', email: '' });
      setDone((count) => count + 1);
    } catch (error) {
      setFailure(error);
    }
  };

  const events =
    state.status === 'ready'
      ? state.data.items.filter((e) => e.seatKinds.some((k) => k.kind === 'employer'))
      : [];
  return (
    <>
      <form onSubmit={submit} noValidate className="form">
        <h2>{w.employer.signUpFor}</h2>
        <div className="field">
          <label htmlFor="company-event">{w.employer.event}</label>
          <select
            id="company-event"
            className="input"
            value={form.eventId}
            onChange={(e) => setForm({ ...form, eventId: e.target.value })}
          >
            <option value="">{w.employer.chooseEvent}</option>
            {events.map((event) => (
              <option key={event.id} value={event.id}>
                {event.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="company-name">{w.form.name}</label>
          <input
            id="company-name"
            className="input"
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="company-email">{w.form.email}</label>
          <input
            id="company-email"
            type="email"
            className="input"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
          />
        </div>
        <div aria-live="polite">
          {failure !== undefined && <ProblemNotice error={failure} />}
          {done > 0 && failure === undefined && <Notice kind="success">{w.done.mail}</Notice>}
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {w.signUp}
          </button>
        </div>
      </form>
      <EmployerEventSignups employerId={employer.id} refresh={done} />
    </>
  );
}
