import { Hono } from 'hono';
import { suggestAssignment } from '#shared/domain/matching/index';
import { BatchRequest } from '#shared/schemas/matching';
import { auditReads } from '../audit.ts';
import type { AppEnv } from '../env.ts';
import { authenticate, requireRole, staffRoles } from '../middleware/auth.ts';
import { openPlacements, tenantWeights, waitingParticipants } from '../services/matching-sets.ts';
import { validate } from '../validation.ts';

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
