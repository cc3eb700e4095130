import { queryAll } from '#shared/db/page';
import { listEmployers } from '#shared/db/repositories/employers';
import { listParticipants } from '#shared/db/repositories/participants';
import { listPlacements } from '#shared/db/repositories/placements';
import { getTenant } from '#shared/db/repositories/tenants';
import { waitingStages } from '#shared/domain/match-lifecycle';
import {
  batchSize,
  batchTooLarge,
  type MatchingContext,
  suggestAssignment,
} from '#shared/domain/matching/index';
import { type BatchRequest, type BatchSuggestion, defaultWeights } from '#shared/schemas/matching';
import type { Participant } from '#shared/schemas/participant';
import type { Placement } from '#shared/schemas/placement';
import type { Tenant } from '#shared/schemas/tenant';
import { problem } from '../errors.ts';

// The sets matching works on, read the same way by every route that ranks or proposes.

/** What matching needs of the tenant: its weights and the names of the sectors it added. */
export async function tenantMatching(tenant: string): Promise<Required<MatchingContext>> {
  return matchingContextOf(await getTenant(tenant));
}

export function matchingContextOf(stored: Tenant | undefined): Required<MatchingContext> {
  return {
    weights: stored?.matchingWeights ?? defaultWeights,
    sectorNames: Object.fromEntries((stored?.addedSectors ?? []).map((sector) => [sector.id, sector.label])),
  };
}

/**
 * Open placements of active employers: the set matching ranks. A pending employer
 * cannot open a placement; a paused one keeps its placements open (they come back
 * on resume) but they leave matching while it is paused.
 */
export async function openPlacements(tenant: string): Promise<Placement[]> {
  const [placements, paused] = await Promise.all([
    queryAll((page) => listPlacements(tenant, { status: 'open' }, page)),
    queryAll((page) => listEmployers(tenant, { status: 'paused' }, page)),
  ]);
  const pausedIds = new Set(paused.map((employer) => employer.id));
  return placements.filter((placement) => !pausedIds.has(placement.employerId));
}

export async function waitingParticipants(tenant: string): Promise<Participant[]> {
  const byStage = await Promise.all(
    waitingStages.map((stage) => queryAll((page) => listParticipants(tenant, { stage }, page))),
  );
  return byStage.flat();
}

/** The assignment of waiting participants to open seats with the highest total score, for a coach to review. */
export async function batchSuggestion(tenant: string, request: BatchRequest): Promise<BatchSuggestion> {
  const [participants, placements, context] = await Promise.all([
    waitingParticipants(tenant),
    openPlacements(tenant),
    tenantMatching(tenant),
  ]);
  const wantedPeople = request.participantIds ? new Set(request.participantIds) : undefined;
  const wantedPlaces = request.placementIds ? new Set(request.placementIds) : undefined;
  const people = wantedPeople ? participants.filter((p) => wantedPeople.has(p.id)) : participants;
  const places = wantedPlaces ? placements.filter((p) => wantedPlaces.has(p.id)) : placements;
  // Refused before the work: a tenant with everyone waiting would otherwise hold the Lambda.
  if (batchTooLarge(batchSize(people, places))) throw problem('matching.batch_too_large');
  const suggestion = suggestAssignment(people, places, { ...context, threshold: request.threshold });
  return {
    pairs: suggestion.pairs.map((pair) => ({
      participantId: pair.participant.id,
      placementId: pair.placement.id,
      score: pair.score,
      reasons: pair.reasons,
    })),
    totalScore: suggestion.totalScore,
    unassignedParticipantIds: suggestion.unassigned.map((participant) => participant.id),
  };
}
