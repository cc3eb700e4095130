import type { FormEvent } from 'react';
import { pathwayStages } from '#shared/domain/pathway';
import { environmentNeeds, ParticipantCreate, ParticipantPatch } from '#shared/schemas/participant';
import { Gender, sectors, tasks } from '#shared/schemas/vocabulary';
import { api } from '../../api/client.ts';
import { isSignedOut, readBody } from '../../api/problem.ts';
import type { Participant } from '../../api/types.ts';
import { useSendAction } from '../../api/useSendAction.ts';
import { useSession } from '../../auth/AuthProvider.tsx';
import { formatDate, today } from '../../components/format.ts';
import { CheckboxField } from '../../forms/CheckboxField.tsx';
import { ChoiceGroup, choicesOf } from '../../forms/ChoiceGroup.tsx';
import { DraftNotice } from '../../forms/DraftNotice.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
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
import {
  draftFromParticipant,
  newParticipantDraft,
  otherCoach,
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
  const { t, translate, lang } = useI18n();
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
          translate,
        )
      : schemaValidator(
          ParticipantCreate,
          (draft: ParticipantDraft) => toParticipantInput(draft, inputOptions),
          t,
          translate,
        ),
  });
  const { draft, errors, update } = form;
  const text = (key: keyof ParticipantDraft) => (value: string) => update({ [key]: value });
  const otherChosen = draft.coachChoice === otherCoach;
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

  const coachOptions = [
    { value: session.userId, label: t.participantForm.coachMe(session.name) },
    ...(currentCoach && currentCoach !== session.userId
      ? [{ value: currentCoach, label: t.participantForm.coachCurrent(currentCoach) }]
      : []),
    { value: otherCoach, label: t.participantForm.coachOther },
  ];

  return (
    <form noValidate onSubmit={submit} className="form">
      {form.restored && <DraftNotice onDiscard={form.discardDraft} />}
      <ErrorSummary
        errors={errors}
        general={form.general}
        labels={participantLabels(t, otherChosen)}
        focusSignal={form.summaryFocus}
      />
      {form.stale && (
        <p>
          <button type="button" className="button button--secondary" onClick={onStale}>
            {t.form.reload}
          </button>
        </p>
      )}

      <h2>{t.participantForm.personSection}</h2>
      <TextField
        name="firstName"
        label={t.participantForm.firstName}
        error={errors.firstName}
        value={draft.firstName}
        onValue={text('firstName')}
        autoComplete="off"
        width="medium"
      />
      <TextField
        name="lastName"
        label={t.participantForm.lastName}
        error={errors.lastName}
        value={draft.lastName}
        onValue={text('lastName')}
        autoComplete="off"
        width="medium"
      />
      <ChoiceGroup
        type="radio"
        name="gender"
        label={t.participantForm.gender}
        error={errors.gender}
        options={choicesOf(Gender.options, t.genders)}
        selected={draft.gender}
        onSelected={text('gender')}
      />
      <TextField
        name="birthYear"
        label={t.participantForm.birthYear}
        hint={t.participantForm.birthYearHint}
        error={errors.birthYear}
        value={draft.birthYear}
        onValue={text('birthYear')}
        inputMode="numeric"
        autoComplete="off"
        width="short"
      />
      <SelectField
        name={otherChosen ? 'coachChoice' : 'coachId'}
        label={t.participantForm.coach}
        hint={t.participantForm.coachHint}
        error={otherChosen ? undefined : errors.coachId}
        value={draft.coachChoice}
        options={coachOptions}
        onValue={text('coachChoice')}
      />
      {otherChosen && (
        <TextField
          name="coachId"
          label={t.participantForm.coachOtherId}
          hint={t.participantForm.coachOtherIdHint}
          error={errors.coachId}
          value={draft.otherCoachId}
          onValue={text('otherCoachId')}
          autoComplete="off"
          width="medium"
        />
      )}
      {!existing && (
        <SelectField
          name="stage"
          label={t.participantForm.stage}
          hint={t.participantForm.stageHint}
          error={errors.stage}
          value={draft.stage}
          options={pathwayStages.map((stage) => ({ value: stage, label: t.stages[stage] }))}
          onValue={text('stage')}
        />
      )}

      <h2>{t.participantForm.wishesSection}</h2>
      <RankedChoices
        name="interests"
        label={t.participantForm.interests}
        hint={t.participantForm.interestsHint}
        error={errors.interests}
        options={[...new Set([...sectors, ...draft.interests])].map((sector) => ({
          value: sector,
          label: t.sectors[sector] ?? sector,
        }))}
        selected={draft.interests}
        onSelected={(selected) => update({ interests: selected })}
      />
      <ChoiceGroup
        type="checkbox"
        name="preferredTasks"
        label={t.participantForm.tasks}
        hint={t.participantForm.tasksHint}
        error={errors.preferredTasks}
        options={choicesOf(tasks, t.tasks)}
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
        name="supportLevel"
        label={t.participantForm.supportLevel}
        hint={t.participantForm.supportLevelHint}
        error={errors.supportLevel}
        value={draft.supportLevel}
        onValue={text('supportLevel')}
      />
      <ChoiceGroup
        type="checkbox"
        name="environmentNeeds"
        label={t.participantForm.environmentNeeds}
        hint={t.participantForm.environmentNeedsHint}
        error={errors.environmentNeeds}
        options={choicesOf(environmentNeeds, t.environmentNeeds)}
        selected={draft.environmentNeeds}
        onSelected={(selected) => update({ environmentNeeds: selected })}
        columns
      />

      <h2>{t.participantForm.abilitiesSection}</h2>
      <GroupedChoices
        name="capabilities"
        label={t.participantForm.capabilities}
        hint={t.participantForm.capabilitiesHint}
        error={errors.capabilities}
        groups={Object.entries(traitGroups).map(([key, members]) => ({
          key,
          label: t.traitGroups[key as keyof typeof traitGroups],
          options: choicesOf(members, t.traits),
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
        name="maxTravelMinutes"
        label={t.participantForm.maxTravel}
        hint={t.participantForm.maxTravelHint}
        error={errors.maxTravelMinutes}
        value={draft.maxTravelMinutes}
        onValue={text('maxTravelMinutes')}
        inputMode="numeric"
        width="short"
      />

      <h2>{t.participantForm.goalSection}</h2>
      <TextArea
        name="goal"
        label={t.participantForm.goal}
        hint={t.participantForm.goalHint}
        error={errors.goal}
        value={draft.goal}
        onValue={text('goal')}
        rows={3}
      />
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
          name="consent.givenAt"
          label={t.participantForm.consentDate}
          hint={t.participantForm.consentDateHint}
          error={errors['consent.givenAt']}
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
      {form.busy && <p role="status">{t.form.saving}</p>}
    </form>
  );
}
