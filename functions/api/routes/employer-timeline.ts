import { $ } from '@hono/zod-openapi';
import { swedishDate } from '#shared/domain/calendar';
import { IdParam, ListQuery, listOf } from '#shared/schemas/common';
import { TimelineEntry } from '#shared/schemas/timeline';
import { cursorScope, listBody, startKeyFrom } from '../http.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';
import { visibleEmployer } from '../services/employers.ts';
import { employerTimeline, timelinePage } from '../services/timelines.ts';

const timeline = apiRoute({
  method: 'get',
  path: '/{id}/timeline',
  tag: 'Timelines',
  summary: 'Placements, matches, support calls, requests and hires, newest first',
  roles: staffRoles,
  request: { params: IdParam, query: ListQuery },
  responses: { 200: json('A page of the timeline', listOf(TimelineEntry)) },
});

export const employerTimelineRoutes = $(apiRoutes().use(authenticate)).openapi(timeline, async (c) => {
  const employer = await visibleEmployer(c.var.principal, c.req.valid('param').id);
  const { limit, cursor } = c.req.valid('query');
  const scope = cursorScope(c, 'employer-timeline', { id: employer.id });
  const after = (await startKeyFrom(c, scope, cursor))?.after;
  const entries = await employerTimeline(employer.tenant, employer.id, swedishDate(new Date()));
  return c.json(
    await listBody(c, scope, timelinePage(entries, limit, typeof after === 'string' ? after : undefined)),
    200,
  );
});
