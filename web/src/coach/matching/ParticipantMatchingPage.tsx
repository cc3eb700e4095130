import { api } from '../../api/client.ts';
import { readBody } from '../../api/problem.ts';
import { useLoad } from '../../api/useLoad.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { NotFoundPage } from '../../pages/NotFoundPage.tsx';
import { useEasyReadWords } from '../../participant-view/words.ts';
import { Link } from '../../router/router.tsx';
import { fullName, loadParticipant } from '../participants/load-participant.ts';
import { openProposals } from './open-proposals.ts';
import { PlacementBrief } from './PlacementBrief.tsx';
import { proposeTarget } from './ProposePanel.tsx';
import { RankedList } from './RankedList.tsx';

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
  const { w: easyRead } = useEasyReadWords();
  const { state, reload } = useLoad(`participant-matching-${participantId}`, () =>
    loadMatching(participantId),
  );
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
          return (
            <>
              <p>
                <Link to={`/participants/${data.participant.id}`}>
                  {t.matching.back(fullName(data.participant))}
                </Link>
              </p>
              <p>
                <Link to={`/participants/${data.participant.id}/lattlast`}>{easyRead.linkFromStaff}</Link>
              </p>
              <p className="lead">{t.matching.intro}</p>
              <RankedList
                words={t.matching}
                label={t.participant.matchingLink}
                ranked={ranking.items}
                excluded={ranking.excluded ?? []}
                proposals={proposals}
                idPrefix="placement"
                idOf={({ placement }) => placement.id}
                heading={({ placement }) => placement.title}
                ranks={({ placement }) => ({
                  after: <PlacementBrief placement={placement} />,
                  target: proposeTarget(
                    data.participant,
                    placement,
                    data.participant.consent.sharedSummary ? data.participant.consent.givenAt : undefined,
                  ),
                  context: placement.title,
                })}
                excludedFacts={({ placement }) => <PlacementBrief placement={placement} />}
              />
            </>
          );
        }}
      </LoadState>
    </>
  );
}
