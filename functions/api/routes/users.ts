import { $ } from '@hono/zod-openapi';
import { listStaff } from '#shared/db/repositories/staff';
import { ListQuery, listOf } from '#shared/schemas/common';
import { StaffMember, StaffQuery } from '#shared/schemas/staff';
import { cursorScope, listBody, startKeyFrom } from '../http.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';

const list = apiRoute({
  method: 'get',
  path: '/',
  tag: 'Users',
  summary:
    'The tenant’s coaches and admins (recorded when they first use Bryggan), to pick a participant’s coach',
  roles: staffRoles,
  request: { query: ListQuery.extend(StaffQuery.shape) },
  responses: { 200: json('A page of staff', listOf(StaffMember)) },
});

export const userRoutes = $(apiRoutes().use(authenticate)).openapi(list, async (c) => {
  const { limit, cursor, ...filter } = c.req.valid('query');
  const scope = cursorScope(c, 'staff', filter);
  const page = await listStaff(c.var.principal.tenant, filter, {
    limit,
    startKey: await startKeyFrom(c, scope, cursor),
  });
  return c.json(await listBody(c, scope, page), 200);
});
