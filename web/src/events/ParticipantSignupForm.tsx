import { CoachSignupCreate } from '#shared/schemas/signup';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { useSession } from '../auth/AuthProvider.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { SelectField } from '../forms/SelectField.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextField } from '../forms/TextField.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useEventWords } from './words.ts';

interface ParticipantSignupDraft {
  participantId: string;
  companion: string;
}

const toSignupInput = (draft: ParticipantSignupDraft) => ({
  ...(draft.participantId ? { participantId: draft.participantId } : {}),
  companions: draft.companion.trim() ? [{ name: draft.companion }] : [],
});

/**
 * The coach signs up one of their participants by choosing the name (the API takes the id);
 * a support person coming along gets a seat and a line of their own.
 */
export function ParticipantSignupForm({
  eventId,
  signedUp,
  onSignedUp,
}: {
  eventId: string;
  /** Who was signed up last: the page keeps it, since it reloads the sign-ups after. */
  signedUp: string | undefined;
  onSignedUp: (name: string) => void;
}) {
  const { t, lang } = useI18n();
  const { w } = useEventWords();
  const a = w.admin;
  const { userId } = useSession();
  const { state } = useLoad(`my-participants-${userId}`, () =>
    readBody(api.v1.participants.$get({ query: { coachId: userId, limit: '100' } })),
  );
  const form = useForm({
    draftName: `event-signup-${eventId}`,
    initial: { participantId: '', companion: '' },
    validate: schemaValidator(CoachSignupCreate, toSignupInput, t, lang),
  });
  const { draft, errors, update } = form;
  const people = state.status === 'ready' ? state.data.items : [];
  const nameOf = (id: string) => {
    const person = people.find((p) => p.id === id);
    return person ? `${person.firstName} ${person.lastName}` : '';
  };

  const submit = form.submitWith(async (payload) => {
    await readBody(api.v1.events[':id'].signups.$post({ param: { id: eventId }, json: payload }));
    // Signed up: the form starts over for the next person, with no draft kept.
    form.discardDraft();
    onSignedUp(nameOf(draft.participantId));
  });

  return (
    <section aria-labelledby="participant-signup">
      <h2 id="participant-signup">{a.signUpParticipant}</h2>
      <FormFrame
        form={form}
        labels={{ name: a.participant, participantId: a.participant, companions: a.companionName }}
        onSubmit={submit}
      >
        <SelectField
          // The schema names a missing choice `name` (a sign-up needs a participant or a name).
          name="name"
          label={a.participant}
          error={errors.name ?? errors.participantId}
          value={draft.participantId}
          options={[
            { value: '', label: a.chooseParticipant },
            ...people.map((person) => ({
              value: person.id,
              label: `${person.firstName} ${person.lastName}`,
            })),
          ]}
          onValue={(participantId) => update({ participantId })}
        />
        <TextField
          name="companions"
          label={a.companionName}
          error={errors.companions ?? errors['companions.0.name']}
          value={draft.companion}
          onValue={(companion) => update({ companion })}
          autoComplete="off"
        />
        <div className="actions">
          <button type="submit" className="button button--secondary" disabled={form.busy}>
            {a.signUp}
          </button>
        </div>
        <p role="status">{signedUp ? a.signedUp(signedUp) : ''}</p>
      </FormFrame>
    </section>
  );
}
