import { isOpenMatch } from '#shared/domain/match-lifecycle';
import { api } from '../../api/client.ts';
import { readBody } from '../../api/problem.ts';
import { isStaffMatch, type Match } from '../../api/types.ts';

/** The open proposals of a participant or a placement, by the other side's id, so they are not proposed twice. */
export async function openProposals(
  query: { participantId: string } | { placementId: string },
): Promise<Map<string, Match>> {
  const { items } = await readBody(api.v1.matches.$get({ query: { ...query, limit: '100' } }));
  const open = items.filter(isStaffMatch).filter((match) => isOpenMatch(match.status));
  return new Map(
    open.map((match) => ['participantId' in query ? match.placementId : match.participantId, match]),
  );
}
