import { queryAll } from '#shared/db/page';
import { listEmployers } from '#shared/db/repositories/employers';
import { getMatchingState, type MatchingState } from '#shared/db/repositories/matching-state';
import { listParticipants } from '#shared/db/repositories/participants';
import { foldPausedEmployers, type PausedEmployers } from '#shared/db/repositories/paused-employers';
import { listPlacements } from '#shared/db/repositories/placements';
import { getTenant } from '#shared/db/repositories/tenants';
import { employerInMatching } from '#shared/domain/employer-pause';
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
 * The ids of the tenant's paused employers, from the set read with the tenant
 * (pattern 81). Until employers paused before the set existed are folded into it,
 * the status index (pattern 24) is asked as before and folded in: once per tenant.
 */
async function pausedEmployerIds(tenant: string, stored: PausedEmployers): Promise<ReadonlySet<string>> {
  if (stored.folded) return stored.employerIds;
  const listed = await queryAll((page) => listEmployers(tenant, { status: 'paused' }, page));
  const ids = listed.map((employer) => employer.id);
  // A fold refused (an employer resumed meanwhile) is tried again by a later read.
  await foldPausedEmployers(tenant, ids);
  return new Set([...stored.employerIds, ...ids]);
}

/**
 * Open placements of active employers: the set matching ranks. A pending employer
 * cannot open a placement; a paused one keeps its placements open (they come back
 * on resume) but they leave matching while it is paused.
 */
export async function openPlacements(tenant: string, stored: PausedEmployers): Promise<Placement[]> {
  const [placements, paused] = await Promise.all([
    queryAll((page) => listPlacements(tenant, { status: 'open' }, page)),
    pausedEmployerIds(tenant, stored),
  ]);
  return placements.filter((placement) => employerInMatching(placement.employerId, paused));
}

/**
 * The placements matching ranks and the tenant's settings: one BatchGetItem (unless
 * the caller read the state already), then the open placements' Query.
 */
export async function placementsInMatching(
  tenant: string,
  known?: MatchingState,
): Promise<{ placements: Placement[]; context: Required<MatchingContext> }> {
  const state = known ?? (await getMatchingState(tenant));
  return {
    placements: await openPlacements(tenant, state.paused),
    context: matchingContextOf(state.settings),
  };
}

/** Whether a placement's employer is in matching now: verified, and not in the paused set. */
export async function employerMatched(tenant: string, state: MatchingState): Promise<boolean> {
  const { employer } = state;
  if (!employer || employer.status === 'pending') return false;
  return employerInMatching(employer.id, await pausedEmployerIds(tenant, state.paused));
}

export async function waitingParticipants(tenant: string): Promise<Participant[]> {
  const byStage = await Promise.all(
    waitingStages.map((stage) => queryAll((page) => listParticipants(tenant, { stage }, page))),
  );
  return byStage.flat();
}

/** The assignment of waiting participants to open seats with the highest total score, for a coach to review. */
export async function batchSuggestion(tenant: string, request: BatchRequest): Promise<BatchSuggestion> {
  const [participants, { placements, context }] = await Promise.all([
    waitingParticipants(tenant),
    placementsInMatching(tenant),
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
