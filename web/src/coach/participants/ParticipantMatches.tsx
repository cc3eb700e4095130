import { stepMovesStage } from '#shared/domain/match-change';
import { api } from '../../api/client.ts';
import { ApiError, readBody } from '../../api/problem.ts';
import { isStaffMatch, type Match, type Placement } from '../../api/types.ts';
import { useLoad } from '../../api/useLoad.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { MatchCard } from './MatchCard.tsx';

async function loadPlacement(id: string): Promise<Placement | undefined> {
  try {
    return await readBody(api.v1.placements[':id'].$get({ param: { id } }));
  } catch (error) {
    // A placement that is gone still leaves its match to show.
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** The participant's proposals, newest first, each with its placement for the seats. */
export async function loadParticipantMatches(participantId: string) {
  const { items } = await readBody(api.v1.matches.$get({ query: { participantId, limit: '100' } }));
  const matches = items.filter(isStaffMatch).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const ids = [...new Set(matches.map((match) => match.placementId))];
  const placements = await Promise.all(ids.map(loadPlacement));
  return { matches, placements: new Map(ids.map((id, index) => [id, placements[index]])) };
}

/** The participant's proposals to employers, with the lifecycle steps the coach may take. */
export function ParticipantMatches({
  participantId,
  profileShares,
  onStageMayChange,
}: {
  participantId: string;
  /** The profile's consent to a summary, which every proposal's own consent depends on. */
  profileShares: boolean;
  /** Starting or completing a placement can move the participant to another stage. */
  onStageMayChange: () => void;
}) {
  const { t } = useI18n();
  const { state, reload, replace } = useLoad(`participant-matches-${participantId}`, () =>
    loadParticipantMatches(participantId),
  );

  const changed = async (saved: Match) => {
    if (state.status !== 'ready') return;
    // Seats follow the match: read the placement again to show them as they are now.
    const placement = await loadPlacement(saved.placementId).catch(() =>
      state.data.placements.get(saved.placementId),
    );
    replace({
      matches: state.data.matches.map((match) => (match.id === saved.id ? saved : match)),
      placements: new Map(state.data.placements).set(saved.placementId, placement),
    });
    if (stepMovesStage(saved)) onStageMayChange();
  };

  // Read the list again without unmounting the cards, so the card's message ("someone else
  // changed it") stays where the coach is.
  const refresh = () => {
    loadParticipantMatches(participantId).then(replace, () => undefined);
  };

  return (
    <section aria-labelledby="matches-title" className="section">
      <h2 id="matches-title">{t.matches.title}</h2>
      <LoadState state={state} reload={reload}>
        {({ matches, placements }) =>
          matches.length === 0 ? (
            <p>{t.matches.none}</p>
          ) : (
            <ul className="card-list" aria-labelledby="matches-title">
              {matches.map((match) => (
                <li key={match.id}>
                  <MatchCard
                    match={match}
                    placement={placements.get(match.placementId)}
                    profileShares={profileShares}
                    onChanged={changed}
                    onStale={refresh}
                  />
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
