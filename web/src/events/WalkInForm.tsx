import { CoachSignupCreate } from '#shared/schemas/signup';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { FormFrame } from '../forms/FormFrame.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextField } from '../forms/TextField.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useEventWords } from './words.ts';

/** Someone who came without signing up: recorded as attended, validated with the API's schema. */
export function WalkInForm({ eventId, onAdded }: { eventId: string; onAdded: () => void }) {
  const { t, lang } = useI18n();
  const { w } = useEventWords();
  const form = useForm({
    draftName: `walk-in-${eventId}`,
    initial: { name: '' },
    validate: schemaValidator(CoachSignupCreate, (draft) => ({ name: draft.name, walkIn: true }), t, lang),
  });

  const submit = form.submitWith(async (payload) => {
    await readBody(api.v1.events[':id'].signups.$post({ param: { id: eventId }, json: payload }));
    form.discardDraft();
    onAdded();
  });

  return (
    <section aria-labelledby="walk-in">
      <h2 id="walk-in">{w.checkIn.walkIn}</h2>
      <FormFrame form={form} labels={{ name: w.checkIn.walkInName }} onSubmit={submit} announceSaving={false}>
        <TextField
          name="name"
          label={w.checkIn.walkInName}
          error={form.errors.name}
          value={form.draft.name}
          onValue={(name) => form.update({ name })}
          autoComplete="off"
        />
        <div className="actions">
          <button type="submit" className="button" disabled={form.busy}>
            {w.checkIn.add}
          </button>
        </div>
      </FormFrame>
    </section>
  );
}
