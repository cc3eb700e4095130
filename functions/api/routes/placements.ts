import { Hono } from 'hono';
import { ConflictError, StaleVersionError } from '#shared/db/errors';
import { getEmployer } from '#shared/db/repositories/employers';
import { getPlacement, listPlacements, savePlacement } from '#shared/db/repositories/placements';
import { rankCandidates } from '#shared/domain/matching/index';
import { applyPlacementPatch } from '#shared/domain/placement-status';
import { isUnchanged } from '#shared/domain/unchanged';
import { ListQuery } from '#shared/schemas/common';
import { RankQuery } from '#shared/schemas/matching';
import type { Participant } from '#shared/schemas/participant';
import { type Placement, PlacementListQuery, PlacementPatch } from '#shared/schemas/placement';
import { auditReads } from '../audit.ts';
import type { Principal } from '../auth/principal.ts';
import type { AppEnv } from '../env.ts';
import { conflict, notFound, preconditionFailed, unprocessable } from '../errors.ts';
import { cursorScope, etagOf, expectedVersion, listBody, startKeyFrom } from '../http.ts';
import { authenticate, isStaff, requireRole, staffRoles } from '../middleware/auth.ts';
import { employerNotActive } from '../services/employers.ts';
import { tenantWeights, waitingParticipants } from '../services/matching-sets.ts';
import { assertKnownSectors } from '../services/sectors.ts';
import { validate } from '../validation.ts';
import { IdParam } from './params.ts';

async function visiblePlacement(principal: Principal, placementId: string): Promise<Placement> {
  const placement = await getPlacement(principal.tenant, placementId);
  if (!placement || (!isStaff(principal.role) && placement.employerId !== principal.employerId)) {
    throw notFound('Placement');
  }
  return placement;
}

export const placementRoutes = new Hono<AppEnv>()
  .use(authenticate)
  .get('/', validate('query', ListQuery.extend(PlacementListQuery.shape)), async (c) => {
    const principal = c.var.principal;
    const { limit, cursor, ...query } = c.req.valid('query');
    await assertKnownSectors(principal.tenant, { 'query.sector': query.sector });
    if (!isStaff(principal.role) && !principal.employerId) return c.json({ items: [] as Placement[] }, 200);
    // Employers list their own placements whatever they ask for.
    const filter = isStaff(principal.role) ? query : { ...query, employerId: principal.employerId };
    const scope = cursorScope(c, 'placements', filter);
    const page = await listPlacements(principal.tenant, filter, {
      limit,
      startKey: await startKeyFrom(c, scope, cursor),
    });
    return c.json(await listBody(c, scope, page), 200);
  })
  .get('/:id', validate('param', IdParam), async (c) => {
    const placement = await visiblePlacement(c.var.principal, c.req.valid('param').id);
    c.header('ETag', etagOf(placement.version));
    return c.json(placement, 200);
  })
  .get(
    '/:id/candidates',
    requireRole(...staffRoles),
    validate('param', IdParam),
    validate('query', RankQuery),
    async (c) => {
      const tenant = c.var.principal.tenant;
      const placement = await visiblePlacement(c.var.principal, c.req.valid('param').id);
      const employer = await getEmployer(tenant, placement.employerId);
      if (employer?.status !== 'active') {
        throw conflict(
          'The employer is not active; its placements are out of matching.',
          [
            {
              field: 'id',
              message: 'Arbetsgivaren är pausad eller inte verifierad, så platsen matchas inte just nu.',
            },
          ],
          'employer.not_active',
        );
      }
      const { includeExcluded, limit } = c.req.valid('query');
      const [participants, weights] = await Promise.all([waitingParticipants(tenant), tenantWeights(tenant)]);
      const ranking = rankCandidates(placement, participants, { weights, includeExcluded, limit });
      const shown = [...ranking.ranked, ...ranking.excluded].map(({ participant }) => participant.id);
      await auditReads(c, shown, 'placement.candidates.read', placement.id);
      const person = (participant: Participant) => ({
        id: participant.id,
        firstName: participant.firstName,
        lastName: participant.lastName,
        stage: participant.stage,
        supportLevel: participant.supportLevel,
        coachId: participant.coachId,
      });
      return c.json(
        {
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
        200,
      );
    },
  )
  .patch('/:id', validate('param', IdParam), validate('json', PlacementPatch), async (c) => {
    const principal = c.var.principal;
    const current = await visiblePlacement(principal, c.req.valid('param').id);
    const version = expectedVersion(c, current.version);
    const patch = c.req.valid('json');
    await assertKnownSectors(principal.tenant, { sector: patch.sector });
    const change = applyPlacementPatch(current, patch, new Date());
    if (!change.ok) throw unprocessable(change.reason, [{ field: change.field, message: change.reason }]);
    if (isUnchanged(current, change.placement)) {
      c.header('ETag', etagOf(current.version));
      return c.json(current, 200);
    }
    const saved = await savePlacement(principal.tenant, change.placement, version).catch((error) => {
      if (error instanceof StaleVersionError) return Promise.reject(preconditionFailed());
      if (error instanceof ConflictError) {
        return Promise.reject(conflict(error.message, [{ field: 'status', message: employerNotActive }]));
      }
      return Promise.reject(error);
    });
    c.header('ETag', etagOf(saved.version));
    return c.json(saved, 200);
  });
