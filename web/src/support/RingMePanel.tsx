import { type FormEvent, useState } from 'react';
import { SupportTopic } from '#shared/schemas/support-call';
import { PreferredTime, SupportRequestCreate } from '#shared/schemas/support-request';
import { api } from '../api/client.ts';
import { isSignedOut, readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { useSendAction } from '../api/useSendAction.ts';
import { formatDate } from '../components/format.ts';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { CheckboxField } from '../forms/CheckboxField.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { fieldProps } from '../forms/field-props.ts';
import { SelectField } from '../forms/SelectField.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextArea } from '../forms/TextArea.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const loadRequests = () => readBody(api.v1['support-requests'].$get({ query: {} }));

interface RingMeDraft {
  topic: string;
  message: string;
  preferredTime: string;
  urgent: boolean;
}

const empty: RingMeDraft = { topic: '', message: '', preferredTime: 'any', urgent: false };
const toInput = (draft: RingMeDraft) => ({
  topic: draft.topic || undefined,
  message: draft.message.trim() || undefined,
  preferredTime: draft.preferredTime,
  urgent: draft.urgent,
});

/** On the employer's page: "Ring mig", the short request form, and the state of its requests. */
export function RingMePanel() {
  const { t, lang } = useI18n();
  const words = t.support;
  const sendAction = useSendAction();
  const { state, reload } = useLoad('own-support-requests', loadRequests);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<string | undefined>();
  const form = useForm({
    draftName: 'ring-me',
    initial: empty,
    validate: schemaValidator(SupportRequestCreate, toInput, t, lang),
  });
  const { draft, errors, update } = form;
  const field = fieldProps(words, errors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const payload = form.check();
    if (!payload || form.busy) return;
    form.setBusy(true);
    try {
      const request = await sendAction('ring-me', payload, (key) =>
        readBody(
          api.v1['support-requests'].$post({ json: payload }, { headers: { 'Idempotency-Key': key } }),
        ),
      );
      form.discardDraft();
      setOpen(false);
      setSent(words.sent(formatDate(request.dueDate, lang)));
      reload();
    } catch (error) {
      if (!isSignedOut(error)) form.failed(error);
    } finally {
      form.setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="ring-me-title">
      <h2 id="ring-me-title">{words.ringMeTitle}</h2>
      <p>{words.ringMeIntro}</p>
      {sent && <Notice kind="success">{sent}</Notice>}
      {open ? (
        <FormFrame
          form={form}
          labels={{ topic: words.topic, message: words.message, preferredTime: words.preferredTime }}
          onSubmit={submit}
        >
          <SelectField
            {...field('topic')}
            value={draft.topic}
            options={[
              { value: '', label: '—' },
              ...SupportTopic.options.map((topic) => ({ value: topic, label: words.topicNames[topic] })),
            ]}
            onValue={(topic) => update({ topic })}
          />
          <TextArea
            {...field('message')}
            value={draft.message}
            onValue={(message) => update({ message })}
            rows={2}
          />
          <SelectField
            {...field('preferredTime')}
            value={draft.preferredTime}
            options={PreferredTime.options.map((time) => ({ value: time, label: words.times[time] }))}
            onValue={(preferredTime) => update({ preferredTime })}
          />
          <CheckboxField
            name="urgent"
            label={words.urgentLabel}
            checked={draft.urgent}
            onChecked={(urgent) => update({ urgent })}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={form.busy}>
              {words.send}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {words.cancel}
            </button>
          </div>
        </FormFrame>
      ) : (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {words.ringMe}
        </button>
      )}
      <h3>{words.yourRequests}</h3>
      <LoadState state={state} reload={reload}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{words.noRequests}</p>
          ) : (
            <ul className="plain-list" aria-label={words.yourRequests}>
              {page.items.map((request) => (
                <li key={request.id}>
                  {words.topicNames[request.topic]} –{' '}
                  {words.asked(formatDate(request.createdAt.slice(0, 10), lang))}:{' '}
                  <strong>{words.requestState[request.status]}</strong>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
