import { Hono } from 'hono';
import { ConflictError, StaleVersionError } from '#shared/db/errors';
import { createEmployer, getEmployer, listEmployers, saveEmployer } from '#shared/db/repositories/employers';
import { createPlacement, renameEmployerOnPlacements } from '#shared/db/repositories/placements';
import { isUnchanged } from '#shared/domain/unchanged';
import { ListQuery } from '#shared/schemas/common';
import { type Employer, EmployerCreate, EmployerListQuery, EmployerPatch } from '#shared/schemas/employer';
import { PlacementCreate } from '#shared/schemas/placement';
import type { Principal } from '../auth/principal.ts';
import type { AppEnv } from '../env.ts';
import { conflict, forbidden, notFound, preconditionFailed } from '../errors.ts';
import { cursorScope, etagOf, expectedVersion, listBody, startKeyFrom } from '../http.ts';
import { authenticate, isStaff, requireRole, staffRoles } from '../middleware/auth.ts';
import { idempotent } from '../middleware/idempotency.ts';
import { assertKnownSectors } from '../services/sectors.ts';
import { validate } from '../validation.ts';
import { IdParam } from './params.ts';

export const employerNotActive =
  'Platsen kan öppnas när arbetsgivaren är verifierad. Spara den som utkast så länge.';

/** The employer if the caller may see it; another tenant's or employer's is simply not found. */
export async function visibleEmployer(principal: Principal, employerId: string): Promise<Employer> {
  if (!isStaff(principal.role) && principal.employerId !== employerId) throw notFound('Employer');
  const employer = await getEmployer(principal.tenant, employerId);
  if (!employer) throw notFound('Employer');
  return employer;
}

const orgNumberTaken = (error: unknown) => {
  if (error instanceof ConflictError && error.reason === 'orgNumber') {
    return conflict(error.message, [
      { field: 'orgNumber', message: 'Det här organisationsnumret är redan registrerat.' },
    ]);
  }
  if (error instanceof ConflictError) return conflict(error.message);
  return error;
};

export const employerRoutes = new Hono<AppEnv>()
  .use(authenticate)
  .post('/', idempotent, validate('json', EmployerCreate), async (c) => {
    const principal = c.var.principal;
    const selfRegistering = principal.role === 'employer';
    if (selfRegistering && principal.employerId) throw conflict('You have already registered an employer.');
    const body = c.req.valid('json');
    await assertKnownSectors(principal.tenant, { sectors: body.sectors });
    const employer = await createEmployer(principal.tenant, {
      employer: body,
      // A coach who registers an employer has verified it; a self-registered one waits.
      status: selfRegistering ? 'pending' : 'active',
      ...(selfRegistering ? { linkUserId: principal.userId } : {}),
      actorId: principal.userId,
    }).catch((error) => {
      throw orgNumberTaken(error);
    });
    c.header('Location', `/v1/employers/${employer.id}`);
    c.header('ETag', etagOf(employer.version));
    return c.json(employer, 201);
  })
  .get('/', validate('query', ListQuery.extend(EmployerListQuery.shape)), async (c) => {
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
  .get('/:id', validate('param', IdParam), async (c) => {
    const employer = await visibleEmployer(c.var.principal, c.req.valid('param').id);
    c.header('ETag', etagOf(employer.version));
    return c.json(employer, 200);
  })
  .patch('/:id', validate('param', IdParam), validate('json', EmployerPatch), async (c) => {
    const principal = c.var.principal;
    const current = await visibleEmployer(principal, c.req.valid('param').id);
    const version = expectedVersion(c, current.version);
    const patch = c.req.valid('json');
    await assertKnownSectors(principal.tenant, { sectors: patch.sectors });
    if (patch.status !== undefined && patch.status !== current.status) {
      if (!isStaff(principal.role)) throw forbidden('Only a coach can pause or resume an employer.');
      if (current.status === 'pending') throw conflict('A pending employer is made active by verifying it.');
    }
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    const saved = isUnchanged(current, next)
      ? current
      : await saveEmployer(principal.tenant, next, version).catch((error) => {
          throw error instanceof StaleVersionError ? preconditionFailed() : error;
        });
    if (saved.name !== current.name) await renameEmployerOnPlacements(principal.tenant, saved.id, saved.name);
    c.header('ETag', etagOf(saved.version));
    return c.json(saved, 200);
  })
  .post(
    '/:id/placements',
    idempotent,
    validate('param', IdParam),
    validate('json', PlacementCreate),
    async (c) => {
      const principal = c.var.principal;
      const employer = await visibleEmployer(principal, c.req.valid('param').id);
      const body = c.req.valid('json');
      await assertKnownSectors(principal.tenant, { sector: body.sector });
      const placement = await createPlacement(principal.tenant, {
        ...body,
        employerId: employer.id,
        employerName: employer.name,
      }).catch((error) => {
        throw error instanceof ConflictError
          ? conflict(error.message, [{ field: 'status', message: employerNotActive }])
          : error;
      });
      c.header('Location', `/v1/placements/${placement.id}`);
      c.header('ETag', etagOf(placement.version));
      return c.json(placement, 201);
    },
  )
  .post('/:id/verify', requireRole(...staffRoles), validate('param', IdParam), async (c) => {
    const principal = c.var.principal;
    const current = await visibleEmployer(principal, c.req.valid('param').id);
    if (current.status !== 'pending') throw conflict(`The employer is already ${current.status}.`);
    const now = new Date().toISOString();
    const saved = await saveEmployer(
      principal.tenant,
      { ...current, status: 'active', verifiedAt: now, verifiedBy: principal.userId, updatedAt: now },
      current.version,
    ).catch((error) => {
      throw error instanceof StaleVersionError
        ? conflict('The employer changed meanwhile. Try again.')
        : error;
    });
    c.header('ETag', etagOf(saved.version));
    return c.json(saved, 200);
  });
