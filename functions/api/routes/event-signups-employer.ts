import { $ } from '@hono/zod-openapi';
import { getEvent } from '#shared/db/repositories/events';
import { listEmployerSignups } from '#shared/db/repositories/signups';
import { employerDisplayName } from '#shared/domain/employer-unit';
import { IdParam, ListQuery, listOf } from '#shared/schemas/common';
import { EmployerSignup, EmployerSignupCreate, type Signup, SignupReceipt } from '#shared/schemas/signup';
import { fieldIssue, problem } from '../errors.ts';
import { cursorScope, listBody, startKeyFrom, webOrigin } from '../http.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { visibleEmployer } from '../services/employers.ts';
import { signUp } from '../services/events.ts';

// An employer's users sign up the company's attendees for an employer seat; staff
// see the same list on the employer's page to follow up those who came.
const tag = 'Events';
const roles = [...staffRoles, 'employer' as const];

const create = apiRoute({
  method: 'post',
  path: '/{id}/event-signups',
  tag,
  summary: 'Sign up one of the company’s attendees for an event (an employer seat)',
  roles,
  idempotent: true,
  problems: [409, 422],
  request: { params: IdParam, body: jsonRequest(EmployerSignupCreate) },
  responses: { 201: json('Signed up (or waitlisted); the confirmation went by mail', SignupReceipt) },
});

const list = apiRoute({
  method: 'get',
  path: '/{id}/event-signups',
  tag,
  summary: 'The company’s sign-ups to events, by event start',
  roles,
  request: { params: IdParam, query: ListQuery },
  responses: { 200: json('A page of sign-ups', listOf(EmployerSignup)) },
});

const view = (signup: Signup) => EmployerSignup.parse(signup);

export const employerEventSignupRoutes = $(apiRoutes().use(authenticate))
  .openapi(create, async (c) => {
    const principal = c.var.principal;
    const employer = await visibleEmployer(principal, c.req.valid('param').id);
    const { eventId, companions, ...body } = c.req.valid('json');
    const event = await getEvent(principal.tenant, eventId);
    if (!event) throw problem('signup.event_missing', [fieldIssue('eventId', 'event.missing')]);
    const { signup: _signup, ...receipt } = await signUp(c.var.deps, webOrigin(c), event, {
      ...body,
      companions,
      kind: 'employer',
      organisation: employerDisplayName(employer),
      employerId: employer.id,
      source: 'employer',
      createdBy: principal.userId,
    });
    c.header('Location', `/v1/employers/${employer.id}/event-signups`);
    return c.json(receipt, 201);
  })
  .openapi(list, async (c) => {
    const principal = c.var.principal;
    const employer = await visibleEmployer(principal, c.req.valid('param').id);
    const { limit, cursor } = c.req.valid('query');
    const scope = cursorScope(c, 'employer-event-signups', { employerId: employer.id });
    const page = await listEmployerSignups(principal.tenant, employer.id, {
      limit,
      startKey: await startKeyFrom(c, scope, cursor),
    });
    return c.json(await listBody(c, scope, { ...page, items: page.items.map(view) }), 200);
  });
