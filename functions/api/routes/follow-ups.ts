import { $ } from '@hono/zod-openapi';
import { tenantFollowUps } from '#shared/db/repositories/follow-ups';
import { swedishDate } from '#shared/domain/calendar';
import { coachDay } from '#shared/domain/follow-ups';
import { CoachDay } from '#shared/schemas/follow-up';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';

const today = apiRoute({
  method: 'get',
  path: '/today',
  tag: 'Support calls',
  summary:
    'The caller’s day: “ring me” requests, follow-ups and check-ins due or overdue, support periods ending soon',
  roles: staffRoles,
  responses: { 200: json('The day', CoachDay) },
});

export const followUpRoutes = $(apiRoutes().use(authenticate)).openapi(today, async (c) => {
  const { tenant, userId } = c.var.principal;
  const date = swedishDate(new Date());
  return c.json(coachDay(await tenantFollowUps(tenant, date), userId, date), 200);
});
