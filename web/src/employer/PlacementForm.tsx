import type { FormEvent } from 'react';
import { isPublished } from '#shared/domain/placement-status';
import { PlacementCreate, PlacementPatch, placementKinds } from '#shared/schemas/placement';
import { environmentTags, tasks, traits } from '#shared/schemas/vocabulary';
import { api } from '../api/client.ts';
import { isSignedOut, readBody } from '../api/problem.ts';
import type { Employer, Placement } from '../api/types.ts';
import { useSendAction } from '../api/useSendAction.ts';
import { Notice } from '../components/Notice.tsx';
import { CheckboxField } from '../forms/CheckboxField.tsx';
import { ChoiceGroup, choicesOf } from '../forms/ChoiceGroup.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { fieldProps } from '../forms/field-props.ts';
import { LocationFields } from '../forms/LocationFields.tsx';
import { ScheduleFields } from '../forms/ScheduleFields.tsx';
import { SelectField } from '../forms/SelectField.tsx';
import { SupportLevelField } from '../forms/SupportLevelField.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextArea } from '../forms/TextArea.tsx';
import { TextField } from '../forms/TextField.tsx';
import { useForm, type Validation } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link, useRouter } from '../router/router.tsx';
import { useVocabulary } from '../vocabulary/VocabularyProvider.tsx';
import {
  draftFromPlacement,
  newPlacementDraft,
  type PlacementDraft,
  placementLabels,
  toPlacementInput,
  withTasks,
} from './placement-draft.ts';

type Intent = 'draft' | 'open' | 'keep';

interface PlacementFormProps {
  employer: Employer;
  /** The placement being changed and the ETag it was read with; absent for a new one. */
  existing?: { placement: Placement; etag: string } | undefined;
  onStale: () => void;
}

/**
 * The API refuses fewer seats than are taken, and another kind while a seat is taken
 * (shared/domain/placement-kind.ts); say so before saving.
 */
function withSeatsTaken<Payload>(
  validate: (draft: PlacementDraft) => Validation<Payload>,
  existing: Placement | undefined,
  messages: { seats: (taken: number) => string; kind: (taken: number) => string },
): (draft: PlacementDraft) => Validation<Payload> {
  const seatsTaken = existing?.seatsTaken ?? 0;
  return (draft) => {
    const result = validate(draft);
    if (seatsTaken === 0) return result;
    const errors = {
      ...(Number(draft.seats) < seatsTaken ? { seats: messages.seats(seatsTaken) } : {}),
      ...(existing && draft.kind !== existing.kind ? { kind: messages.kind(seatsTaken) } : {}),
    };
    if (Object.keys(errors).length === 0) return result;
    return { ok: false, errors: { ...(result.ok ? {} : result.errors), ...errors } };
  };
}

export function PlacementForm({ employer, existing, onStale }: PlacementFormProps) {
  const { t, lang } = useI18n();
  const { words, enabledSectors, vocabulary } = useVocabulary();
  const { navigate } = useRouter();
  const sendAction = useSendAction();
  const form = useForm({
    draftName: existing ? `placement-${existing.placement.id}` : 'placement-new',
    initial: existing ? draftFromPlacement(existing.placement) : newPlacementDraft(employer),
    validate: withSeatsTaken(
      schemaValidator(existing ? PlacementPatch : PlacementCreate, toPlacementInput, t, lang),
      existing?.placement,
      { seats: t.placementForm.seatsBelowTaken, kind: t.placementForm.kindLocked },
    ),
  });
  const { draft, errors, update } = form;
  const field = fieldProps(t.placementForm, errors);
  const text = (key: keyof PlacementDraft) => (value: string) => update({ [key]: value });
  const canPublish = employer.status === 'active';
  const status = existing?.placement.status;
  const offerPublish = canPublish && !(status && isPublished(status));
  const sectorTasks = vocabulary.sectors.find((sector) => sector.id === draft.sector)?.tasks ?? [];
  const demanded = vocabulary.tasks
    .filter((task) => draft.tasks.includes(task.id))
    .flatMap((task) => task.traits);

  const save = (payload: PlacementPatch, intent: Intent) => {
    if (!existing) {
      // Without `existing` the payload was validated with PlacementCreate.
      const json = { ...payload, status: intent === 'open' ? 'open' : 'draft' } as PlacementCreate;
      return sendAction(`placement-new-${employer.id}`, json, (key) =>
        readBody(
          api.v1.employers[':id'].placements.$post(
            { param: { id: employer.id }, json },
            { headers: { 'Idempotency-Key': key } },
          ),
        ),
      );
    }
    const json: PlacementPatch = { ...payload, status: intent === 'open' ? 'open' : undefined };
    return readBody(
      api.v1.placements[':id'].$patch(
        { param: { id: existing.placement.id }, json },
        { headers: { 'If-Match': existing.etag } },
      ),
    );
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = (submitter?.value ?? (existing ? 'keep' : 'draft')) as Intent;
    const payload = form.check();
    if (!payload || form.busy) return;
    form.setBusy(true);
    try {
      const saved = await save(payload, intent);
      form.finish();
      const published = saved.status === 'open' && (intent === 'open' || !existing);
      navigate('/company', {
        flash: published ? 'placementPublished' : existing ? 'placementSaved' : 'placementDraftSaved',
      });
    } catch (error) {
      form.setBusy(false);
      if (isSignedOut(error)) return;
      form.failed(error);
    }
  };

  return (
    <FormFrame form={form} labels={placementLabels(t)} onSubmit={submit} onStale={onStale}>
      <h2>{t.placementForm.aboutSection}</h2>
      <ChoiceGroup
        type="radio"
        {...field('kind')}
        options={placementKinds.map((kind) => ({
          value: kind,
          label: t.placementKinds[kind],
          hint: t.placementForm.kindHints[kind],
        }))}
        selected={draft.kind}
        onSelected={(kind) => update({ kind })}
      />
      <TextField {...field('title')} value={draft.title} onValue={text('title')} />
      <SelectField
        {...field('sector')}
        value={draft.sector}
        options={[
          ...new Set([
            ...employer.sectors.filter((sector) => enabledSectors.includes(sector)),
            ...enabledSectors,
            draft.sector,
          ]),
        ].map((sector) => ({
          value: sector,
          label: words.sectors[sector] ?? sector,
        }))}
        onValue={text('sector')}
      />
      <TextArea {...field('description')} value={draft.description} onValue={text('description')} />
      <TextField
        {...field('seats')}
        value={draft.seats}
        onValue={text('seats')}
        inputMode="numeric"
        width="short"
      />

      <h2>{t.placementForm.tasksSection}</h2>
      <ChoiceGroup
        type="checkbox"
        {...field('tasks')}
        options={choicesOf(tasks, words.tasks)}
        selected={draft.tasks}
        onSelected={(selected) => update(withTasks(draft, selected))}
        suggested={{
          values: sectorTasks,
          more: t.placementForm.moreTasks,
          fewer: t.placementForm.fewerTasks,
        }}
        columns
      />
      <ChoiceGroup
        type="checkbox"
        {...field('traits')}
        options={choicesOf(traits, words.traits)}
        selected={draft.traits}
        onSelected={(selected) => update({ traits: selected })}
        suggested={{
          values: demanded,
          more: t.placementForm.moreTraits,
          fewer: t.placementForm.fewerTraits,
        }}
        columns
      />

      <h2>{t.placementForm.whenSection}</h2>
      <ScheduleFields
        name="schedule"
        labels={{ kind: t.placementForm.scheduleKind, weekdays: t.placementForm.weekdays }}
        kind={draft.scheduleKind}
        weekdays={draft.weekdays}
        errors={errors}
        onKind={(scheduleKind) => update({ scheduleKind })}
        onWeekdays={(weekdays) => update({ weekdays })}
      />
      <TextField
        {...field('startDate')}
        type="date"
        value={draft.startDate}
        onValue={text('startDate')}
        width="medium"
      />
      <LocationFields
        name="location"
        postcode={{
          label: t.placementForm.postcode,
          hint: t.placementForm.postcodeHint,
          value: draft.postcode,
          onValue: text('postcode'),
        }}
        area={{ label: t.placementForm.area, value: draft.area, onValue: text('area') }}
        errors={errors}
      />

      <h2>{t.placementForm.supportSection}</h2>
      <SupportLevelField
        {...field('maxSupportLevel', 'supportLevel')}
        value={draft.maxSupportLevel}
        onValue={text('maxSupportLevel')}
      />
      <ChoiceGroup
        type="checkbox"
        {...field('environment')}
        options={choicesOf(environmentTags, words.environment)}
        selected={draft.environment}
        onSelected={(selected) => update({ environment: selected })}
        columns
      />
      <CheckboxField
        {...field('supervisorOnSite')}
        checked={draft.supervisorOnSite}
        onChecked={(checked) => update({ supervisorOnSite: checked })}
      />

      {!canPublish && <Notice kind="info">{t.placementForm.publishLater}</Notice>}
      <div className="actions">
        {offerPublish && (
          <button type="submit" name="intent" value="open" className="button" disabled={form.busy}>
            {existing ? t.placementForm.saveAndPublish : t.placementForm.publish}
          </button>
        )}
        <button
          type="submit"
          name="intent"
          value={existing ? 'keep' : 'draft'}
          className={offerPublish ? 'button button--secondary' : 'button'}
          disabled={form.busy}
        >
          {existing ? t.placementForm.save : t.placementForm.saveDraft}
        </button>
        <Link to="/company" className="button button--quiet">
          {t.placementForm.cancel}
        </Link>
      </div>
    </FormFrame>
  );
}
