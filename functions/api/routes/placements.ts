import { $ } from '@hono/zod-openapi';
import { getPlacement, listPlacements, savePlacement } from '#shared/db/repositories/placements';
import { checkKindChange } from '#shared/domain/placement-kind';
import { applyPlacementPatch } from '#shared/domain/placement-status';
import { isUnchanged } from '#shared/domain/unchanged';
import { IdParam, ListQuery, listOf } from '#shared/schemas/common';
import { RankQuery } from '#shared/schemas/matching';
import { Placement, PlacementListQuery, PlacementPatch } from '#shared/schemas/placement';
import { CandidateRanking } from '#shared/schemas/ranking';
import { auditReads } from '../audit.ts';
import type { Principal } from '../auth/principal.ts';
import { problem, storeProblem } from '../errors.ts';
import { cursorScope, etagOf, expectedVersion, listBody, startKeyFrom } from '../http.ts';
import { authenticate, isStaff, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { problemFor } from '../refusal.ts';
import { candidateRanking } from '../services/rankings.ts';
import { assertKnownSectors } from '../services/sectors.ts';

const tag = 'Placements';
const everyone = [...staffRoles, 'employer' as const];

async function visiblePlacement(principal: Principal, placementId: string): Promise<Placement> {
  const placement = await getPlacement(principal.tenant, placementId);
  if (!placement || (!isStaff(principal.role) && placement.employerId !== principal.employerId)) {
    throw problem('placement.not_found');
  }
  return placement;
}

const list = apiRoute({
  method: 'get',
  path: '/',
  tag,
  summary: 'List placements by sector and status (employer: its own)',
  roles: everyone,
  request: { query: ListQuery.extend(PlacementListQuery.shape) },
  responses: { 200: json('A page of placements', listOf(Placement)) },
});

const read = apiRoute({
  method: 'get',
  path: '/{id}',
  tag,
  summary: 'Read a placement',
  roles: everyone,
  etag: true,
  request: { params: IdParam },
  responses: { 200: json('The placement', Placement) },
});

const candidates = apiRoute({
  method: 'get',
  path: '/{id}/candidates',
  tag: 'Matching',
  summary: 'Waiting participants ranked for the placement, with reasons (audited)',
  roles: staffRoles,
  problems: [409],
  request: { params: IdParam, query: RankQuery },
  responses: { 200: json('Ranking', CandidateRanking) },
});

const change = apiRoute({
  method: 'patch',
  path: '/{id}',
  tag,
  summary: 'Change a placement; open/closed/draft by request, full follows the seats',
  roles: everyone,
  ifMatch: true,
  etag: true,
  problems: [409, 422],
  request: { params: IdParam, body: jsonRequest(PlacementPatch) },
  responses: { 200: json('The changed placement', Placement) },
});

export const placementRoutes = $(apiRoutes().use(authenticate))
  .openapi(list, async (c) => {
    const principal = c.var.principal;
    const { limit, cursor, ...query } = c.req.valid('query');
    await assertKnownSectors(principal.tenant, { 'query.sector': query.sector }, { anyKnown: true });
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
  .openapi(read, async (c) => {
    const placement = await visiblePlacement(c.var.principal, c.req.valid('param').id);
    c.header('ETag', etagOf(placement.version));
    return c.json(placement, 200);
  })
  .openapi(candidates, async (c) => {
    const tenant = c.var.principal.tenant;
    const placement = await visiblePlacement(c.var.principal, c.req.valid('param').id);
    const { ranking, shown } = await candidateRanking(tenant, placement, c.req.valid('query'));
    await auditReads(c, shown, 'placement.candidates.read', placement.id);
    return c.json(ranking, 200);
  })
  .openapi(change, async (c) => {
    const principal = c.var.principal;
    const current = await visiblePlacement(principal, c.req.valid('param').id);
    const version = expectedVersion(c, current.version);
    const patch = c.req.valid('json');
    await assertKnownSectors(principal.tenant, { sector: patch.sector }, { kept: [current.sector] });
    const kindLocked = checkKindChange(current, patch.kind);
    if (kindLocked) throw problemFor(kindLocked);
    const change = applyPlacementPatch(current, patch, new Date());
    if (!change.ok) throw problemFor(change);
    if (isUnchanged(current, change.placement)) {
      c.header('ETag', etagOf(current.version));
      return c.json(current, 200);
    }
    const saved = await savePlacement(
      principal.tenant,
      change.placement,
      version,
      change.endedPublication,
    ).catch((error) => Promise.reject(storeProblem(error)));
    c.header('ETag', etagOf(saved.version));
    return c.json(saved, 200);
  });
