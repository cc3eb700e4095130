import { type FormEvent, useState } from 'react';
import { stockholmToUtc } from '#shared/domain/event-time';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { Link, useRouter } from '../router/router.tsx';
import { ProblemNotice } from './ProblemNotice.tsx';
import { sessionText, useEventWords } from './words.ts';

const emptyEvent = {
  kind: 'forum',
  title: '',
  description: '',
  date: '',
  start: '10:00',
  end: '12:00',
  placeName: '',
  street: '',
  postcode: '',
  city: '',
  stepFree: true,
  hearingLoop: false,
  quietRoom: false,
  participantSeats: '20',
  employerSeats: '10',
  deadlineDate: '',
  publish: true,
};

/** `/events`: the coach's events, and a form for a new one (one session; times in Swedish time). */
export function EventsPage() {
  const { w, lang } = useEventWords();
  const { navigate } = useRouter();
  const { state } = useLoad('events', () => readBody(api.v1.events.$get({ query: {} })));
  const [form, setForm] = useState(emptyEvent);
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof emptyEvent>) => setForm((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const at = (time: string) => (form.date ? stockholmToUtc(form.date, time) : '');
      const created = await readBody(
        api.v1.events.$post({
          json: {
            kind: form.kind,
            title: form.title,
            description: form.description,
            sessions: [{ startsAt: at(form.start), endsAt: at(form.end) }],
            place: {
              name: form.placeName,
              street: form.street,
              postcode: form.postcode,
              city: form.city,
              accessibility: {
                stepFree: form.stepFree,
                hearingLoop: form.hearingLoop,
                quietRoom: form.quietRoom,
              },
            },
            seats: {
              participant: Number(form.participantSeats) || 0,
              ...(form.kind === 'forum' ? { employer: Number(form.employerSeats) || 0 } : {}),
            },
            signupDeadline: form.deadlineDate ? stockholmToUtc(form.deadlineDate, '23:59') : '',
            status: form.publish ? 'published' : 'draft',
          },
        }),
      );
      navigate(`/events/${created.id}`);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const text = (name: keyof typeof emptyEvent, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`event-${name}`}>{label}</label>
      <input
        id={`event-${name}`}
        type={type}
        className="input"
        value={String(form[name])}
        onChange={(e) => set({ [name]: e.target.value })}
      />
    </div>
  );
  const check = (name: 'stepFree' | 'hearingLoop' | 'quietRoom' | 'publish', label: string) => (
    <label className="choice">
      <input type="checkbox" checked={form[name]} onChange={(e) => set({ [name]: e.target.checked })} />{' '}
      {label}
    </label>
  );

  return (
    <>
      <PageHeading title={w.admin.title} />
      {state.status === 'failed' && <ProblemNotice error={state.error} />}
      {state.status === 'ready' && (
        <ul className="event-list">
          {state.data.items.map((event) => (
            <li key={event.id} className="card">
              <h2>
                <Link to={`/events/${event.id}`}>{event.title}</Link>
              </h2>
              <p>
                {w.admin.kinds[event.kind] ?? event.kind} · {w.admin.status[event.status]} ·{' '}
                {sessionText(event.sessions[0]!, lang)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate className="form">
        <h2>{w.admin.create}</h2>
        <div className="field">
          <label htmlFor="event-kind">{w.admin.kind}</label>
          <select
            id="event-kind"
            className="input"
            value={form.kind}
            onChange={(e) => set({ kind: e.target.value })}
          >
            <option value="forum">{w.admin.kinds.forum}</option>
            <option value="kompetenspass">{w.admin.kinds.kompetenspass}</option>
          </select>
        </div>
        {text('title', w.admin.eventTitle)}
        <div className="field">
          <label htmlFor="event-description">{w.admin.description}</label>
          <textarea
            id="event-description"
            className="input"
            value={form.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        </div>
        {text('date', w.admin.date, 'date')}
        {text('start', w.admin.start, 'time')}
        {text('end', w.admin.end, 'time')}
        {text('placeName', w.admin.placeName)}
        {text('street', w.admin.street)}
        {text('postcode', w.admin.postcode)}
        {text('city', w.admin.city)}
        <fieldset className="field">
          <legend>{w.accessibility}</legend>
          {check('stepFree', w.stepFree)}
          {check('hearingLoop', w.hearingLoop)}
          {check('quietRoom', w.quietRoom)}
        </fieldset>
        {text('participantSeats', w.admin.participantSeats, 'number')}
        {form.kind === 'forum' && text('employerSeats', w.admin.employerSeats, 'number')}
        {text('deadlineDate', w.admin.deadlineDate, 'date')}
        {check('publish', w.admin.publish)}
        <div aria-live="polite">{failure !== undefined && <ProblemNotice error={failure} />}</div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {w.admin.save}
          </button>
        </div>
      </form>
    </>
  );
}
