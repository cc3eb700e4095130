import { $ } from '@hono/zod-openapi';
import {
  listEmployerUsers,
  listInvitations,
  removeEmployerUser,
} from '#shared/db/repositories/employer-users';
import { IdParam, ListQuery, listOf } from '#shared/schemas/common';
import {
  EmployerUser,
  EmployerUserParams,
  Invitation,
  InvitationCreate,
} from '#shared/schemas/employer-user';
import { problem } from '../errors.ts';
import { cursorScope, listBody, startKeyFrom, webOrigin } from '../http.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { visibleEmployer } from '../services/employers.ts';
import { inviteEmployerUser } from '../services/invitations.ts';

// Who acts for an employer: staff, and the employer's own users for their own company.
const tag = 'Employer users';
const roles = [...staffRoles, 'employer' as const];

const invite = apiRoute({
  method: 'post',
  path: '/{id}/invitations',
  tag,
  summary: 'Invite a person to act for the employer (mails a link that expires)',
  roles,
  idempotent: true,
  request: { params: IdParam, body: jsonRequest(InvitationCreate) },
  responses: { 201: json('Invited; the link went by mail', Invitation) },
});

const invitations = apiRoute({
  method: 'get',
  path: '/{id}/invitations',
  tag,
  summary: 'The employer’s invitations, oldest first',
  roles,
  request: { params: IdParam, query: ListQuery },
  responses: { 200: json('A page of invitations', listOf(Invitation)) },
});

const users = apiRoute({
  method: 'get',
  path: '/{id}/users',
  tag,
  summary: 'The people who act for the employer',
  roles,
  request: { params: IdParam, query: ListQuery },
  responses: { 200: json('A page of users', listOf(EmployerUser)) },
});

const remove = apiRoute({
  method: 'delete',
  path: '/{id}/users/{userId}',
  tag,
  summary: 'Take a person off the employer (they can no longer act for it)',
  roles,
  problems: [409],
  request: { params: EmployerUserParams },
  responses: { 204: { description: 'Removed' } },
});

export const employerUserRoutes = $(apiRoutes().use(authenticate))
  .openapi(invite, async (c) => {
    const employer = await visibleEmployer(c.var.principal, c.req.valid('param').id);
    const invitation = await inviteEmployerUser(
      c.var.deps,
      webOrigin(c),
      c.var.principal,
      employer,
      c.req.valid('json'),
    );
    c.header('Location', `/v1/employers/${employer.id}/invitations`);
    return c.json(invitation, 201);
  })
  .openapi(invitations, async (c) => {
    const { tenant } = c.var.principal;
    const employer = await visibleEmployer(c.var.principal, c.req.valid('param').id);
    const { limit, cursor } = c.req.valid('query');
    const scope = cursorScope(c, 'invitations', { employerId: employer.id });
    const page = await listInvitations(tenant, employer.id, {
      limit,
      startKey: await startKeyFrom(c, scope, cursor),
    });
    return c.json(await listBody(c, scope, page), 200);
  })
  .openapi(users, async (c) => {
    const { tenant } = c.var.principal;
    const employer = await visibleEmployer(c.var.principal, c.req.valid('param').id);
    const { limit, cursor } = c.req.valid('query');
    const scope = cursorScope(c, 'employer-users', { employerId: employer.id });
    const page = await listEmployerUsers(tenant, employer.id, {
      limit,
      startKey: await startKeyFrom(c, scope, cursor),
    });
    return c.json(await listBody(c, scope, page), 200);
  })
  .openapi(remove, async (c) => {
    const principal = c.var.principal;
    const { id, userId } = c.req.valid('param');
    const employer = await visibleEmployer(principal, id);
    if (userId === principal.userId) throw problem('employer_user.self');
    if (!(await removeEmployerUser(principal.tenant, employer.id, userId)))
      throw problem('employer_user.not_found');
    await c.var.deps.directory.detachEmployerUser(principal.tenant, userId);
    return c.body(null, 204);
  });
