import { z } from 'zod';
import { getTenant } from '#shared/db/repositories/tenants';
import { TenantId } from '#shared/schemas/common';
import { PublicTenant } from '#shared/schemas/tenant';
import { problem } from '../errors.ts';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';

// Routes for people without an account; the municipality is named in the path.

const municipality = apiRoute({
  method: 'get',
  path: '/{tenant}',
  tag: 'Public',
  summary: 'A municipality that uses Bryggan, by its id (the sign-up page shows its name)',
  roles: 'public',
  request: { params: z.object({ tenant: TenantId }) },
  responses: { 200: json('The municipality', PublicTenant) },
});

export const publicRoutes = apiRoutes().openapi(municipality, async (c) => {
  const tenant = await getTenant(c.req.valid('param').tenant);
  if (!tenant) throw problem('tenant.not_found');
  // Only the public fields: the item also holds the tenant's settings.
  return c.json(PublicTenant.parse(tenant), 200);
});
