import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ApiError, readBody } from '../../api/problem.ts';
import type { Match, RankedCandidates } from '../../api/types.ts';
import { useLoad } from '../../api/useLoad.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ExclusionReasons, ScoreReasons } from '../../components/Reasons.tsx';
import { ScoreBar } from '../../components/ScoreBar.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { NotFoundPage } from '../../pages/NotFoundPage.tsx';
import { Link } from '../../router/router.tsx';
import { fullName } from '../participants/load-participant.ts';
import { ExcludedToggle } from './ExcludedToggle.tsx';
import { openProposals } from './open-proposals.ts';
import { PlacementBrief } from './PlacementBrief.tsx';
import { ProposePanel } from './ProposePanel.tsx';

async function loadCandidates(placementId: string) {
  try {
    const [placement, ranking, proposals] = await Promise.all([
      readBody(api.v1.placements[':id'].$get({ param: { id: placementId } })),
      readBody(
        api.v1.placements[':id'].candidates.$get({
          param: { id: placementId },
          query: { includeExcluded: 'true' },
        }),
      ),
      openProposals({ placementId }),
    ]);
    return { placement, ranking, proposals };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return undefined;
    throw error;
  }
}

type Person = RankedCandidates['items'][number]['participant'];

function PersonFacts({ person }: { person: Person }) {
  const { t } = useI18n();
  return (
    <p className="person-facts">
      <StatusBadge status="stage" label={t.stages[person.stage]} />{' '}
      {t.candidates.supportLevel(person.supportLevel)}
    </p>
  );
}

/** The waiting participants ranked for one placement, reached from the coach's placement list. */
export function CandidatesPage({ placementId }: { placementId: string }) {
  const { t } = useI18n();
  const { state, reload } = useLoad(`candidates-${placementId}`, () => loadCandidates(placementId));
  const [proposed, setProposed] = useState(new Map<string, Match>());
  if (state.status === 'ready' && !state.data) return <NotFoundPage />;
  const placement = state.status === 'ready' ? state.data?.placement : undefined;

  return (
    <>
      <PageHeading title={placement ? t.candidates.title(placement.title) : t.candidates.link} />
      <LoadState state={state} reload={reload}>
        {(data) => {
          if (!data) return null;
          const { ranking, proposals } = data;
          const excluded = ranking.excluded ?? [];
          return (
            <>
              <p>
                <Link to="/placements">{t.candidates.back}</Link>
              </p>
              <p className="lead">{t.candidates.intro}</p>
              <PlacementBrief placement={data.placement} />
              <p role="status" className="result-count">
                {t.candidates.count(ranking.items.length)}
              </p>
              {ranking.items.length === 0 && <p>{t.candidates.none}</p>}
              <ol className="card-list" aria-label={t.candidates.title(data.placement.title)}>
                {ranking.items.map(({ participant, score, reasons }) => {
                  const open = proposals.get(participant.id);
                  return (
                    <li key={participant.id}>
                      <article className="card" aria-labelledby={`candidate-${participant.id}`}>
                        <div className="card__header">
                          <h2 id={`candidate-${participant.id}`}>
                            <Link to={`/participants/${participant.id}`}>{fullName(participant)}</Link>
                          </h2>
                        </div>
                        <PersonFacts person={participant} />
                        <ScoreBar score={score} />
                        <ScoreReasons reasons={reasons} level={3} />
                        <ProposePanel
                          target={{
                            participantId: participant.id,
                            firstName: participant.firstName,
                            placementId: data.placement.id,
                            placementTitle: data.placement.title,
                            employerName: data.placement.employerName,
                          }}
                          context={fullName(participant)}
                          existing={
                            open && !proposed.has(participant.id) ? t.matchStatus[open.status] : undefined
                          }
                          level={3}
                          onProposed={(match) => setProposed(new Map(proposed).set(participant.id, match))}
                        />
                      </article>
                    </li>
                  );
                })}
              </ol>
              <ExcludedToggle
                count={excluded.length}
                showLabel={t.candidates.showExcluded(excluded.length)}
                hideLabel={t.candidates.hideExcluded}
                title={t.candidates.excludedTitle}
                intro={t.candidates.excludedIntro}
              >
                <ul className="card-list">
                  {excluded.map(({ participant, reasons }) => (
                    <li key={participant.id}>
                      <article className="card card--muted" aria-labelledby={`excluded-${participant.id}`}>
                        <h3 id={`excluded-${participant.id}`}>
                          <Link to={`/participants/${participant.id}`}>{fullName(participant)}</Link>
                        </h3>
                        <PersonFacts person={participant} />
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
