import { Hono } from 'hono';
import { queryAll } from '#shared/db/page';
import { listParticipants } from '#shared/db/repositories/participants';
import { listPlacements } from '#shared/db/repositories/placements';
import { getTenant } from '#shared/db/repositories/tenants';
import { waitingStages } from '#shared/domain/match-lifecycle';
import { suggestAssignment } from '#shared/domain/matching/index';
import { BatchRequest, defaultWeights, type MatchingWeights } from '#shared/schemas/matching';
import type { Participant } from '#shared/schemas/participant';
import type { Placement } from '#shared/schemas/placement';
import { auditReads } from '../audit.ts';
import type { AppEnv } from '../env.ts';
import { authenticate, requireRole, staffRoles } from '../middleware/auth.ts';
import { validate } from '../validation.ts';

export async function tenantWeights(tenant: string): Promise<MatchingWeights> {
  return (await getTenant(tenant))?.matchingWeights ?? defaultWeights;
}

/** Open placements, the set matching ranks; pending employers cannot open placements. */
export const openPlacements = (tenant: string): Promise<Placement[]> =>
  queryAll((page) => listPlacements(tenant, { status: 'open' }, page));

export async function waitingParticipants(tenant: string): Promise<Participant[]> {
  const byStage = await Promise.all(
    waitingStages.map((stage) => queryAll((page) => listParticipants(tenant, { stage }, page))),
  );
  return byStage.flat();
}

export const matchingRoutes = new Hono<AppEnv>()
  .use(authenticate, requireRole(...staffRoles))
  .post('/batch', validate('json', BatchRequest), async (c) => {
    const tenant = c.var.principal.tenant;
    const request = c.req.valid('json');
    const [participants, placements, weights] = await Promise.all([
      waitingParticipants(tenant),
      openPlacements(tenant),
      tenantWeights(tenant),
    ]);
    const wantedPeople = request.participantIds ? new Set(request.participantIds) : undefined;
    const wantedPlaces = request.placementIds ? new Set(request.placementIds) : undefined;
    const suggestion = suggestAssignment(
      wantedPeople ? participants.filter((p) => wantedPeople.has(p.id)) : participants,
      wantedPlaces ? placements.filter((p) => wantedPlaces.has(p.id)) : placements,
      { weights, threshold: request.threshold },
    );
    await auditReads(
      c,
      suggestion.pairs.map((pair) => pair.participant.id),
      'participant.matches.read',
      'batch suggestion',
    );
    return c.json(
      {
        pairs: suggestion.pairs.map((pair) => ({
          participantId: pair.participant.id,
          placementId: pair.placement.id,
          score: pair.score,
          reasons: pair.reasons,
        })),
        totalScore: suggestion.totalScore,
        unassignedParticipantIds: suggestion.unassigned.map((participant) => participant.id),
      },
      200,
    );
  });
