import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { nextMatchSteps } from '#shared/domain/match-lifecycle';
import { MatchPatch, type MatchStatus } from '#shared/schemas/match';
import type { EmployerMatch, Placement } from '../api/types.ts';
import { Fact, ScheduleText } from '../components/Fact.tsx';
import { formatDate, formatTimestamp } from '../components/format.ts';
import { matchBadgeLabel } from '../components/match-badge.ts';
import { PhoneLink } from '../components/PhoneLink.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { fieldId } from '../forms/field-errors.ts';
import { TextArea } from '../forms/TextArea.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { plainIssues } from '../i18n/plain-issues.ts';

/** A proposal the employer has still to answer: accepting it is a step the lifecycle offers them. */
export const awaitsAnswer = (status: MatchStatus) => nextMatchSteps(status, 'employer').includes('accepted');

interface ProposalCardProps {
  match: EmployerMatch;
  placement: Placement | undefined;
  busy: boolean;
  /** Why the last answer failed, in words; shown in the card. */
  error: string | undefined;
  onAnswer: (patch: MatchPatch) => void;
}

/**
 * One proposal as the employer sees it: the placement and either the summary the
 * participant agreed to share or only that a coach will call. Nothing else about the person.
 */
export function ProposalCard({ match, placement, busy, error, onAnswer }: ProposalCardProps) {
  const { t, lang, translate } = useI18n();
  const id = useId();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const declineRef = useRef<HTMLButtonElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const { candidate } = match;
  const reasonName = `reason-${match.id}`;

  useEffect(() => {
    if (declining) headingRef.current?.focus();
  }, [declining]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const decline = (event: FormEvent) => {
    event.preventDefault();
    const checked = MatchPatch.safeParse(
      { status: 'declined', ...(reason.trim() ? { reason: reason.trim() } : {}) },
      { error: plainIssues(t, lang) },
    );
    if (!checked.success) {
      setReasonError(translate(checked.error.issues[0]?.message ?? ''));
      document.getElementById(fieldId(reasonName))?.focus();
      return;
    }
    setReasonError(undefined);
    onAnswer(checked.data);
  };

  const closeDecline = () => {
    setDeclining(false);
    requestAnimationFrame(() => declineRef.current?.focus());
  };

  return (
    <article className="card" aria-labelledby={`proposal-${match.id}`}>
      <div className="card__header">
        <h3 id={`proposal-${match.id}`}>{match.placementTitle}</h3>
        <StatusBadge status={match.status} label={matchBadgeLabel(match, t, lang)} />
      </div>
      <p className="card__meta">
        {t.proposals.proposedOn(formatTimestamp(match.createdAt, lang))}
        {placement && (
          <>
            {' · '}
            {t.placement.seats(placement.seatsTaken, placement.seats)}
          </>
        )}
      </p>
      <p>{match.message[lang]}</p>
      {match.coach && (
        <section className="coach-contact" aria-labelledby={`${id}-coach`}>
          <h4 id={`${id}-coach`}>{t.proposals.coachTitle}</h4>
          <p>{t.proposals.coachLine(match.coach.name)}</p>
          {match.coach.phone && (
            <p>
              <PhoneLink phone={match.coach.phone}>{t.proposals.callCoach(match.coach.phone)}</PhoneLink>
            </p>
          )}
          {match.coach.email && (
            <p>
              <a href={`mailto:${match.coach.email}`}>{t.proposals.mailCoach}</a>
            </p>
          )}
        </section>
      )}
      {candidate && (
        <div className="summary-box">
          <h4>{t.proposals.summaryTitle}</h4>
          <dl className="facts">
            <Fact label={t.proposals.labels.firstName}>{candidate.firstName}</Fact>
            <Fact label={t.proposals.labels.interests}>
              <ol className="inline-ranking">
                {candidate.interests.map((interest) => (
                  <li key={interest.sector}>{interest.label[lang]}</li>
                ))}
              </ol>
            </Fact>
            {candidate.availability && (
              <Fact label={t.proposals.labels.availability}>
                <ScheduleText schedule={candidate.availability} />
              </Fact>
            )}
            <Fact label={t.proposals.labels.support}>{candidate.supportSummary[lang]}</Fact>
            {candidate.goal && <Fact label={t.proposals.labels.goal}>”{candidate.goal}”</Fact>}
          </dl>
        </div>
      )}
      {match.startDate && <p>{t.proposals.startsOn(formatDate(match.startDate, lang))}</p>}
      {match.declineReason && <p>{t.proposals.yourDecline(match.declineReason)}</p>}
      {error && (
        <p className="notice notice--error" role="alert" tabIndex={-1} ref={errorRef}>
          {error}
        </p>
      )}
      {awaitsAnswer(match.status) &&
        (declining ? (
          <form className="panel" aria-labelledby={`${id}-title`} onSubmit={decline} noValidate>
            <h4 id={`${id}-title`} tabIndex={-1} ref={headingRef}>
              {t.proposals.declineTitle}
            </h4>
            <TextArea
              name={reasonName}
              label={t.proposals.reason}
              hint={t.proposals.reasonHint}
              error={reasonError}
              value={reason}
              onValue={setReason}
              rows={2}
            />
            <div className="actions">
              <button type="submit" className="button" disabled={busy}>
                {t.proposals.sendDecline}
              </button>
              <button type="button" className="button button--secondary" onClick={closeDecline}>
                {t.proposals.cancel}
              </button>
            </div>
          </form>
        ) : (
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => onAnswer({ status: 'accepted' })}
            >
              {t.proposals.accept}
              <span className="visually-hidden"> {match.placementTitle}</span>
            </button>
            <button
              type="button"
              className="button button--secondary"
              aria-expanded="false"
              disabled={busy}
              ref={declineRef}
              onClick={() => setDeclining(true)}
            >
              {t.proposals.decline}
              <span className="visually-hidden"> {match.placementTitle}</span>
            </button>
          </div>
        ))}
    </article>
  );
}
