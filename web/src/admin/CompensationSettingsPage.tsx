import type { ProviderKind } from '#shared/schemas/compensation';
import { TenantPatch } from '#shared/schemas/tenant';
import { api } from '../api/client.ts';
import { readVersioned } from '../api/etag.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { FieldMessages } from '../forms/FieldMessages.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { fieldId } from '../forms/field-errors.ts';
import { NumberField } from '../forms/NumberField.tsx';
import { SelectField } from '../forms/SelectField.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextField } from '../forms/TextField.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';
import {
  compensationDraftOf,
  compensationLabels,
  levels,
  providerKinds,
  rateGroupField,
  rateGroupName,
  type Schedule,
  schedules,
  toCompensationInput,
} from './compensation-draft.ts';
import { useCompensationWords } from './compensation-words.ts';
import { type SettingsFormProps, TenantSettingsLoader } from './TenantSettingsLoader.tsx';

/** The admin's page for the providers of daily activity and what they are paid (LOV). */
export function CompensationSettingsPage() {
  const words = useCompensationWords();
  return (
    <>
      <PageHeading title={words.title} />
      <p className="lead">{words.intro}</p>
      <p>
        <Link to="/settings">{words.back}</Link>
      </p>
      <TenantSettingsLoader savedText={words.saved}>
        {({ key, ...form }) => <CompensationForm key={key} {...form} />}
      </TenantSettingsLoader>
    </>
  );
}

function CompensationForm({ current, onSaved, onStale }: SettingsFormProps) {
  const { t, lang } = useI18n();
  const words = useCompensationWords();
  const settings = current.body;
  const form = useForm({
    draftName: `compensation-v${settings.version}`,
    initial: compensationDraftOf(settings),
    validate: schemaValidator(TenantPatch, toCompensationInput, t, lang),
  });
  const { draft, errors, update } = form;
  const field = (name: string, label: string, hint?: string) => ({ name, label, hint, error: errors[name] });
  const setProvider = (index: number, change: Partial<(typeof draft.providers)[number]>) =>
    update({
      providers: draft.providers.map((provider, at) =>
        at === index ? { ...provider, ...change } : provider,
      ),
    });

  const setRate = (kind: ProviderKind, schedule: Schedule, level: number, value: string) =>
    update({
      rates: {
        ...draft.rates,
        [kind]: {
          ...draft.rates[kind],
          [schedule]: draft.rates[kind][schedule].map((old, at) => (at === level - 1 ? value : old)),
        },
      },
    });

  const submit = form.submitWith(async (payload) => {
    const next = await readVersioned(
      api.v1.tenant.$patch({ json: payload }, { headers: { 'If-Match': current.etag } }),
    );
    form.finish();
    onSaved(next);
  });

  return (
    <FormFrame form={form} labels={compensationLabels(words, draft)} onSubmit={submit} onStale={onStale}>
      {!settings.compensation && <p>{words.none}</p>}
      <h2>{words.providersSection}</h2>
      <p className="hint" id="providers-hint">
        {words.providersHint}
      </p>
      {errors['compensation.providers'] && (
        <p className="field-error" id={fieldId('compensation.providers')} tabIndex={-1}>
          {errors['compensation.providers']}
        </p>
      )}
      {draft.providers.map((provider, index) => (
        <fieldset className="field provider-row" key={provider.id ?? `new-${index}`}>
          <legend>{provider.name || words.providerName(index + 1)}</legend>
          <TextField
            {...field(`compensation.providers.${index}.name`, words.providerName(index + 1))}
            error={
              errors[`compensation.providers.${index}.name`] ?? errors[`compensation.providers.${index}.id`]
            }
            value={provider.name}
            onValue={(name) => setProvider(index, { name })}
          />
          <SelectField
            {...field(`compensation.providers.${index}.kind`, words.providerKind(index + 1))}
            value={provider.kind}
            options={providerKinds.map((kind) => ({ value: kind, label: words.kinds[kind] }))}
            onValue={(kind) => setProvider(index, { kind: kind as (typeof providerKinds)[number] })}
          />
          {!provider.id && draft.providers.length > 1 && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => update({ providers: draft.providers.filter((_, at) => at !== index) })}
            >
              {words.removeProvider(provider.name)}
            </button>
          )}
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => update({ providers: [...draft.providers, { name: '', kind: 'private' }] })}
        >
          {words.addProvider}
        </button>
      </p>

      <h2>{words.ratesSection}</h2>
      <p className="hint">{words.ratesHint}</p>
      {providerKinds.flatMap((kind) =>
        schedules.map((schedule) => {
          const group = rateGroupField(kind, schedule);
          // The four amounts are one list to the schema: an error names the group, shown under its legend.
          return (
            <fieldset
              className={`field${errors[group] ? ' field--error' : ''}`}
              key={group}
              id={fieldId(group)}
              tabIndex={-1}
              aria-describedby={errors[group] ? `${fieldId(group)}-error` : undefined}
            >
              <legend>{rateGroupName(words, kind, schedule)}</legend>
              <FieldMessages
                name={group}
                label={rateGroupName(words, kind, schedule)}
                error={errors[group]}
              />
              {levels.map((level) => (
                <NumberField
                  key={level}
                  name={`${group}.${level - 1}`}
                  label={words.level(level)}
                  value={draft.rates[kind][schedule][level - 1] ?? ''}
                  onValue={(value) => setRate(kind, schedule, level, value)}
                  min={0}
                />
              ))}
            </fieldset>
          );
        }),
      )}

      <h2>{words.goalSection}</h2>
      <NumberField
        {...field('compensation.goalPayment', words.goalPayment, words.goalPaymentHint)}
        value={draft.goalPayment}
        onValue={(goalPayment) => update({ goalPayment })}
        min={0}
      />
      <NumberField
        {...field('compensation.goalMonthsAfterSupport', words.goalMonths)}
        value={draft.goalMonthsAfterSupport}
        onValue={(goalMonthsAfterSupport) => update({ goalMonthsAfterSupport })}
        min={1}
        max={24}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? t.form.saving : words.save}
        </button>
      </div>
    </FormFrame>
  );
}
