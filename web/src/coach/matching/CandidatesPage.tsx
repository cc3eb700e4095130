import { api } from '../../api/client.ts';
import { ApiError, readBody } from '../../api/problem.ts';
import type { RankedCandidates } from '../../api/types.ts';
import { useLoad } from '../../api/useLoad.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { NotFoundPage } from '../../pages/NotFoundPage.tsx';
import { Link } from '../../router/router.tsx';
import { fullName } from '../participants/load-participant.ts';
import { openProposals } from './open-proposals.ts';
import { PlacementBrief } from './PlacementBrief.tsx';
import { proposeTarget } from './ProposePanel.tsx';
import { RankedList } from './RankedList.tsx';

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
  if (state.status === 'ready' && !state.data) return <NotFoundPage />;
  const placement = state.status === 'ready' ? state.data?.placement : undefined;

  return (
    <>
      <PageHeading title={placement ? t.candidates.title(placement.title) : t.candidates.link} />
      <LoadState state={state} reload={reload}>
        {(data) => {
          if (!data) return null;
          const { ranking, proposals } = data;
          return (
            <>
              <p>
                <Link to="/placements">{t.candidates.back}</Link>
              </p>
              <p className="lead">{t.candidates.intro}</p>
              <PlacementBrief placement={data.placement} />
              <RankedList
                words={t.candidates}
                label={t.candidates.title(data.placement.title)}
                ranked={ranking.items}
                excluded={ranking.excluded ?? []}
                proposals={proposals}
                idPrefix="candidate"
                idOf={({ participant }) => participant.id}
                heading={({ participant }) => (
                  <Link to={`/participants/${participant.id}`}>{fullName(participant)}</Link>
                )}
                ranks={({ participant }) => ({
                  before: <PersonFacts person={participant} />,
                  target: proposeTarget(participant, data.placement),
                  context: fullName(participant),
                })}
                excludedFacts={({ participant }) => <PersonFacts person={participant} />}
              />
            </>
          );
        }}
      </LoadState>
    </>
  );
}
