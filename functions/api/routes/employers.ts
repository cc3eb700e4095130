import { $ } from '@hono/zod-openapi';
import { StaleVersionError } from '#shared/db/errors';
import { createEmployer, getEmployer, listEmployers, saveEmployer } from '#shared/db/repositories/employers';
import { createPlacement, renameEmployerOnPlacements } from '#shared/db/repositories/placements';
import { employerDisplayName } from '#shared/domain/employer-unit';
import { isUnchanged } from '#shared/domain/unchanged';
import { IdParam, ListQuery, listOf } from '#shared/schemas/common';
import { Employer, EmployerCreate, EmployerListQuery, EmployerPatch } from '#shared/schemas/employer';
import { Placement, PlacementCreate } from '#shared/schemas/placement';
import { problem, storeProblem } from '../errors.ts';
import { cursorScope, etagOf, expectedVersion, listBody, startKeyFrom } from '../http.ts';
import { authenticate, isStaff, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { visibleEmployer } from '../services/employers.ts';
import { assertKnownSectors } from '../services/sectors.ts';

const tag = 'Employers';
const everyone = [...staffRoles, 'employer' as const];

const register = apiRoute({
  method: 'post',
  path: '/',
  tag,
  summary: 'Register an employer (self-registration stays pending until a coach verifies it)',
  roles: everyone,
  idempotent: true,
  etag: true,
  problems: [409],
  request: { body: jsonRequest(EmployerCreate) },
  responses: { 201: json('Registered', Employer) },
});

const list = apiRoute({
  method: 'get',
  path: '/',
  tag,
  summary: 'List employers (staff: the tenant’s, pending first; employer: its own)',
  roles: everyone,
  request: { query: ListQuery.extend(EmployerListQuery.shape) },
  responses: { 200: json('A page of employers', listOf(Employer)) },
});

const read = apiRoute({
  method: 'get',
  path: '/{id}',
  tag,
  summary: 'Read an employer',
  roles: everyone,
  etag: true,
  request: { params: IdParam },
  responses: { 200: json('The employer', Employer) },
});

const change = apiRoute({
  method: 'patch',
  path: '/{id}',
  tag,
  summary: 'Change an employer (status only by staff)',
  roles: everyone,
  ifMatch: true,
  etag: true,
  problems: [409],
  request: { params: IdParam, body: jsonRequest(EmployerPatch) },
  responses: { 200: json('The changed employer', Employer) },
});

const addPlacement = apiRoute({
  method: 'post',
  path: '/{id}/placements',
  tag: 'Placements',
  summary: 'Create a placement for the employer (open only when the employer is active)',
  roles: everyone,
  idempotent: true,
  etag: true,
  problems: [409],
  request: { params: IdParam, body: jsonRequest(PlacementCreate) },
  responses: { 201: json('Created', Placement) },
});

const verify = apiRoute({
  method: 'post',
  path: '/{id}/verify',
  tag,
  summary: 'Verify a pending employer',
  roles: staffRoles,
  etag: true,
  problems: [409],
  request: { params: IdParam },
  responses: { 200: json('The verified employer', Employer) },
});

export const employerRoutes = $(apiRoutes().use(authenticate))
  .openapi(register, async (c) => {
    const principal = c.var.principal;
    const selfRegistering = principal.role === 'employer';
    if (selfRegistering && principal.employerId) throw problem('employer.already_registered');
    const body = c.req.valid('json');
    await assertKnownSectors(principal.tenant, { sectors: body.sectors });
    const employer = await createEmployer(principal.tenant, {
      employer: body,
      // A coach who registers an employer has verified it; a self-registered one waits.
      status: selfRegistering ? 'pending' : 'active',
      ...(selfRegistering
        ? { firstUser: { userId: principal.userId, name: principal.name ?? principal.userId } }
        : {}),
      actorId: principal.userId,
    }).catch((error) => {
      throw storeProblem(error);
    });
    c.header('Location', `/v1/employers/${employer.id}`);
    c.header('ETag', etagOf(employer.version));
    return c.json(employer, 201);
  })
  .openapi(list, async (c) => {
    const principal = c.var.principal;
    const { limit, cursor, status } = c.req.valid('query');
    if (!isStaff(principal.role)) {
      const own = principal.employerId
        ? await getEmployer(principal.tenant, principal.employerId)
        : undefined;
      return c.json({ items: own && (!status || own.status === status) ? [own] : [] }, 200);
    }
    const scope = cursorScope(c, 'employers', { status });
    const page = await listEmployers(
      principal.tenant,
      { status },
      { limit, startKey: await startKeyFrom(c, scope, cursor) },
    );
    return c.json(await listBody(c, scope, page), 200);
  })
  .openapi(read, async (c) => {
    const employer = await visibleEmployer(c.var.principal, c.req.valid('param').id);
    c.header('ETag', etagOf(employer.version));
    return c.json(employer, 200);
  })
  .openapi(change, async (c) => {
    const principal = c.var.principal;
    const current = await visibleEmployer(principal, c.req.valid('param').id);
    const version = expectedVersion(c, current.version);
    const patch = c.req.valid('json');
    await assertKnownSectors(principal.tenant, { sectors: patch.sectors }, { kept: current.sectors });
    if (patch.status !== undefined && patch.status !== current.status) {
      if (!isStaff(principal.role)) throw problem('employer.status_by_staff_only');
      if (current.status === 'pending') throw problem('employer.pending');
    }
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    const saved = isUnchanged(current, next)
      ? current
      : await saveEmployer(principal.tenant, next, version, current.status).catch((error) => {
          throw storeProblem(error);
        });
    // Also when the name sent is the one stored: a rename whose request died after
    // saving the employer left old copies, and sending the name again repairs them.
    const renamed = employerDisplayName(saved);
    if (renamed !== employerDisplayName(current) || patch.name !== undefined)
      await renameEmployerOnPlacements(principal.tenant, saved.id, renamed);
    c.header('ETag', etagOf(saved.version));
    return c.json(saved, 200);
  })
  .openapi(addPlacement, async (c) => {
    const principal = c.var.principal;
    const employer = await visibleEmployer(principal, c.req.valid('param').id);
    const body = c.req.valid('json');
    await assertKnownSectors(principal.tenant, { sector: body.sector });
    const placement = await createPlacement(principal.tenant, {
      ...body,
      employerId: employer.id,
      employerName: employerDisplayName(employer),
    }).catch((error) => {
      throw storeProblem(error);
    });
    c.header('Location', `/v1/placements/${placement.id}`);
    c.header('ETag', etagOf(placement.version));
    return c.json(placement, 201);
  })
  .openapi(verify, async (c) => {
    const principal = c.var.principal;
    const current = await visibleEmployer(principal, c.req.valid('param').id);
    if (current.status !== 'pending') throw problem('employer.already_verified');
    const now = new Date().toISOString();
    const saved = await saveEmployer(
      principal.tenant,
      { ...current, status: 'active', verifiedAt: now, verifiedBy: principal.userId, updatedAt: now },
      current.version,
      current.status,
    ).catch((error) => {
      throw error instanceof StaleVersionError ? problem('employer.changed') : error;
    });
    c.header('ETag', etagOf(saved.version));
    return c.json(saved, 200);
  });
