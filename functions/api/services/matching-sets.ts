import { queryAll } from '#shared/db/page';
import { listEmployers } from '#shared/db/repositories/employers';
import { listParticipants } from '#shared/db/repositories/participants';
import { listPlacements } from '#shared/db/repositories/placements';
import { getTenant } from '#shared/db/repositories/tenants';
import { waitingStages } from '#shared/domain/match-lifecycle';
import { defaultWeights, type MatchingWeights } from '#shared/schemas/matching';
import type { Participant } from '#shared/schemas/participant';
import type { Placement } from '#shared/schemas/placement';

// The sets matching works on, read the same way by every route that ranks or proposes.

export async function tenantWeights(tenant: string): Promise<MatchingWeights> {
  return (await getTenant(tenant))?.matchingWeights ?? defaultWeights;
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
