import { listInterests } from '#shared/db/repositories/placement-interests';
import { getPlacement } from '#shared/db/repositories/placements';
import { easyReasons, interestState } from '#shared/domain/easy-read';
import { fitWords } from '#shared/domain/matching/fit';
import type { EasyReadView, PlacementInterestView } from '#shared/schemas/easy-read';
import type { Participant } from '#shared/schemas/participant';
import { placementRanking } from './rankings.ts';

/** The participant's own view shows the few best placements: five cards are enough to talk about. */
export const easyReadCount = 5;

/**
 * The participant's own view, projected on the server from the same ranking the coach's
 * matching page reads: the best placements that are not excluded, each with a band of
 * words and a few plain reasons. The score and the points stay here, so the screen the
 * participant looks at never holds a number that ranks them.
 */
export async function easyReadView(tenant: string, participant: Participant): Promise<EasyReadView> {
  const [ranking, interests] = await Promise.all([
    placementRanking(tenant, participant, { includeExcluded: false, limit: easyReadCount }),
    listInterests(tenant, participant.id),
  ]);
  const marked = new Set(interests.map((interest) => interest.placementId));
  return {
    participant: { id: participant.id, firstName: participant.firstName },
    items: ranking.items.map(({ placement, score, reasons }) => ({
      placementId: placement.id,
      title: placement.title,
      employerName: placement.employerName,
      area: placement.location.area,
      startDate: placement.startDate,
      description: placement.description,
      sector: placement.sector,
      tasks: placement.tasks,
      fit: fitWords(score),
      reasons: easyReasons(reasons),
      interested: marked.has(placement.id),
    })),
  };
}

/** The participant's marked interests with each placement's state now (`gone` when it no longer exists). */
export async function interestViews(tenant: string, participantId: string): Promise<PlacementInterestView[]> {
  const interests = await listInterests(tenant, participantId);
  const placements = await Promise.all(
    interests.map((interest) => getPlacement(tenant, interest.placementId)),
  );
  return interests
    .map((interest, index) => ({ ...interest, placementState: interestState(placements[index]) }))
    .sort((a, b) => b.markedAt.localeCompare(a.markedAt));
}
