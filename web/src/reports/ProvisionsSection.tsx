import { useState } from 'react';
import { type Provider, ProvisionCreate } from '#shared/schemas/compensation';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { formatDate } from '../components/format.ts';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { CheckboxField } from '../forms/CheckboxField.tsx';
import { ChoiceGroup } from '../forms/ChoiceGroup.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { SelectField } from '../forms/SelectField.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextField } from '../forms/TextField.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useReportWords } from './words.ts';

interface ProvisionDraft {
  providerId: string;
  from: string;
  supportLevel: string;
  schedule: 'fullDay' | 'halfDay';
  extended: boolean;
}

const toProvisionInput = (draft: ProvisionDraft) => ({
  providerId: draft.providerId,
  from: draft.from,
  supportLevel: Number(draft.supportLevel),
  schedule: draft.schedule,
  kind: draft.extended ? 'extended_support' : 'daily_activity',
});

/**
 * On the profile, for a municipality that pays its providers (issue 13): who provides the
 * participant's daily activity, at which level and hours, from when; and a new one.
 */
export function ProvisionsSection({ participantId }: { participantId: string }) {
  const { state } = useLoad('tenant-settings', () => readBody(api.v1.tenant.$get()));
  const providers = state.status === 'ready' ? state.data.compensation?.providers : undefined;
  // A municipality without a compensation table has nothing to record here.
  if (!providers) return null;
  return <Provisions participantId={participantId} providers={providers} />;
}

function Provisions({ participantId, providers }: { participantId: string; providers: Provider[] }) {
  const { t, lang } = useI18n();
  const { w } = useReportWords();
  const p = w.provisions;
  const [saved, setSaved] = useState(false);
  const { state, reload } = useLoad(`provisions-${participantId}`, () =>
    readBody(api.v1.participants[':id'].provisions.$get({ param: { id: participantId } })),
  );
  const form = useForm({
    draftName: `provision-${participantId}`,
    initial: {
      providerId: '',
      from: '',
      supportLevel: '2',
      schedule: 'fullDay',
      extended: false,
    } as ProvisionDraft,
    validate: schemaValidator(ProvisionCreate, toProvisionInput, t, lang),
  });
  const { draft, errors, update } = form;
  const nameOf = (id: string) => providers.find((provider) => provider.id === id)?.name ?? id;
  const field = (name: string, label: string, hint?: string) => ({ name, label, hint, error: errors[name] });

  const submit = form.submitWith(async (payload) => {
    setSaved(false);
    await readBody(
      api.v1.participants[':id'].provisions.$post({ param: { id: participantId }, json: payload }),
    );
    form.discardDraft();
    setSaved(true);
    reload();
  });

  return (
    <section aria-labelledby="provisions-heading" className="section">
      <h2 id="provisions-heading">{p.title}</h2>
      <p>{p.intro}</p>
      <LoadState state={state} reload={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{p.none}</p>
          ) : (
            <ul>
              {[...items].reverse().map((provision) => (
                <li key={provision.id}>
                  {p.line(
                    nameOf(provision.providerId),
                    provision.supportLevel,
                    provision.schedule === 'fullDay' ? w.fullDay : w.halfDay,
                  )}
                  {provision.kind === 'extended_support' ? ` (${w.extended})` : ''},{' '}
                  {provision.to
                    ? p.span(formatDate(provision.from, lang), formatDate(provision.to, lang))
                    : p.since(formatDate(provision.from, lang))}
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
      <h3>{p.add}</h3>
      <FormFrame
        form={form}
        labels={{ providerId: p.provider, from: p.from, supportLevel: p.supportLevel, schedule: p.schedule }}
        onSubmit={submit}
      >
        <SelectField
          {...field('providerId', p.provider)}
          value={draft.providerId}
          options={[
            { value: '', label: p.chooseProvider },
            ...providers.map((provider) => ({ value: provider.id, label: provider.name })),
          ]}
          onValue={(providerId) => update({ providerId })}
        />
        <TextField
          {...field('from', p.from, p.fromHint)}
          type="date"
          width="medium"
          value={draft.from}
          onValue={(from) => update({ from })}
        />
        <SelectField
          {...field('supportLevel', p.supportLevel)}
          value={draft.supportLevel}
          options={['1', '2', '3', '4'].map((level) => ({ value: level, label: level }))}
          onValue={(supportLevel) => update({ supportLevel })}
        />
        <ChoiceGroup
          type="radio"
          {...field('schedule', p.schedule)}
          options={[
            { value: 'fullDay' as const, label: w.fullDay },
            { value: 'halfDay' as const, label: w.halfDay },
          ]}
          selected={draft.schedule}
          onSelected={(schedule) => update({ schedule })}
        />
        <CheckboxField
          {...field('kind', p.extended)}
          checked={draft.extended}
          onChecked={(extended) => update({ extended })}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={form.busy}>
            {p.save}
          </button>
        </div>
      </FormFrame>
      <div aria-live="polite">{saved && <Notice kind="success">{p.saved}</Notice>}</div>
    </section>
  );
}
