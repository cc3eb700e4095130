import type { FormEvent } from 'react';
import { pathwayStages } from '#shared/domain/pathway';
import { environmentNeeds, ParticipantCreate, ParticipantPatch } from '#shared/schemas/participant';
import { Gender, tasks } from '#shared/schemas/vocabulary';
import { api } from '../../api/client.ts';
import { isSignedOut, readBody } from '../../api/problem.ts';
import type { Participant } from '../../api/types.ts';
import { useSendAction } from '../../api/useSendAction.ts';
import { useSession } from '../../auth/AuthProvider.tsx';
import { formatDate, today } from '../../components/format.ts';
import { CheckboxField } from '../../forms/CheckboxField.tsx';
import { ChoiceGroup, choicesOf } from '../../forms/ChoiceGroup.tsx';
import { FormFrame } from '../../forms/FormFrame.tsx';
import { fieldProps } from '../../forms/field-props.ts';
import { GroupedChoices } from '../../forms/GroupedChoices.tsx';
import { LocationFields } from '../../forms/LocationFields.tsx';
import { RankedChoices } from '../../forms/RankedChoices.tsx';
import { ScheduleFields } from '../../forms/ScheduleFields.tsx';
import { SelectField } from '../../forms/SelectField.tsx';
import { SupportLevelField } from '../../forms/SupportLevelField.tsx';
import { schemaValidator } from '../../forms/schema-validator.ts';
import { TextArea } from '../../forms/TextArea.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { useForm } from '../../forms/useForm.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import { useCoaches } from '../../staff/useCoaches.ts';
import { useVocabulary } from '../../vocabulary/VocabularyProvider.tsx';
import {
  draftFromParticipant,
  newParticipantDraft,
  type ParticipantDraft,
  participantLabels,
  toParticipantInput,
  traitGroups,
} from './participant-draft.ts';

interface ParticipantFormProps {
  /** The participant being changed and the ETag it was read with; absent for a new one. */
  existing?: { participant: Participant; etag: string } | undefined;
  onStale: () => void;
}

/**
 * A participant's profile: only what matching and follow-up need. No personnummer and no
 * diagnoses, by design: the schema has no field for them.
 */
export function ParticipantForm({ existing, onStale }: ParticipantFormProps) {
  const { t, lang } = useI18n();
  const { words, enabledSectors } = useVocabulary();
  const session = useSession();
  const { navigate } = useRouter();
  const sendAction = useSendAction();
  const previousConsent = existing?.participant.consent;
  const inputOptions = { create: !existing, previousConsent, today: today() };
  const form = useForm({
    draftName: existing ? `participant-${existing.participant.id}` : 'participant-new',
    initial: existing ? draftFromParticipant(existing.participant) : newParticipantDraft(session.userId),
    validate: existing
      ? schemaValidator(
          ParticipantPatch,
          (draft: ParticipantDraft) => toParticipantInput(draft, inputOptions),
          t,
          lang,
        )
      : schemaValidator(
          ParticipantCreate,
          (draft: ParticipantDraft) => toParticipantInput(draft, inputOptions),
          t,
          lang,
        ),
  });
  const { draft, errors, update } = form;
  const field = fieldProps(t.participantForm, errors);
  const text = (key: keyof ParticipantDraft) => (value: string) => update({ [key]: value });
  const { coaches, nameOf } = useCoaches();
  const currentCoach = existing?.participant.coachId;

  const save = (payload: ParticipantPatch) => {
    if (!existing) {
      // Without `existing` the payload was validated with ParticipantCreate.
      const json = payload as ParticipantCreate;
      return sendAction('participant-new', json, (key) =>
        readBody(api.v1.participants.$post({ json }, { headers: { 'Idempotency-Key': key } })),
      );
    }
    return readBody(
      api.v1.participants[':id'].$patch(
        { param: { id: existing.participant.id }, json: payload },
        { headers: { 'If-Match': existing.etag } },
      ),
    );
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const payload = form.check();
    if (!payload || form.busy) return;
    form.setBusy(true);
    try {
      const saved = await save(payload);
      form.finish();
      navigate(`/participants/${saved.id}`, { flash: existing ? 'participantSaved' : 'participantCreated' });
    } catch (error) {
      form.setBusy(false);
      if (isSignedOut(error)) return;
      form.failed(error);
    }
  };

  // Me first, then the tenant's coaches by name; a current coach who is not on the list stays choosable.
  const coachOptions = [
    { value: session.userId, label: t.participantForm.coachMe(session.name) },
    ...coaches
      .filter((coach) => coach.userId !== session.userId)
      .map((coach) => ({ value: coach.userId, label: coach.name })),
    ...(currentCoach && currentCoach !== session.userId && !coaches.some((c) => c.userId === currentCoach)
      ? [{ value: currentCoach, label: t.participantForm.coachCurrent(nameOf(currentCoach) ?? currentCoach) }]
      : []),
  ];

  return (
    <FormFrame form={form} labels={participantLabels(t)} onSubmit={submit} onStale={onStale}>
      {!existing && <p className="hint">{t.participantForm.draftHint}</p>}
      <h2>{t.participantForm.personSection}</h2>
      <TextField
        {...field('firstName')}
        value={draft.firstName}
        onValue={text('firstName')}
        autoComplete="off"
        width="medium"
      />
      <TextField
        {...field('lastName')}
        value={draft.lastName}
        onValue={text('lastName')}
        autoComplete="off"
        width="medium"
      />
      <ChoiceGroup
        type="radio"
        {...field('gender')}
        options={choicesOf(Gender.options, t.genders)}
        selected={draft.gender}
        onSelected={text('gender')}
      />
      <TextField
        {...field('birthYear')}
        value={draft.birthYear}
        onValue={text('birthYear')}
        inputMode="numeric"
        autoComplete="off"
        width="short"
      />
      <SelectField
        {...field('coachId', 'coach')}
        value={draft.coachId}
        options={coachOptions}
        onValue={text('coachId')}
      />
      {!existing && (
        <SelectField
          {...field('stage')}
          value={draft.stage}
          options={pathwayStages.map((stage) => ({ value: stage, label: t.stages[stage] }))}
          onValue={text('stage')}
        />
      )}

      <h2>{t.participantForm.wishesSection}</h2>
      <RankedChoices
        {...field('interests')}
        options={[...new Set([...enabledSectors, ...draft.interests])].map((sector) => ({
          value: sector,
          label: words.sectors[sector] ?? sector,
        }))}
        selected={draft.interests}
        onSelected={(selected) => update({ interests: selected })}
      />
      <ChoiceGroup
        type="checkbox"
        {...field('preferredTasks', 'tasks')}
        options={choicesOf(tasks, words.tasks)}
        selected={draft.preferredTasks}
        onSelected={(selected) => update({ preferredTasks: selected })}
        columns
      />

      <h2>{t.participantForm.scheduleSection}</h2>
      <ScheduleFields
        name="availability"
        labels={{ kind: t.participantForm.availabilityKind, weekdays: t.participantForm.weekdays }}
        kind={draft.availabilityKind}
        weekdays={draft.weekdays}
        errors={errors}
        onKind={(availabilityKind) => update({ availabilityKind })}
        onWeekdays={(weekdays) => update({ weekdays })}
      />
      <SupportLevelField
        {...field('supportLevel')}
        value={draft.supportLevel}
        onValue={text('supportLevel')}
      />
      <ChoiceGroup
        type="checkbox"
        {...field('environmentNeeds')}
        options={choicesOf(environmentNeeds, words.environmentNeeds)}
        selected={draft.environmentNeeds}
        onSelected={(selected) => update({ environmentNeeds: selected })}
        columns
      />

      <h2>{t.participantForm.abilitiesSection}</h2>
      <GroupedChoices
        {...field('capabilities')}
        groups={Object.entries(traitGroups).map(([key, members]) => ({
          key,
          label: t.traitGroups[key as keyof typeof traitGroups],
          options: choicesOf(members, words.traits),
        }))}
        selected={draft.capabilities}
        onSelected={(selected) => update({ capabilities: selected })}
      />

      <h2>{t.participantForm.homeSection}</h2>
      <LocationFields
        name="home"
        postcode={{
          label: t.participantForm.postcode,
          hint: t.participantForm.postcodeHint,
          value: draft.postcode,
          onValue: text('postcode'),
        }}
        area={{
          label: t.participantForm.area,
          hint: t.participantForm.areaHint,
          value: draft.area,
          onValue: text('area'),
        }}
        errors={errors}
        private
      />
      <TextField
        {...field('maxTravelMinutes', 'maxTravel')}
        value={draft.maxTravelMinutes}
        onValue={text('maxTravelMinutes')}
        inputMode="numeric"
        width="short"
      />

      <h2>{t.participantForm.goalSection}</h2>
      <TextArea {...field('goal')} value={draft.goal} onValue={text('goal')} rows={3} />
      <CheckboxField
        name="consent.sharedSummary"
        label={t.participantForm.consent}
        hint={t.participantForm.consentHint}
        checked={draft.consent}
        onChecked={(checked) =>
          update({
            consent: checked,
            ...(checked && !draft.consentGivenAt ? { consentGivenAt: today() } : {}),
          })
        }
      />
      {draft.consent && (
        <TextField
          {...field('consent.givenAt', 'consentDate')}
          type="date"
          value={draft.consentGivenAt}
          onValue={text('consentGivenAt')}
          width="medium"
        />
      )}
      {!draft.consent && previousConsent?.revokedAt && (
        <p className="hint">
          {t.participantForm.consentRevokedNote(formatDate(previousConsent.revokedAt, lang))}
        </p>
      )}

      <div className="actions">
        <button type="submit" className="button" disabled={form.busy}>
          {existing ? t.participantForm.saveChanges : t.participantForm.save}
        </button>
        <Link
          to={existing ? `/participants/${existing.participant.id}` : '/participants'}
          className="button button--quiet"
        >
          {t.participantForm.back}
        </Link>
      </div>
    </FormFrame>
  );
}
