import { useState } from 'react';
import type { PublicEvent, SeatKind } from '#shared/schemas/event';
import { PublicSignupCreate, type SignupReceipt } from '#shared/schemas/signup';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { CheckboxField } from '../forms/CheckboxField.tsx';
import { ChoiceGroup } from '../forms/ChoiceGroup.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextField } from '../forms/TextField.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';
import { EventFacts } from './EventFacts.tsx';
import { ProblemNotice } from './ProblemNotice.tsx';
import { type EventWords, useEventWords } from './words.ts';

interface SignupDraft {
  name: string;
  kind: SeatKind;
  organisation: string;
  email: string;
  phone: string;
  interpreter: string;
  stepFree: boolean;
  food: string;
  companion: string;
}

const emptySignup: SignupDraft = {
  name: '',
  kind: 'participant',
  organisation: '',
  email: '',
  phone: '',
  interpreter: '',
  stepFree: false,
  food: '',
  companion: '',
};

const typed = (value: string) => (value.trim() ? value.trim() : undefined);

/** The draft in the shape of `PublicSignupCreate`: blank optional fields are left out. */
const toSignupInput = (draft: SignupDraft) => ({
  name: draft.name,
  kind: draft.kind,
  ...(draft.kind === 'employer' ? { organisation: typed(draft.organisation) } : {}),
  email: typed(draft.email),
  phone: typed(draft.phone),
  needs: { stepFree: draft.stepFree, interpreter: typed(draft.interpreter), food: typed(draft.food) },
  companions: typed(draft.companion) ? [{ name: draft.companion.trim() }] : [],
});

/** Why the form is not offered, if it is not: the event is off, over, or past its last day. */
function closedReason(event: PublicEvent, w: EventWords, now = new Date().toISOString()) {
  if (event.status === 'cancelled') return w.closedNow.cancelled;
  if (event.status === 'held' || event.endsAt < now) return w.closedNow.held;
  if (event.signupDeadline < now) return w.closedNow.deadline;
  return undefined;
}

/** `/{tenant}/evenemang/{id}`: the event and its sign-up form; then the confirmation with the cancel link. */
export function PublicSignupPage({ tenant, eventId }: { tenant: string; eventId: string }) {
  const { w } = useEventWords();
  const { t, lang } = useI18n();
  const { state } = useLoad(`public-event-${eventId}`, () =>
    readBody(api.v1.public[':tenant'].events[':id'].$get({ param: { tenant, id: eventId } })),
  );
  const [receipt, setReceipt] = useState<SignupReceipt>();
  // No draft name: a sign-up typed on a library computer is not kept for the next person.
  const form = useForm({
    initial: emptySignup,
    validate: schemaValidator(PublicSignupCreate, toSignupInput, t, lang),
  });
  const { draft, errors, update } = form;
  const f = w.form;
  const field = (name: string, label: string, hint?: string) => ({ name, label, hint, error: errors[name] });
  const text = (key: keyof SignupDraft) => (value: string) => update({ [key]: value });

  const submit = form.submitWith(async (payload) => {
    setReceipt(
      await readBody(
        api.v1.public[':tenant'].events[':id'].signups.$post({
          param: { tenant, id: eventId },
          json: { ...payload, language: lang },
        }),
      ),
    );
    form.finish();
  });

  if (state.status === 'loading') return <p role="status">…</p>;
  if (state.status === 'failed') return <ProblemNotice error={state.error} />;
  const event = state.data;
  const kinds = event.seatKinds.map((seat) => seat.kind);
  const closed = closedReason(event, w);
  return (
    <>
      <PageHeading title={event.title} />
      <p className="lead">{event.description}</p>
      <EventFacts event={event} />
      {event.status !== 'cancelled' && (
        <p>
          <a href={`/v1/public/${tenant}/events/${event.id}/calendar.ics`}>{w.calendar}</a>
        </p>
      )}
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
      ) : closed ? (
        <Notice kind="info" title={closed} />
      ) : (
        <FormFrame
          form={form}
          labels={{
            name: f.name,
            kind: f.iAm,
            organisation: f.organisation,
            email: f.email,
            phone: f.phone,
            'needs.interpreter': f.interpreter,
            'needs.food': f.food,
            'companions.0.name': f.companion,
          }}
          onSubmit={submit}
          announceSaving={false}
        >
          <h2>{f.title}</h2>
          <TextField
            {...field('name', f.name)}
            value={draft.name}
            onValue={text('name')}
            autoComplete="name"
          />
          {kinds.length > 1 && (
            <ChoiceGroup
              type="radio"
              {...field('kind', f.iAm)}
              options={kinds.map((kind) => ({ value: kind, label: w.seatKind[kind] }))}
              selected={draft.kind}
              onSelected={(kind) => update({ kind })}
            />
          )}
          {draft.kind === 'employer' && (
            <TextField
              {...field('organisation', f.organisation)}
              value={draft.organisation}
              onValue={text('organisation')}
              autoComplete="organization"
            />
          )}
          <TextField
            {...field('email', f.email, f.contactHint)}
            type="email"
            value={draft.email}
            onValue={text('email')}
            autoComplete="email"
          />
          <TextField
            {...field('phone', f.phone)}
            type="tel"
            value={draft.phone}
            onValue={text('phone')}
            autoComplete="tel"
          />
          <fieldset className="field">
            <legend>{f.needs}</legend>
            <CheckboxField
              {...field('needs.stepFree', f.stepFreeNeed)}
              checked={draft.stepFree}
              onChecked={(stepFree) => update({ stepFree })}
            />
            <TextField
              {...field('needs.interpreter', f.interpreter)}
              value={draft.interpreter}
              onValue={text('interpreter')}
            />
            <TextField {...field('needs.food', f.food)} value={draft.food} onValue={text('food')} />
          </fieldset>
          <TextField
            {...field('companions.0.name', f.companion, f.companionHint)}
            value={draft.companion}
            onValue={text('companion')}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={form.busy}>
              {form.busy ? f.sending : f.send}
            </button>
          </div>
        </FormFrame>
      )}
    </>
  );
}
