import { $ } from '@hono/zod-openapi';
import { getStaffMember, listStaff, setStaffPhone } from '#shared/db/repositories/staff';
import { ListQuery, listOf } from '#shared/schemas/common';
import { StaffContactPut, StaffMember, StaffQuery, type StaffRole } from '#shared/schemas/staff';
import type { Principal } from '../auth/principal.ts';
import { cursorScope, listBody, startKeyFrom } from '../http.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { asStaffMember } from '../services/staff.ts';

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

const me = apiRoute({
  method: 'get',
  path: '/me',
  tag: 'Users',
  summary: 'The caller as the tenant’s staff list has them, with the phone employers see',
  roles: staffRoles,
  responses: { 200: json('The caller', StaffMember) },
});

const changeMe = apiRoute({
  method: 'put',
  path: '/me/contact',
  tag: 'Users',
  summary: 'Set or remove (null) the work phone employers see on the proposals the caller makes',
  roles: staffRoles,
  request: { body: jsonRequest(StaffContactPut) },
  responses: { 200: json('The caller', StaffMember) },
});

const asMember = (principal: Principal) => asStaffMember({ ...principal, role: principal.role as StaffRole });

export const userRoutes = $(apiRoutes().use(authenticate))
  .openapi(me, async (c) => {
    const { tenant, userId } = c.var.principal;
    const member = await getStaffMember(tenant, userId);
    // Recorded on the first request; a container that has not written it yet answers from the sign-in.
    return c.json(
      member ?? { ...asMember(c.var.principal), tenant, firstSeenAt: new Date().toISOString() },
      200,
    );
  })
  .openapi(changeMe, async (c) => {
    const { tenant } = c.var.principal;
    const { phone } = c.req.valid('json');
    return c.json(await setStaffPhone(tenant, asMember(c.var.principal), phone), 200);
  })
  .openapi(list, async (c) => {
    const { limit, cursor, ...filter } = c.req.valid('query');
    const scope = cursorScope(c, 'staff', filter);
    const page = await listStaff(c.var.principal.tenant, filter, {
      limit,
      startKey: await startKeyFrom(c, scope, cursor),
    });
    return c.json(await listBody(c, scope, page), 200);
  });
