import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { MatchOutcome, MatchPatch } from '#shared/schemas/match';
import type { Match } from '../../api/types.ts';
import { today } from '../../components/format.ts';
import { ChoiceGroup } from '../../forms/ChoiceGroup.tsx';
import { type FieldErrors, fieldId, issuesToErrors } from '../../forms/field-errors.ts';
import { TextArea } from '../../forms/TextArea.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { plainIssues } from '../../i18n/plain-issues.ts';

export type Panel = 'start' | 'complete' | 'cancel';

/** The panels a coach may open for a match in this status (docs/api.md, match lifecycle). */
export function panelsFor(status: Match['status']): Panel[] {
  if (status === 'proposed') return ['cancel'];
  if (status === 'accepted') return ['start', 'cancel'];
  if (status === 'started') return ['complete', 'cancel'];
  return [];
}

export const isOpen = (status: Match['status']) => panelsFor(status).length > 0;

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
  const { t, translate } = useI18n();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [startDate, setStartDate] = useState(today());
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const names = (field: string) => `${field}-${match.id}`;

  useEffect(() => headingRef.current?.focus(), []);

  const patchOf = (): Record<string, unknown> => {
    if (panel === 'start') return { status: 'started', startDate: startDate.trim() };
    if (panel === 'complete') return { status: 'completed', outcome: outcome || undefined };
    return { status: 'cancelled', ...(reason.trim() ? { reason: reason.trim() } : {}) };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = MatchPatch.safeParse(patchOf(), { error: plainIssues(t) });
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
    start: t.matches.startTitle,
    complete: t.matches.completeTitle,
    cancel: t.matches.cancelTitle,
  };
  const submits: Record<Panel, string> = {
    start: t.matches.saveStart,
    complete: t.matches.saveComplete,
    cancel: t.matches.confirmCancel,
  };
  let fields: ReactNode;
  if (panel === 'start') {
    fields = (
      <TextField
        name={names('startDate')}
        label={t.matches.startDate}
        hint={t.matches.startDateHint}
        error={errors.startDate}
        value={startDate}
        onValue={setStartDate}
        width="medium"
      />
    );
  } else if (panel === 'complete') {
    fields = (
      <ChoiceGroup
        type="radio"
        name={names('outcome')}
        label={t.matches.outcomeChoice}
        hint={t.matches.outcomeHint}
        error={errors.outcome}
        options={MatchOutcome.options.map((option) => ({ value: option, label: t.matchOutcomes[option] }))}
        selected={outcome}
        onSelected={setOutcome}
      />
    );
  } else {
    fields = (
      <TextArea
        name={names('reason')}
        label={t.matches.cancelReason}
        hint={t.matches.cancelReasonHint}
        error={errors.reason}
        value={reason}
        onValue={setReason}
        rows={2}
      />
    );
  }

  return (
    <form className="panel" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h4 id={`${id}-title`} tabIndex={-1} ref={headingRef}>
        {titles[panel]}
      </h4>
      {fields}
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
