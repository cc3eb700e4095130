import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { employerAnswerSteps, matchStepFields } from '#shared/domain/match-change';
import { nextMatchSteps } from '#shared/domain/match-lifecycle';
import { EmployerAnswer, MatchOutcome, MatchPatch } from '#shared/schemas/match';
import type { Match } from '../../api/types.ts';
import { today } from '../../components/format.ts';
import { ChoiceGroup } from '../../forms/ChoiceGroup.tsx';
import { type FieldErrors, fieldId, issuesToErrors } from '../../forms/field-errors.ts';
import { TextArea } from '../../forms/TextArea.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { plainIssues } from '../../i18n/plain-issues.ts';
import { useVocabulary } from '../../vocabulary/VocabularyProvider.tsx';

/** A step a coach may take, or record for the employer: a panel asks for the fields the step takes. */
export type Panel = 'accepted' | 'declined' | 'started' | 'completed' | 'cancelled';

/**
 * The panels a coach may open for a match in this status: the employer's answers to a
 * proposal, recorded for it, then the lifecycle's next steps for staff.
 */
export const panelsFor = (status: Match['status']): Panel[] => [
  ...(status === 'proposed' ? (employerAnswerSteps as Panel[]) : []),
  ...(nextMatchSteps(status, 'coach') as Panel[]),
];

const isAnswer = (panel: Panel) => (employerAnswerSteps as Panel[]).includes(panel);

interface ActionPanelProps {
  match: Match;
  panel: Panel;
  busy: boolean;
  /** Sends the change; the card shows what came of it. */
  onSave: (patch: MatchPatch) => void;
  onClose: () => void;
}

/** A small form for one lifecycle step, validated with the API's own `MatchPatch`. */
export function ActionPanel({ match, panel, busy, onSave, onClose }: ActionPanelProps) {
  const { t, lang, translate } = useI18n();
  const { words } = useVocabulary();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [startDate, setStartDate] = useState(today());
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [channel, setChannel] = useState('');
  const [person, setPerson] = useState('');
  const [answerDate, setAnswerDate] = useState(today());
  const [errors, setErrors] = useState<FieldErrors>({});
  const names = (field: string) => `${field}-${match.id}`;

  useEffect(() => headingRef.current?.focus(), []);

  const fields = matchStepFields(panel);
  const given = { startDate: startDate.trim(), outcome, reason: reason.trim() };
  const patchOf = (): Record<string, unknown> => ({
    status: panel,
    ...Object.fromEntries(fields.filter((field) => given[field]).map((field) => [field, given[field]])),
    ...(isAnswer(panel)
      ? { onBehalf: { channel: channel || undefined, person: person.trim(), date: answerDate.trim() } }
      : {}),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = MatchPatch.safeParse(patchOf(), { error: plainIssues(t, lang) });
    if (!checked.success) {
      const found = issuesToErrors(checked.error.issues, translate);
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(fieldId(names(first)))?.focus();
      return;
    }
    setErrors({});
    onSave(checked.data);
  };

  const titles: Record<Panel, string> = {
    accepted: t.matches.answerYesTitle,
    declined: t.matches.answerNoTitle,
    started: t.matches.startTitle,
    completed: t.matches.completeTitle,
    cancelled: t.matches.cancelTitle,
  };
  const submits: Record<Panel, string> = {
    accepted: t.matches.saveAnswer,
    declined: t.matches.saveAnswer,
    started: t.matches.saveStart,
    completed: t.matches.saveComplete,
    cancelled: t.matches.confirmCancel,
  };
  const inputs: Record<(typeof fields)[number], ReactNode> = {
    startDate: (
      <TextField
        key="startDate"
        name={names('startDate')}
        label={t.matches.startDate}
        hint={t.matches.startDateHint}
        error={errors.startDate}
        type="date"
        value={startDate}
        onValue={setStartDate}
        width="medium"
      />
    ),
    outcome: (
      <ChoiceGroup
        key="outcome"
        type="radio"
        name={names('outcome')}
        label={t.matches.outcomeChoice}
        hint={t.matches.outcomeHint}
        error={errors.outcome}
        options={MatchOutcome.options.map((option) => ({
          value: option,
          label: words.matchOutcomes[option],
        }))}
        selected={outcome}
        onSelected={setOutcome}
      />
    ),
    reason: (
      <TextArea
        key="reason"
        name={names('reason')}
        label={isAnswer(panel) ? t.matches.answerReason : t.matches.cancelReason}
        hint={isAnswer(panel) ? undefined : t.matches.cancelReasonHint}
        error={errors.reason}
        value={reason}
        onValue={setReason}
        rows={2}
      />
    ),
  };

  return (
    <form className="panel" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h4 id={`${id}-title`} tabIndex={-1} ref={headingRef}>
        {titles[panel]}
      </h4>
      {isAnswer(panel) && (
        <>
          <ChoiceGroup
            type="radio"
            name={names('onBehalf.channel')}
            label={t.matches.answerChannel}
            error={errors['onBehalf.channel']}
            options={EmployerAnswer.shape.channel.options.map((option) => ({
              value: option,
              label: t.matches.answerChannels[option],
            }))}
            selected={channel}
            onSelected={setChannel}
          />
          <TextField
            name={names('onBehalf.person')}
            label={t.matches.answerPerson}
            error={errors['onBehalf.person']}
            value={person}
            onValue={setPerson}
            autoComplete="off"
          />
          <TextField
            name={names('onBehalf.date')}
            label={t.matches.answerDate}
            hint={t.matches.answerDateHint}
            error={errors['onBehalf.date']}
            type="date"
            value={answerDate}
            onValue={setAnswerDate}
            width="medium"
          />
        </>
      )}
      {fields.map((field) => inputs[field])}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {submits[panel]}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t.matches.close}
        </button>
      </div>
    </form>
  );
}
