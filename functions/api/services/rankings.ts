import { getMatchingState, type MatchingState } from '#shared/db/repositories/matching-state';
import { rankCandidates, rankPlacements } from '#shared/domain/matching/index';
import type { Participant } from '#shared/schemas/participant';
import type { Placement } from '#shared/schemas/placement';
import type { CandidatePerson, CandidateRanking, PlacementRanking } from '#shared/schemas/ranking';
import { problem } from '../errors.ts';
import {
  employerMatched,
  matchingContextOf,
  placementsInMatching,
  waitingParticipants,
} from './matching-sets.ts';

interface RankOptions {
  includeExcluded: boolean;
  limit: number;
}

/** A paused or unverified employer's placements are out of matching: 409, not an empty ranking. */
async function assertInMatching(tenant: string, state: MatchingState): Promise<void> {
  if (await employerMatched(tenant, state)) return;
  throw problem('employer.not_active', [
    {
      field: 'id',
      message: {
        sv: 'Arbetsgivaren är pausad eller inte verifierad, så platsen matchas inte just nu.',
        en: 'The employer is paused or not verified, so the placement is not matched right now.',
      },
    },
  ]);
}

const person = (participant: Participant): CandidatePerson => ({
  id: participant.id,
  firstName: participant.firstName,
  lastName: participant.lastName,
  stage: participant.stage,
  supportLevel: participant.supportLevel,
  coachId: participant.coachId,
});

/** Waiting participants ranked for a placement, and the ids of everyone the answer shows. */
export async function candidateRanking(
  tenant: string,
  placement: Placement,
  { includeExcluded, limit }: RankOptions,
): Promise<{ ranking: CandidateRanking; shown: string[] }> {
  // The settings, the paused set and the placement's employer in one read, before the ranking's Queries.
  const state = await getMatchingState(tenant, { employerId: placement.employerId });
  await assertInMatching(tenant, state);
  const participants = await waitingParticipants(tenant);
  const context = matchingContextOf(state.settings);
  const ranking = rankCandidates(placement, participants, { ...context, includeExcluded, limit });
  return {
    shown: [...ranking.ranked, ...ranking.excluded].map(({ participant }) => participant.id),
    ranking: {
      items: ranking.ranked.map(({ participant, score, reasons }) => ({
        participant: person(participant),
        score,
        reasons,
      })),
      eligibleCount: ranking.eligibleCount,
      ...(includeExcluded
        ? {
            excluded: ranking.excluded.map(({ participant, reasons }) => ({
              participant: person(participant),
              reasons,
            })),
          }
        : {}),
    },
  };
}

/** Open placements ranked for a participant. */
export async function placementRanking(
  tenant: string,
  participant: Participant,
  { includeExcluded, limit }: RankOptions,
  /** The tenant's matching state when the caller has read it already (with the participant). */
  known?: MatchingState,
): Promise<PlacementRanking> {
  const { placements, context } = await placementsInMatching(tenant, known);
  const ranking = rankPlacements(participant, placements, { ...context, includeExcluded, limit });
  return {
    items: ranking.ranked.map(({ placement, score, reasons }) => ({ placement, score, reasons })),
    eligibleCount: ranking.eligibleCount,
    ...(includeExcluded
      ? { excluded: ranking.excluded.map(({ placement, reasons }) => ({ placement, reasons })) }
      : {}),
  };
}
