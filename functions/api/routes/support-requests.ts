import { $ } from '@hono/zod-openapi';
import { ulid } from 'ulid';
import { z } from 'zod';
import { getEmployer } from '#shared/db/repositories/employers';
import {
  createSupportRequest,
  getSupportRequest,
  listEmployerSupportRequests,
  listSupportRequestsByStatus,
} from '#shared/db/repositories/support-requests';
import { supportRequestDueDate } from '#shared/domain/support-request';
import { IdParam, ListQuery } from '#shared/schemas/common';
import {
  EmployerSupportRequest,
  SupportRequest,
  SupportRequestCreate,
  SupportRequestListQuery,
} from '#shared/schemas/support-request';
import { fieldIssue, problem } from '../errors.ts';
import { cursorScope, listBody, startKeyFrom } from '../http.ts';
import { authenticate, isStaff, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { coachesOfEmployer, employerRequestView } from '../services/support.ts';

// "Ring mig": an employer asks to be called. Staff may record a request an employer
// made by phone. An employer sees only its own requests, and only their state.
const tag = 'Support requests';
const roles = [...staffRoles, 'employer' as const];
const RequestForCaller = z
  .union([SupportRequest, EmployerSupportRequest])
  .describe('Staff get SupportRequest; employers get EmployerSupportRequest');

const create = apiRoute({
  method: 'post',
  path: '/',
  tag,
  summary: 'Ask to be called (employer), or record that an employer asked (staff)',
  roles,
  idempotent: true,
  request: { body: jsonRequest(SupportRequestCreate) },
  responses: { 201: json('Asked; due the next working day, or today when urgent', RequestForCaller) },
});

const list = apiRoute({
  method: 'get',
  path: '/',
  tag,
  summary: 'The employer’s own requests (newest first); staff: by status (earliest due first) or by employer',
  roles,
  request: { query: ListQuery.extend(SupportRequestListQuery.shape) },
  responses: {
    200: json(
      'A page of requests',
      z.object({ items: z.array(RequestForCaller), cursor: z.string().optional() }),
    ),
  },
});

const read = apiRoute({
  method: 'get',
  path: '/{id}',
  tag,
  summary: 'One request: the employer’s own, or any of the tenant’s for staff',
  roles,
  request: { params: IdParam },
  responses: { 200: json('The request', RequestForCaller) },
});

export const supportRequestRoutes = $(apiRoutes().use(authenticate))
  .openapi(create, async (c) => {
    const principal = c.var.principal;
    const { employerId: named, ...body } = c.req.valid('json');
    const staff = isStaff(principal.role);
    if (!staff && named !== undefined && named !== principal.employerId) {
      throw problem('request.invalid', [fieldIssue('employerId', 'support_request.employer_staff_only')]);
    }
    if (!staff && !principal.employerId) {
      throw problem('request.invalid', [fieldIssue('employerId', 'support_request.no_company')]);
    }
    if (staff && !named) {
      throw problem('request.invalid', [fieldIssue('employerId', 'support_request.employer_required')]);
    }
    const employerId = staff ? named! : principal.employerId!;
    const employer = await getEmployer(principal.tenant, employerId);
    if (!employer)
      throw problem('support.references_missing', [fieldIssue('employerId', 'support.employer_missing')]);
    const now = new Date();
    const request: SupportRequest = {
      ...body,
      id: ulid(),
      tenant: principal.tenant,
      employerId,
      employerName: employer.name,
      dueDate: supportRequestDueDate(now, body.urgent),
      status: 'open',
      coachIds: await coachesOfEmployer(principal.tenant, employerId),
      createdBy: principal.userId,
      createdAt: now.toISOString(),
      version: 1,
    };
    await createSupportRequest(principal.tenant, request);
    c.header('Location', '/v1/support-requests');
    return c.json(staff ? request : employerRequestView(request), 201);
  })
  .openapi(list, async (c) => {
    const principal = c.var.principal;
    const { limit, cursor, ...query } = c.req.valid('query');
    const staff = isStaff(principal.role);
    if (!staff && !principal.employerId) return c.json({ items: [] }, 200);
    // An employer's list is always its own partition; a status only narrows it.
    const employerId = staff ? query.employerId : principal.employerId;
    const scope = cursorScope(c, 'support-requests', { employerId, status: query.status });
    const page = { limit, startKey: await startKeyFrom(c, scope, cursor) };
    const result = employerId
      ? await listEmployerSupportRequests(principal.tenant, employerId, page)
      : await listSupportRequestsByStatus(principal.tenant, query.status ?? 'open', page);
    const items = result.items
      .filter((request) => !query.status || request.status === query.status)
      .map((request) => (staff ? request : employerRequestView(request)));
    return c.json(await listBody(c, scope, { ...result, items }), 200);
  })
  .openapi(read, async (c) => {
    const principal = c.var.principal;
    const request = await getSupportRequest(principal.tenant, c.req.valid('param').id);
    const staff = isStaff(principal.role);
    // Another employer's request is not found, never forbidden.
    if (!request || (!staff && request.employerId !== principal.employerId))
      throw problem('support_request.not_found');
    return c.json(staff ? request : employerRequestView(request), 200);
  });
