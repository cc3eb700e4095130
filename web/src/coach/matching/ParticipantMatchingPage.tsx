import { useState } from 'react';
import { api } from '../../api/client.ts';
import { readBody } from '../../api/problem.ts';
import type { Match } from '../../api/types.ts';
import { useLoad } from '../../api/useLoad.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ExclusionReasons, ScoreReasons } from '../../components/Reasons.tsx';
import { ScoreBar } from '../../components/ScoreBar.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { NotFoundPage } from '../../pages/NotFoundPage.tsx';
import { Link } from '../../router/router.tsx';
import { fullName, loadParticipant } from '../participants/load-participant.ts';
import { ExcludedToggle } from './ExcludedToggle.tsx';
import { openProposals } from './open-proposals.ts';
import { PlacementBrief } from './PlacementBrief.tsx';
import { ProposePanel } from './ProposePanel.tsx';

async function loadMatching(participantId: string) {
  const existing = await loadParticipant(participantId);
  if (!existing) return undefined;
  const [ranking, proposals] = await Promise.all([
    readBody(
      api.v1.participants[':id'].matches.$get({
        param: { id: participantId },
        query: { includeExcluded: 'true' },
      }),
    ),
    openProposals({ participantId }),
  ]);
  return { participant: existing.participant, ranking, proposals };
}

/** "Matchande platser": the open placements ranked for one participant, with the reasons. */
export function ParticipantMatchingPage({ participantId }: { participantId: string }) {
  const { t } = useI18n();
  const { state, reload } = useLoad(`participant-matching-${participantId}`, () =>
    loadMatching(participantId),
  );
  const [proposed, setProposed] = useState(new Map<string, Match>());
  if (state.status === 'ready' && !state.data) return <NotFoundPage />;
  const participant = state.status === 'ready' ? state.data?.participant : undefined;

  return (
    <>
      <PageHeading
        title={participant ? t.matching.title(fullName(participant)) : t.participant.matchingLink}
      />
      <LoadState state={state} reload={reload}>
        {(data) => {
          if (!data) return null;
          const { ranking, proposals } = data;
          const excluded = ranking.excluded ?? [];
          return (
            <>
              <p>
                <Link to={`/participants/${data.participant.id}`}>
                  {t.matching.back(fullName(data.participant))}
                </Link>
              </p>
              <p className="lead">{t.matching.intro}</p>
              <p role="status" className="result-count">
                {t.matching.count(ranking.items.length)}
              </p>
              {ranking.items.length === 0 && <p>{t.matching.none}</p>}
              <ol className="card-list" aria-label={t.participant.matchingLink}>
                {ranking.items.map(({ placement, score, reasons }) => {
                  const open = proposals.get(placement.id) ?? proposed.get(placement.id);
                  return (
                    <li key={placement.id}>
                      <article className="card" aria-labelledby={`placement-${placement.id}`}>
                        <div className="card__header">
                          <h2 id={`placement-${placement.id}`}>{placement.title}</h2>
                        </div>
                        <ScoreBar score={score} />
                        <PlacementBrief placement={placement} />
                        <ScoreReasons reasons={reasons} level={3} />
                        <ProposePanel
                          target={{
                            participantId: data.participant.id,
                            firstName: data.participant.firstName,
                            placementId: placement.id,
                            placementTitle: placement.title,
                            employerName: placement.employerName,
                            profileConsentSince: data.participant.consent.sharedSummary
                              ? data.participant.consent.givenAt
                              : undefined,
                          }}
                          context={placement.title}
                          existing={
                            open && !proposed.has(placement.id) ? t.matchStatus[open.status] : undefined
                          }
                          level={3}
                          onProposed={(match) => setProposed(new Map(proposed).set(placement.id, match))}
                        />
                      </article>
                    </li>
                  );
                })}
              </ol>
              <ExcludedToggle
                count={excluded.length}
                showLabel={t.matching.showExcluded(excluded.length)}
                hideLabel={t.matching.hideExcluded}
                title={t.matching.excludedTitle}
                intro={t.matching.excludedIntro}
              >
                <ul className="card-list">
                  {excluded.map(({ placement, reasons }) => (
                    <li key={placement.id}>
                      <article className="card card--muted" aria-labelledby={`excluded-${placement.id}`}>
                        <h3 id={`excluded-${placement.id}`}>{placement.title}</h3>
                        <PlacementBrief placement={placement} />
                        <ExclusionReasons reasons={reasons} level={4} />
                      </article>
                    </li>
                  ))}
                </ul>
              </ExcludedToggle>
            </>
          );
        }}
      </LoadState>
    </>
  );
}
