import { $ } from '@hono/zod-openapi';
import { getTenant, saveTenant } from '#shared/db/repositories/tenants';
import { applyTenantPatch, settingsOf, type TenantChange } from '#shared/domain/tenant-settings';
import type { AuditEntryCreate } from '#shared/schemas/audit';
import type { Tenant } from '#shared/schemas/tenant';
import { TenantPatch, TenantSettings } from '#shared/schemas/tenant';
import type { Principal } from '../auth/principal.ts';
import { problem, storeProblem } from '../errors.ts';
import { etagOf, expectedVersion } from '../http.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { problemFor } from '../refusal.ts';

const tag = 'Tenant';

const read = apiRoute({
  method: 'get',
  path: '/',
  tag,
  summary: 'The tenant’s settings: sectors, matching weights, support after hire',
  roles: staffRoles,
  etag: true,
  responses: { 200: json('The settings in force', TenantSettings) },
});

const change = apiRoute({
  method: 'patch',
  path: '/',
  tag,
  summary: 'Change the tenant’s settings (versioned, and audited under subjectId `tenant`)',
  roles: ['admin'],
  ifMatch: true,
  etag: true,
  problems: [422],
  request: { body: jsonRequest(TenantPatch) },
  responses: { 200: json('The settings in force after the change', TenantSettings) },
});

async function currentTenant(tenantId: string): Promise<Tenant> {
  const tenant = await getTenant(tenantId);
  // The token's tenant exists (authenticate checked it); only a removal in between ends here.
  if (!tenant) throw problem('auth.tenant_unknown');
  return tenant;
}

/** The audit entry of a change: who, the new version, and the values each changed setting has now. */
function auditOf(
  principal: Principal,
  change: TenantChange & { ok: true },
  version: number,
): AuditEntryCreate {
  const values = Object.fromEntries(
    change.changed.map((field) => [
      field,
      field === 'sectors'
        ? { on: change.next.sectors, added: change.next.addedSectors ?? [] }
        : change.next[field],
    ]),
  );
  return {
    subjectId: 'tenant',
    action: 'tenant.settings.write',
    actorId: principal.userId,
    actorRole: principal.role,
    detail: JSON.stringify({ version, changed: values }),
  };
}

export const tenantRoutes = $(apiRoutes().use(authenticate))
  .openapi(read, async (c) => {
    const settings = settingsOf(await currentTenant(c.var.principal.tenant));
    c.header('ETag', etagOf(settings.version));
    return c.json(settings, 200);
  })
  .openapi(change, async (c) => {
    const principal = c.var.principal;
    const current = await currentTenant(principal.tenant);
    const version = expectedVersion(c, current.version ?? 1);
    const change = applyTenantPatch(current, c.req.valid('json'), new Date().toISOString());
    if (!change.ok) throw problemFor(change);
    const saved =
      change.changed.length === 0
        ? current
        : await saveTenant(change.next, version, auditOf(principal, change, version + 1)).catch((error) =>
            Promise.reject(storeProblem(error)),
          );
    const settings = settingsOf(saved);
    c.header('ETag', etagOf(settings.version));
    return c.json(settings, 200);
  });
