import { $ } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  currentEmployment,
  listEmployments,
  saveCheckInDone,
  saveEmployment,
} from '#shared/db/repositories/employments';
import { getParticipant } from '#shared/db/repositories/participants';
import { swedishDate } from '#shared/domain/calendar';
import { completeCheckIn, employmentView, renewEmployment } from '#shared/domain/employment';
import { IdParam, ListQuery, listOf } from '#shared/schemas/common';
import { CheckInParams, EmploymentView, SupportRenewal } from '#shared/schemas/employment';
import { TimelineEntry } from '#shared/schemas/timeline';
import { auditRead } from '../audit.ts';
import { problem, storeProblem } from '../errors.ts';
import { cursorScope, listBody, startKeyFrom } from '../http.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { problemFor } from '../refusal.ts';
import { supportSetting } from '../services/employment.ts';
import { missingParticipant } from '../services/participant-rights.ts';
import { participantTimeline, timelinePage } from '../services/timelines.ts';

// A participant's employment and support after hire, and their timeline: staff only, audited.
const tag = 'Employment';
const roles = staffRoles;

const read = apiRoute({
  method: 'get',
  path: '/{id}/employment',
  tag,
  summary: 'The participant’s employments with support periods and check-ins, newest first (audited)',
  roles,
  request: { params: IdParam },
  responses: { 200: json('Employments', z.object({ items: z.array(EmploymentView) })) },
});

const renew = apiRoute({
  method: 'post',
  path: '/{id}/support-renewal',
  tag,
  summary: 'Renew the current support period once, never beyond the tenant’s maximum (422 otherwise)',
  roles,
  problems: [409, 422],
  request: { params: IdParam, body: jsonRequest(SupportRenewal) },
  responses: { 200: json('The renewed employment', EmploymentView) },
});

const checkIn = apiRoute({
  method: 'post',
  path: '/{id}/check-ins/{month}',
  tag,
  summary: 'Mark the check-in after 1, 3, 6, 9 or 12 months of the current employment done',
  roles,
  problems: [409],
  request: { params: CheckInParams },
  responses: { 200: json('The employment', EmploymentView) },
});

const timeline = apiRoute({
  method: 'get',
  path: '/{id}/timeline',
  tag: 'Timelines',
  summary: 'Stages, matches, calls, employment and support period, newest first (audited)',
  roles,
  request: { params: IdParam, query: ListQuery },
  responses: { 200: json('A page of the timeline', listOf(TimelineEntry)) },
});

async function employedParticipant(tenant: string, participantId: string) {
  if (!(await getParticipant(tenant, participantId))) throw await missingParticipant(tenant, participantId);
  const employment = await currentEmployment(tenant, participantId);
  if (!employment) throw problem('employment.not_found');
  return employment;
}

const stale = (error: unknown) => Promise.reject(storeProblem(error));

export const employmentRoutes = $(apiRoutes().use(authenticate))
  .openapi(read, async (c) => {
    const { tenant } = c.var.principal;
    const id = c.req.valid('param').id;
    if (!(await getParticipant(tenant, id))) throw await missingParticipant(tenant, id);
    const today = swedishDate(new Date());
    const items = (await listEmployments(tenant, id)).map((employment) => employmentView(employment, today));
    await auditRead(c, id, 'participant.employment.read');
    return c.json({ items }, 200);
  })
  .openapi(renew, async (c) => {
    const { tenant } = c.var.principal;
    const participantId = c.req.valid('param').id;
    const current = await employedParticipant(tenant, participantId);
    const now = new Date();
    const today = swedishDate(now);
    const renewal = renewEmployment(
      current,
      await supportSetting(tenant),
      today,
      now.toISOString(),
      c.req.valid('json').months,
    );
    if (!renewal.ok) throw problemFor(renewal);
    const saved = await saveEmployment(tenant, renewal.next, current.version).catch(stale);
    await auditRead(c, participantId, 'participant.employment.read');
    return c.json(employmentView(saved, today), 200);
  })
  .openapi(checkIn, async (c) => {
    const principal = c.var.principal;
    const { id, month } = c.req.valid('param');
    const current = await employedParticipant(principal.tenant, id);
    const now = new Date();
    const next = completeCheckIn(current, Number(month), principal.userId, now.toISOString());
    if (!next) throw problem('employment.not_found');
    const done = next.checkIns.find((entry) => entry.month === Number(month))!;
    const gender = (await getParticipant(principal.tenant, id))?.gender ?? 'unspecified';
    const saved =
      next === current
        ? current
        : await saveCheckInDone(principal.tenant, next, current.version, {
            month: done.month,
            dueDate: done.dueDate,
            doneAt: now.toISOString(),
            gender,
          }).catch(stale);
    await auditRead(c, id, 'participant.employment.read');
    return c.json(employmentView(saved, swedishDate(now)), 200);
  })
  .openapi(timeline, async (c) => {
    const { tenant } = c.var.principal;
    const id = c.req.valid('param').id;
    if (!(await getParticipant(tenant, id))) throw await missingParticipant(tenant, id);
    const { limit, cursor } = c.req.valid('query');
    const scope = cursorScope(c, 'participant-timeline', { id });
    const after = (await startKeyFrom(c, scope, cursor))?.after;
    const entries = await participantTimeline(tenant, id, swedishDate(new Date()));
    await auditRead(c, id, 'participant.timeline.read');
    return c.json(
      await listBody(c, scope, timelinePage(entries, limit, typeof after === 'string' ? after : undefined)),
      200,
    );
  });
