import { defaultEventKinds, type Event, EventCreate, EventPatch } from '#shared/schemas/event';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { CheckboxField } from '../forms/CheckboxField.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { fieldId } from '../forms/field-errors.ts';
import { SelectField } from '../forms/SelectField.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextArea } from '../forms/TextArea.tsx';
import { TextField } from '../forms/TextField.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useRouter } from '../router/router.tsx';
import {
  draftFromEvent,
  type EventDraft,
  eventLabels,
  newEventDraft,
  nextSession,
  type SessionDraft,
  toEventInput,
  withEventFields,
} from './event-draft.ts';
import { useEventWords } from './words.ts';

interface EventFormProps {
  /** The event being changed and the ETag it was read with; absent for a new one. */
  existing?: { event: Event; etag: string } | undefined;
  onStale?: () => void;
}

/** A new event or a change to one: the same shared schema as the API, sessions in Swedish time. */
export function EventForm({ existing, onStale }: EventFormProps) {
  const { t, lang } = useI18n();
  const { w } = useEventWords();
  const a = w.admin;
  const { navigate } = useRouter();
  const form = useForm({
    draftName: existing ? `event-${existing.event.id}` : 'event-new',
    initial: existing ? draftFromEvent(existing.event) : newEventDraft(),
    validate: withEventFields(schemaValidator(existing ? EventPatch : EventCreate, toEventInput, t, lang), a),
  });
  const { draft, errors, update } = form;
  const field = (name: string, label: string, hint?: string) => ({ name, label, hint, error: errors[name] });
  const text = (key: keyof EventDraft) => (value: string) => update({ [key]: value });
  const setSession = (index: number, change: Partial<SessionDraft>) =>
    update({ sessions: draft.sessions.map((s, i) => (i === index ? { ...s, ...change } : s)) });
  const kinds = [...new Set([...defaultEventKinds, draft.kind])];

  const submit = form.submitWith(async (payload) => {
    const status = draft.publish ? 'published' : 'draft';
    const saved = existing
      ? await readBody(
          api.v1.events[':id'].$patch(
            {
              param: { id: existing.event.id },
              // A draft may be published from here; other statuses change with the page's buttons.
              json: existing.event.status === 'draft' ? { ...payload, status } : payload,
            },
            { headers: { 'If-Match': existing.etag } },
          ),
        )
      : await readBody(api.v1.events.$post({ json: { ...(payload as EventCreate), status } }));
    form.finish();
    navigate(`/events/${saved.id}`);
  });

  return (
    <FormFrame form={form} labels={eventLabels(w, draft)} onSubmit={submit} onStale={onStale}>
      <SelectField
        {...field('kind', a.kind)}
        value={draft.kind}
        options={kinds.map((kind) => ({ value: kind, label: a.kinds[kind] ?? kind }))}
        onValue={text('kind')}
      />
      <TextField {...field('title', a.eventTitle)} value={draft.title} onValue={text('title')} />
      <TextArea
        {...field('description', a.description)}
        value={draft.description}
        onValue={text('description')}
      />

      <fieldset className="field" id={fieldId('sessions')} tabIndex={-1}>
        <legend>{w.when}</legend>
        <p className="hint">{a.sessionsHint}</p>
        {errors.sessions && <p className="field-error">{errors.sessions}</p>}
        {draft.sessions.map((session, i) => (
          // Sessions have no id of their own; their place in the series is what the fields name.
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the session's identity here.
          <div key={i} className="session-fields">
            {draft.sessions.length > 1 && <h3>{a.session(i + 1)}</h3>}
            <TextField
              {...field(
                `sessions.${i}.startsAt`,
                draft.sessions.length > 1 ? `${a.date} (${a.session(i + 1)})` : a.date,
              )}
              type="date"
              width="medium"
              value={session.date}
              onValue={(date) => setSession(i, { date })}
            />
            <TextField
              {...field(`sessions.${i}.start`, a.start)}
              type="time"
              width="short"
              value={session.start}
              onValue={(start) => setSession(i, { start })}
            />
            <TextField
              {...field(`sessions.${i}.endsAt`, a.end)}
              type="time"
              width="short"
              value={session.end}
              onValue={(end) => setSession(i, { end })}
            />
            {draft.sessions.length > 1 && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => update({ sessions: draft.sessions.filter((_, j) => j !== i) })}
              >
                {a.removeSession(i + 1)}
              </button>
            )}
          </div>
        ))}
        {draft.sessions.length < 12 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => update({ sessions: [...draft.sessions, nextSession(draft.sessions)] })}
          >
            {a.addSession}
          </button>
        )}
      </fieldset>

      <TextField {...field('place.name', a.placeName)} value={draft.placeName} onValue={text('placeName')} />
      <TextField {...field('place.street', a.street)} value={draft.street} onValue={text('street')} />
      <TextField
        {...field('place.postcode', a.postcode)}
        value={draft.postcode}
        onValue={text('postcode')}
        inputMode="numeric"
        width="short"
      />
      <TextField {...field('place.city', a.city)} value={draft.city} onValue={text('city')} width="medium" />
      <TextField
        {...field('place.directions', a.directions, a.directionsHint)}
        value={draft.directions}
        onValue={text('directions')}
      />
      <fieldset className="field">
        <legend>{w.accessibility}</legend>
        <CheckboxField
          {...field('place.accessibility.stepFree', w.stepFree)}
          checked={draft.stepFree}
          onChecked={(stepFree) => update({ stepFree })}
        />
        <CheckboxField
          {...field('place.accessibility.hearingLoop', w.hearingLoop)}
          checked={draft.hearingLoop}
          onChecked={(hearingLoop) => update({ hearingLoop })}
        />
        <CheckboxField
          {...field('place.accessibility.quietRoom', w.quietRoom)}
          checked={draft.quietRoom}
          onChecked={(quietRoom) => update({ quietRoom })}
        />
      </fieldset>
      <TextField
        {...field('seats.participant', a.participantSeats)}
        value={draft.participantSeats}
        onValue={text('participantSeats')}
        inputMode="numeric"
        width="short"
      />
      {draft.kind === 'forum' && (
        <TextField
          {...field('seats.employer', a.employerSeats)}
          value={draft.employerSeats}
          onValue={text('employerSeats')}
          inputMode="numeric"
          width="short"
        />
      )}
      <TextField
        {...field('signupDeadline', a.deadlineDate)}
        type="date"
        width="medium"
        value={draft.deadlineDate}
        onValue={text('deadlineDate')}
      />
      {(!existing || existing.event.status === 'draft') && (
        <CheckboxField
          {...field('status', a.publish)}
          checked={draft.publish}
          onChecked={(publish) => update({ publish })}
        />
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={form.busy}>
          {existing ? a.saveChanges : a.save}
        </button>
      </div>
    </FormFrame>
  );
}
