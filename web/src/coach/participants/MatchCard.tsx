import { useRef, useState } from 'react';
import { hasConsent } from '#shared/domain/employer-view';
import { fitSentence } from '#shared/domain/matching/fit';
import type { MatchPatch } from '#shared/schemas/match';
import { changeMatch, isNoSeat } from '../../api/matches.ts';
import { ApiError, isSignedOut } from '../../api/problem.ts';
import { isStaffMatch, type Match, type Placement } from '../../api/types.ts';
import { ActionNotice } from '../../components/ActionNotice.tsx';
import { Fact } from '../../components/Fact.tsx';
import { formatDate, formatTimestamp } from '../../components/format.ts';
import { matchBadgeLabel } from '../../components/match-badge.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { problemText } from '../../forms/server-problems.ts';
import { type ActionMessage, useI18n } from '../../i18n/I18nProvider.tsx';
import { useVocabulary } from '../../vocabulary/VocabularyProvider.tsx';
import { ActionPanel, type Panel, panelsFor } from './MatchActions.tsx';

interface MatchCardProps {
  /** Whether the profile's own consent lets an employer see a summary (both consents are needed). */
  profileShares: boolean;
  match: Match;
  placement: Placement | undefined;
  /** After a change: the saved match (the page reads the placement again for its seats). */
  onChanged: (match: Match) => Promise<void>;
  /** Someone else changed the match: read the list again. */
  onStale: () => void;
}

/** One proposal of the participant, its status and the steps the coach may take next. */
export function MatchCard({ match, placement, profileShares, onChanged, onStale }: MatchCardProps) {
  const { t, lang } = useI18n();
  const { words } = useVocabulary();
  const [panel, setPanel] = useState<Panel>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage>();
  const buttonRefs = useRef(new Map<string, HTMLButtonElement>());
  const title = match.placementTitle;
  const shared = hasConsent(match);

  const save = async (patch: MatchPatch, success: ActionMessage['text']) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const saved = await changeMatch(match, patch);
      if (!isStaffMatch(saved)) throw new Error('Expected the whole match');
      setPanel(undefined);
      await onChanged(saved);
      setMessage({ kind: 'success', text: success });
    } catch (error) {
      if (isSignedOut(error)) return;
      if (error instanceof ApiError && error.status === 412) {
        setMessage({ kind: 'error', text: (t) => t.matches.stale });
        onStale();
      } else if (isNoSeat(error)) {
        setMessage({ kind: 'error', text: (t) => t.matches.noSeat });
      } else {
        setMessage({ kind: 'error', text: (t, lang) => problemText(error, t, lang) });
      }
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    const opened = panel;
    setPanel(undefined);
    requestAnimationFrame(() => opened && buttonRefs.current.get(opened)?.focus());
  };

  const labels: Record<Panel, string> = {
    accepted: t.matches.answeredYes,
    declined: t.matches.answeredNo,
    started: t.matches.start,
    completed: t.matches.complete,
    cancelled: match.status === 'started' ? t.matches.cancelStarted : t.matches.cancel,
  };
  const panels = panelsFor(match.status);
  // The employer's answer as a coach recorded it for them: who answered, how and when.
  const answer = match.history.findLast((event) => event.onBehalf)?.onBehalf;

  return (
    <article className="card" aria-labelledby={`match-${match.id}`}>
      <div className="card__header">
        <h3 id={`match-${match.id}`}>{title}</h3>
        <StatusBadge status={match.status} label={matchBadgeLabel(match, t, lang)} />
      </div>
      <dl className="facts">
        {placement && (
          <>
            <Fact label={t.placement.labels.employer}>{placement.employerName}</Fact>
            <Fact label={t.placement.labels.seats}>
              {t.placement.seats(placement.seatsTaken, placement.seats)}
            </Fact>
          </>
        )}
        <Fact label={t.score.label}>{fitSentence(match.score)[lang]}</Fact>
        <Fact label={t.matchStatus.proposed}>{formatTimestamp(match.createdAt, lang)}</Fact>
        {match.startDate && <Fact label={t.placement.labels.start}>{formatDate(match.startDate, lang)}</Fact>}
        {match.outcome && <Fact label={t.matchStatus.completed}>{words.matchOutcomes[match.outcome]}</Fact>}
        {match.declineReason && (
          <Fact label={t.matchStatus.declined}>{t.matches.declineReason(match.declineReason)}</Fact>
        )}
        {answer && (
          <Fact label={t.matches.answerChannel}>
            {t.matches.answeredBy(answer.person, t.matches.answerChannels[answer.channel])}{' '}
            {formatDate(answer.date, lang)}
          </Fact>
        )}
        <Fact label={t.participant.labels.consent}>
          {shared
            ? profileShares
              ? t.matches.consentShared
              : t.matches.consentNotInProfile
            : t.matches.consentNotShared}
        </Fact>
      </dl>
      <ActionNotice message={message} />
      {panel ? (
        <ActionPanel
          match={match}
          panel={panel}
          busy={busy}
          onSave={(patch) =>
            save(patch, (t) => t.matches.saved(title, t.matchStatus[patch.status ?? match.status]))
          }
          onClose={close}
        />
      ) : (
        panels.length > 0 && (
          <div className="actions">
            {panels.map((option) => (
              <button
                key={option}
                type="button"
                className={option === 'cancelled' ? 'button button--secondary' : 'button'}
                aria-expanded="false"
                disabled={busy}
                onClick={() => setPanel(option)}
                ref={(element) => {
                  if (element) buttonRefs.current.set(option, element);
                }}
              >
                {labels[option]}
                <span className="visually-hidden"> {title}</span>
              </button>
            ))}
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() =>
                save({ consentToShare: !shared }, (t) =>
                  shared ? t.matches.consentRevoked : t.matches.consentSaved,
                )
              }
            >
              {shared ? t.matches.revokeConsent : t.matches.shareConsent}
              <span className="visually-hidden"> {title}</span>
            </button>
          </div>
        )
      )}
    </article>
  );
}
