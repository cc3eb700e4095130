import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { MatchCreate } from '#shared/schemas/match';
import { proposeMatch } from '../../api/matches.ts';
import { isSignedOut } from '../../api/problem.ts';
import type { Match } from '../../api/types.ts';
import { useSendAction } from '../../api/useSendAction.ts';
import { formatDate } from '../../components/format.ts';
import { CheckboxField } from '../../forms/CheckboxField.tsx';
import { fieldId } from '../../forms/field-errors.ts';
import { problemText } from '../../forms/server-problems.ts';
import { TextArea } from '../../forms/TextArea.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { plainIssues } from '../../i18n/plain-issues.ts';

export interface ProposeTarget {
  participantId: string;
  firstName: string;
  placementId: string;
  placementTitle: string;
  employerName: string;
  /** When the profile says the participant agreed to share a summary (a hint, not this consent). */
  profileConsentSince?: string | undefined;
}

/** The pair a proposal would make, from the participant and the placement as a page has them. */
export const proposeTarget = (
  participant: { id: string; firstName: string },
  placement: { id: string; title: string; employerName: string },
  profileConsentSince?: string,
): ProposeTarget => ({
  participantId: participant.id,
  firstName: participant.firstName,
  placementId: placement.id,
  placementTitle: placement.title,
  employerName: placement.employerName,
  profileConsentSince,
});

interface ProposePanelProps {
  target: ProposeTarget;
  /** Names the pair for screen readers on the button: the placement or the participant. */
  context: string;
  /** An open proposal for the pair, by its status label; nothing to propose then. */
  existing?: string | undefined;
  level: 3 | 4;
  onProposed: (match: Match) => void;
}

/**
 * "Föreslå" and, once pressed, the question the coach must ask first: may this employer
 * see a short summary? Sending makes one proposal (POST /v1/matches).
 */
export function ProposePanel({ target, context, existing, level, onProposed }: ProposePanelProps) {
  const { t, lang, translate } = useI18n();
  const id = useId();
  const sendAction = useSendAction();
  const [open, setOpen] = useState(false);
  const [consent, setConsent] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [noteError, setNoteError] = useState<string>();
  const [sent, setSent] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  const names = `${target.participantId}-${target.placementId}`;

  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div className="notice notice--success" role="status" tabIndex={-1} ref={sentRef}>
        <p>{t.propose.sent(target.employerName)}</p>
      </div>
    );
  }
  if (existing) return <p className="proposed-note">{t.matching.alreadyProposed(existing)}</p>;

  const close = () => {
    setOpen(false);
    setError(undefined);
    // Back to the button that opened the panel, once it is rendered again.
    requestAnimationFrame(() => toggleRef.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // The same schema the API checks: here only the note can be wrong (too long).
    const checked = MatchCreate.safeParse(
      {
        participantId: target.participantId,
        placementId: target.placementId,
        consentToShare: consent,
        ...(note.trim() ? { note } : {}),
      },
      { error: plainIssues(t, lang) },
    );
    setNoteError(checked.success ? undefined : translate(checked.error.issues[0]?.message ?? ''));
    if (!checked.success) {
      document.getElementById(fieldId(`note-${names}`))?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const proposal = checked.data;
      const match = await sendAction(`propose-${names}`, proposal, (key) => proposeMatch(proposal, key));
      setSent(true);
      onProposed(match);
    } catch (failure) {
      if (!isSignedOut(failure)) setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <div className="actions">
        <button
          type="button"
          className="button"
          aria-expanded="false"
          ref={toggleRef}
          onClick={() => setOpen(true)}
        >
          {t.propose.button}
          <span className="visually-hidden"> {context}</span>
        </button>
      </div>
    );
  }

  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <form className="panel" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <Heading id={`${id}-title`} tabIndex={-1} ref={headingRef}>
        {t.propose.title(target.placementTitle)}
      </Heading>
      {target.profileConsentSince && (
        <p className="hint">{t.propose.profileConsent(formatDate(target.profileConsentSince, lang))}</p>
      )}
      <CheckboxField
        name={`consent-${names}`}
        label={t.propose.consent(target.firstName, target.employerName)}
        hint={t.propose.consentHint}
        checked={consent}
        onChecked={setConsent}
      />
      <TextArea
        name={`note-${names}`}
        label={t.propose.note}
        hint={t.propose.noteHint}
        error={noteError}
        value={note}
        onValue={setNote}
        rows={2}
      />
      {error !== undefined && (
        <p className="field-error" role="alert">
          {problemText(error, t, lang)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t.propose.sending : t.propose.send}
        </button>
        <button type="button" className="button button--secondary" onClick={close}>
          {t.propose.cancel}
        </button>
      </div>
    </form>
  );
}
