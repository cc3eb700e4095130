import type { FormEvent } from 'react';
import { allowedNextStages } from '#shared/domain/pathway';
import { etagOf } from '#shared/http/etag';
import { TransitionCreate } from '#shared/schemas/participant';
import { api } from '../../api/client.ts';
import { isSignedOut, readJson } from '../../api/problem.ts';
import type { Participant } from '../../api/types.ts';
import { useSendAction } from '../../api/useSendAction.ts';
import { today } from '../../components/format.ts';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { SelectField } from '../../forms/SelectField.tsx';
import { schemaValidator } from '../../forms/schema-validator.ts';
import { TextArea } from '../../forms/TextArea.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { useForm } from '../../forms/useForm.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface StepDraft {
  to: string;
  date: string;
  note: string;
}

const toInput = (draft: StepDraft) => ({
  to: draft.to || undefined,
  date: draft.date.trim(),
  note: draft.note.trim() || undefined,
});

interface StepFormProps {
  participant: Participant;
  onRecorded: (participant: Participant, etag: string) => void;
}

/**
 * The next step on the pathway: only the stages `allowedNextStages` offers from where the
 * participant is. If the API still refuses (someone moved the participant meanwhile), its
 * reason shows next to the field it names.
 */
export function StepForm({ participant, onRecorded }: StepFormProps) {
  const { t, lang } = useI18n();
  const sendAction = useSendAction();
  const form = useForm({
    draftName: `step-${participant.id}-${participant.version}`,
    initial: { to: '', date: today(), note: '' } as StepDraft,
    validate: schemaValidator(TransitionCreate, toInput, t, lang),
  });
  const { draft, errors, update } = form;
  const choices = allowedNextStages(participant.stage);
  const labels = { to: t.pathway.to, date: t.pathway.date, note: t.pathway.note };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const payload = form.check();
    if (!payload || form.busy) return;
    form.setBusy(true);
    try {
      const { body, etag } = await sendAction(
        `step-${participant.id}-${participant.version}`,
        payload,
        (key) =>
          readJson(
            api.v1.participants[':id'].transitions.$post(
              { param: { id: participant.id }, json: payload },
              { headers: { 'Idempotency-Key': key } },
            ),
          ),
      );
      form.finish();
      // The answer's ETag is the participant's: fall back to its version, never to `*`.
      onRecorded(body.participant, etag ?? etagOf(body.participant.version));
    } catch (error) {
      form.setBusy(false);
      if (isSignedOut(error)) return;
      form.failed(error);
    }
  };

  return (
    <form noValidate onSubmit={submit} className="form form--compact" aria-labelledby="step-title">
      <h3 id="step-title">{t.pathway.stepTitle}</h3>
      <ErrorSummary errors={errors} general={form.general} labels={labels} focusSignal={form.summaryFocus} />
      <SelectField
        name="to"
        label={t.pathway.to}
        hint={t.pathway.toHint}
        error={errors.to}
        value={draft.to}
        options={[
          { value: '', label: t.pathway.choose },
          ...choices.map((stage) => ({ value: stage, label: t.stages[stage] })),
        ]}
        onValue={(value) => update({ to: value })}
      />
      <TextField
        name="date"
        label={t.pathway.date}
        hint={t.pathway.dateHint}
        error={errors.date}
        type="date"
        value={draft.date}
        onValue={(value) => update({ date: value })}
        width="medium"
      />
      <TextArea
        name="note"
        label={t.pathway.note}
        hint={t.pathway.noteHint}
        error={errors.note}
        value={draft.note}
        onValue={(value) => update({ note: value })}
        rows={2}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={form.busy}>
          {t.pathway.submit}
        </button>
      </div>
      {form.busy && <p role="status">{t.form.saving}</p>}
    </form>
  );
}
