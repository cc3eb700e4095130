import type { FormEvent } from 'react';
import { SupportCallCreate, SupportCallKind, SupportTopic } from '#shared/schemas/support-call';
import { api } from '../api/client.ts';
import { isSignedOut, readBody } from '../api/problem.ts';
import { useSendAction } from '../api/useSendAction.ts';
import { ChoiceGroup, choicesOf } from '../forms/ChoiceGroup.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { fieldProps } from '../forms/field-props.ts';
import { SelectField } from '../forms/SelectField.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextArea } from '../forms/TextArea.tsx';
import { TextField } from '../forms/TextField.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface CallDraft {
  kind: string;
  topics: SupportTopic[];
  durationMinutes: string;
  note: string;
  followUpDate: string;
}

const empty: CallDraft = { kind: '', topics: [], durationMinutes: '', note: '', followUpDate: '' };

interface CallLogFormProps {
  employerId: string;
  /** The employer's "ring me" request this call answers. */
  supportRequestId?: string | undefined;
  participantId?: string | undefined;
  onSaved: () => void;
  onCancel: () => void;
}

/** The quick call log: kind, topics, minutes, an optional note and follow-up date. Under a minute. */
export function CallLogForm({
  employerId,
  supportRequestId,
  participantId,
  onSaved,
  onCancel,
}: CallLogFormProps) {
  const { t, lang } = useI18n();
  const sendAction = useSendAction();
  const action = `support-call-${employerId}-${supportRequestId ?? participantId ?? 'new'}`;
  const toInput = (draft: CallDraft) => ({
    employerId,
    ...(supportRequestId ? { supportRequestId } : {}),
    ...(participantId ? { participantId } : {}),
    kind: draft.kind || undefined,
    topics: draft.topics,
    durationMinutes: draft.durationMinutes.trim() === '' ? undefined : Number(draft.durationMinutes),
    note: draft.note.trim() || undefined,
    ...(draft.followUpDate.trim() ? { followUp: { dueDate: draft.followUpDate.trim() } } : {}),
  });
  const form = useForm({
    draftName: action,
    initial: empty,
    validate: schemaValidator(SupportCallCreate, toInput, t, lang),
  });
  const { draft, errors, update } = form;
  const words = t.support;
  const field = fieldProps(words, errors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const payload = form.check();
    if (!payload || form.busy) return;
    form.setBusy(true);
    try {
      await sendAction(action, payload, (key) =>
        readBody(api.v1['support-calls'].$post({ json: payload }, { headers: { 'Idempotency-Key': key } })),
      );
      form.discardDraft();
      onSaved();
    } catch (error) {
      if (!isSignedOut(error)) form.failed(error);
    } finally {
      form.setBusy(false);
    }
  };

  return (
    <FormFrame
      form={form}
      labels={{
        kind: words.kind,
        topics: words.topics,
        durationMinutes: words.durationMinutes,
        note: words.note,
        'followUp.dueDate': words.followUpDate,
      }}
      onSubmit={submit}
    >
      <SelectField
        {...field('kind')}
        value={draft.kind}
        options={[
          { value: '', label: '—' },
          ...SupportCallKind.options.map((kind) => ({ value: kind, label: words.kinds[kind] })),
        ]}
        onValue={(kind) => update({ kind })}
      />
      <ChoiceGroup
        type="checkbox"
        {...field('topics')}
        options={choicesOf(SupportTopic.options, words.topicNames)}
        selected={draft.topics}
        onSelected={(topics) => update({ topics })}
        columns
      />
      <TextField
        {...field('durationMinutes')}
        value={draft.durationMinutes}
        onValue={(durationMinutes) => update({ durationMinutes })}
        inputMode="numeric"
        width="short"
      />
      <TextArea {...field('note')} value={draft.note} onValue={(note) => update({ note })} rows={2} />
      <TextField
        {...field('followUp.dueDate', 'followUpDate')}
        value={draft.followUpDate}
        onValue={(followUpDate) => update({ followUpDate })}
        width="medium"
      />
      <div className="actions">
        <button type="submit" className="button" disabled={form.busy}>
          {words.saveCall}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {words.cancel}
        </button>
      </div>
    </FormFrame>
  );
}
