import { type FormEvent, useState } from 'react';
import type { SeatKind } from '#shared/schemas/event';
import type { SignupReceipt } from '#shared/schemas/signup';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';
import { EventFacts } from './EventFacts.tsx';
import { ProblemNotice } from './ProblemNotice.tsx';
import { useEventWords } from './words.ts';

const emptyForm = {
  name: '',
  kind: 'participant' as SeatKind,
  organisation: '',
  email: '',
  phone: '',
  interpreter: '',
  stepFree: false,
  food: '',
  companion: '',
};

/** `/{tenant}/evenemang/{id}`: the event and its sign-up form; then the confirmation with the cancel link. */
export function PublicSignupPage({ tenant, eventId }: { tenant: string; eventId: string }) {
  const { w } = useEventWords();
  const { lang } = useI18n();
  const { state } = useLoad(`public-event-${eventId}`, () =>
    readBody(api.v1.public[':tenant'].events[':id'].$get({ param: { tenant, id: eventId } })),
  );
  const [form, setForm] = useState(emptyForm);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [receipt, setReceipt] = useState<SignupReceipt>();
  const set = (patch: Partial<typeof emptyForm>) => setForm((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    try {
      const answer = await readBody(
        api.v1.public[':tenant'].events[':id'].signups.$post({
          param: { tenant, id: eventId },
          json: {
            name: form.name,
            kind: form.kind,
            ...(form.kind === 'employer' ? { organisation: form.organisation } : {}),
            ...(optional(form.email) ? { email: optional(form.email) } : {}),
            ...(optional(form.phone) ? { phone: optional(form.phone) } : {}),
            needs: {
              stepFree: form.stepFree,
              ...(optional(form.interpreter) ? { interpreter: optional(form.interpreter) } : {}),
              ...(optional(form.food) ? { food: optional(form.food) } : {}),
            },
            companions: optional(form.companion) ? [{ name: form.companion.trim() }] : [],
            language: lang,
          },
        }),
      );
      setReceipt(answer);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  if (state.status === 'loading') return <p role="status">…</p>;
  if (state.status === 'failed') return <ProblemNotice error={state.error} />;
  const event = state.data;
  const kinds = event.seatKinds.map((seat) => seat.kind);
  return (
    <>
      <PageHeading title={event.title} />
      <p className="lead">{event.description}</p>
      <EventFacts event={event} />
      <p>
        <a href={`/v1/public/${tenant}/events/${event.id}/calendar.ics`}>{w.calendar}</a>
      </p>
      {receipt ? (
        <Notice
          kind="success"
          title={receipt.status === 'confirmed' ? w.done.confirmed : w.done.waitlisted(receipt.position ?? 1)}
        >
          <p>{w.done.mail}</p>
          <p>
            <Link to={`/avboka/${receipt.cancelToken}`}>{w.done.cancelLink}</Link>
          </p>
          <p>{w.done.cancelHint}</p>
        </Notice>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <h2>{w.form.title}</h2>
          <div className="field">
            <label htmlFor="signup-name">{w.form.name}</label>
            <input
              id="signup-name"
              className="input"
              value={form.name}
              autoComplete="name"
              onChange={(e) => set({ name: e.target.value })}
            />
          </div>
          {kinds.length > 1 && (
            <fieldset className="field">
              <legend>{w.form.iAm}</legend>
              {kinds.map((kind) => (
                <label key={kind} className="choice">
                  <input
                    type="radio"
                    name="kind"
                    value={kind}
                    checked={form.kind === kind}
                    onChange={() => set({ kind })}
                  />{' '}
                  {w.seatKind[kind]}
                </label>
              ))}
            </fieldset>
          )}
          {form.kind === 'employer' && (
            <div className="field">
              <label htmlFor="signup-organisation">{w.form.organisation}</label>
              <input
                id="signup-organisation"
                className="input"
                value={form.organisation}
                autoComplete="organization"
                onChange={(e) => set({ organisation: e.target.value })}
              />
            </div>
          )}
          <p id="contact-hint">{w.form.contactHint}</p>
          <div className="field">
            <label htmlFor="signup-email">{w.form.email}</label>
            <input
              id="signup-email"
              type="email"
              className="input"
              aria-describedby="contact-hint"
              value={form.email}
              autoComplete="email"
              onChange={(e) => set({ email: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="signup-phone">{w.form.phone}</label>
            <input
              id="signup-phone"
              type="tel"
              className="input"
              aria-describedby="contact-hint"
              value={form.phone}
              autoComplete="tel"
              onChange={(e) => set({ phone: e.target.value })}
            />
          </div>
          <fieldset className="field">
            <legend>{w.form.needs}</legend>
            <label className="choice">
              <input
                type="checkbox"
                checked={form.stepFree}
                onChange={(e) => set({ stepFree: e.target.checked })}
              />{' '}
              {w.form.stepFreeNeed}
            </label>
            <label htmlFor="signup-interpreter">{w.form.interpreter}</label>
            <input
              id="signup-interpreter"
              className="input"
              value={form.interpreter}
              onChange={(e) => set({ interpreter: e.target.value })}
            />
            <label htmlFor="signup-food">{w.form.food}</label>
            <input
              id="signup-food"
              className="input"
              value={form.food}
              onChange={(e) => set({ food: e.target.value })}
            />
          </fieldset>
          <div className="field">
            <label htmlFor="signup-companion">{w.form.companion}</label>
            <p id="companion-hint">{w.form.companionHint}</p>
            <input
              id="signup-companion"
              className="input"
              aria-describedby="companion-hint"
              value={form.companion}
              onChange={(e) => set({ companion: e.target.value })}
            />
          </div>
          <div aria-live="polite">{failure !== undefined && <ProblemNotice error={failure} />}</div>
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? w.form.sending : w.form.send}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
