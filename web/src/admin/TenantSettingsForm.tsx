import type { FormEvent } from 'react';
import { matchFactors } from '#shared/schemas/matching';
import { TenantPatch } from '#shared/schemas/tenant';
import { api } from '../api/client.ts';
import { readVersioned } from '../api/etag.ts';
import { isSignedOut } from '../api/problem.ts';
import { CheckboxField } from '../forms/CheckboxField.tsx';
import { ChoiceGroup } from '../forms/ChoiceGroup.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { NumberField } from '../forms/NumberField.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextField } from '../forms/TextField.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useVocabulary } from '../vocabulary/VocabularyProvider.tsx';
import type { SettingsFormProps } from './TenantSettingsLoader.tsx';
import {
  defaultWeightsText,
  draftOf,
  newSectorField,
  type TenantDraft,
  tenantLabels,
  toTenantInput,
} from './tenant-draft.ts';

/** The tenant's sectors, matching weights and support after hire, saved together with If-Match. */
export function TenantSettingsForm({ current, onSaved, onStale }: SettingsFormProps) {
  const { t, lang } = useI18n();
  const { refresh } = useVocabulary();
  const settings = current.body;
  const words = t.tenantSettings;
  const form = useForm({
    draftName: `tenant-settings-v${settings.version}`,
    initial: draftOf(settings),
    validate: schemaValidator(TenantPatch, (draft: TenantDraft) => toTenantInput(settings, draft), t, lang),
  });
  const { draft, errors, update } = form;
  const added = newSectorField(settings);
  const field = (name: string, label: string, hint?: string) => ({ name, label, hint, error: errors[name] });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const payload = form.check();
    if (!payload || form.busy) return;
    form.setBusy(true);
    try {
      const saved = await readVersioned(
        api.v1.tenant.$patch({ json: payload }, { headers: { 'If-Match': current.etag } }),
      );
      form.finish();
      await refresh();
      onSaved(saved);
    } catch (error) {
      form.setBusy(false);
      if (isSignedOut(error)) return;
      form.failed(error);
    }
  };

  return (
    <FormFrame form={form} labels={tenantLabels(t, settings)} onSubmit={submit} onStale={onStale}>
      <h2>{words.sectorsSection}</h2>
      <ChoiceGroup
        type="checkbox"
        {...field('sectors', words.sectors, words.sectorsHint)}
        options={settings.sectors.map((sector) => ({
          value: sector.id,
          label: sector.added ? `${sector.label[lang]} (${words.addedMark})` : sector.label[lang],
          hint: sector.description[lang],
        }))}
        selected={draft.enabled}
        onSelected={(enabled) => update({ enabled })}
        columns
      />
      <h3>{words.newSectorHeading}</h3>
      <p className="hint">{words.newSectorHint}</p>
      <TextField
        {...field(`${added}.sv`, words.newSectorSv)}
        value={draft.newSectorSv}
        onValue={(newSectorSv) => update({ newSectorSv })}
      />
      <TextField
        {...field(`${added}.en`, words.newSectorEn)}
        value={draft.newSectorEn}
        onValue={(newSectorEn) => update({ newSectorEn })}
        lang="en"
      />

      <h2>{words.weightsSection}</h2>
      <p className="hint">
        {settings.matchingWeightsAreDefault
          ? `${words.weightsHint} ${words.weightsDefault}`
          : words.weightsHint}
      </p>
      {matchFactors.map((factor) => (
        <NumberField
          key={factor}
          {...field(`matchingWeights.${factor}`, t.factors[factor])}
          value={draft.weights[factor]}
          onValue={(value) => update({ weights: { ...draft.weights, [factor]: value } })}
          min={0}
          max={100}
        />
      ))}
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => update({ weights: defaultWeightsText })}
        >
          {words.resetWeights}
        </button>
      </p>

      <h2>{words.supportSection}</h2>
      <TextField
        {...field('supportAfterHire.name.sv', words.supportNameSv)}
        value={draft.supportSv}
        onValue={(supportSv) => update({ supportSv })}
      />
      <TextField
        {...field('supportAfterHire.name.en', words.supportNameEn)}
        value={draft.supportEn}
        onValue={(supportEn) => update({ supportEn })}
        lang="en"
      />
      <NumberField
        {...field('supportAfterHire.months', words.months)}
        value={draft.months}
        onValue={(months) => update({ months })}
        min={1}
        max={36}
      />
      <CheckboxField
        {...field('supportAfterHire.renewableOnce', words.renewableOnce)}
        checked={draft.renewableOnce}
        onChecked={(renewableOnce) => update({ renewableOnce })}
      />
      {draft.renewableOnce && (
        <NumberField
          {...field('supportAfterHire.maxMonths', words.maxMonths)}
          value={draft.maxMonths}
          onValue={(maxMonths) => update({ maxMonths })}
          min={2}
          max={72}
        />
      )}

      <h2>{words.travelSection}</h2>
      <NumberField
        {...field('defaultTravelMinutes', words.defaultTravel, words.defaultTravelHint)}
        value={draft.defaultTravelMinutes}
        onValue={(defaultTravelMinutes) => update({ defaultTravelMinutes })}
        min={5}
        max={120}
      />
      <h2>{words.reportsSection}</h2>
      <NumberField
        {...field('smallCountThreshold', words.smallCount, words.smallCountHint)}
        value={draft.smallCountThreshold}
        onValue={(smallCountThreshold) => update({ smallCountThreshold })}
        min={1}
        max={20}
      />
      <NumberField
        {...field('retentionYears', words.retentionYears, words.retentionYearsHint)}
        value={draft.retentionYears}
        onValue={(retentionYears) => update({ retentionYears })}
        min={1}
        max={10}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? t.form.saving : words.save}
        </button>
      </div>
    </FormFrame>
  );
}
