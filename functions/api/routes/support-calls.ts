import { $ } from '@hono/zod-openapi';
import { ulid } from 'ulid';
import {
  createSupportCall,
  getSupportCall,
  listCallsWithFollowUpDue,
  listSupportCalls,
  saveSupportCall,
} from '#shared/db/repositories/support-calls';
import { isUnchanged } from '#shared/domain/unchanged';
import { IdParam, ListQuery, listOf } from '#shared/schemas/common';
import {
  SupportCall,
  SupportCallCreate,
  SupportCallListQuery,
  SupportCallPatch,
} from '#shared/schemas/support-call';
import { fieldIssue, problem, storeProblem } from '../errors.ts';
import { cursorScope, etagOf, expectedVersion, listBody, startKeyFrom } from '../http.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { assertFollowUpOwner, auditNoteReads, callReferences, genderOfCall } from '../services/support.ts';

// Support calls carry a note about a placement or a job: coaches and admins only,
// and every answer that shows a note is audited.
const tag = 'Support calls';
const roles = staffRoles;

const create = apiRoute({
  method: 'post',
  path: '/',
  tag,
  summary: 'Log a call, visit, e-mail or meeting with an employer (answers its “ring me” request when named)',
  roles,
  idempotent: true,
  etag: true,
  request: { body: jsonRequest(SupportCallCreate) },
  responses: { 201: json('Logged', SupportCall) },
});

const list = apiRoute({
  method: 'get',
  path: '/',
  tag,
  summary:
    'An employer’s or a participant’s calls (newest first), or calls with a follow-up due (notes audited)',
  roles,
  request: { query: ListQuery.extend(SupportCallListQuery.shape) },
  responses: { 200: json('A page of calls', listOf(SupportCall)) },
});

const change = apiRoute({
  method: 'patch',
  path: '/{id}',
  tag,
  summary: 'Change a call, set its follow-up, or mark the follow-up done',
  roles,
  ifMatch: true,
  etag: true,
  request: { params: IdParam, body: jsonRequest(SupportCallPatch) },
  responses: { 200: json('The changed call', SupportCall) },
});

export const supportCallRoutes = $(apiRoutes().use(authenticate))
  .openapi(create, async (c) => {
    const principal = c.var.principal;
    const body = c.req.valid('json');
    const { request, employer, participant } = await callReferences(principal, body);
    const ownerId = body.followUp?.ownerId ?? principal.userId;
    if (body.followUp) await assertFollowUpOwner(principal, ownerId, 'followUp.ownerId');
    const now = new Date().toISOString();
    const { followUp, ...fields } = body;
    const call: SupportCall = {
      ...fields,
      id: ulid(),
      tenant: principal.tenant,
      employerName: employer.name,
      at: body.at ?? now,
      ...(followUp ? { followUp: { dueDate: followUp.dueDate, ownerId } } : {}),
      createdBy: principal.userId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    const answered =
      request && request.status === 'open'
        ? {
            request,
            answered: {
              ...request,
              status: 'answered' as const,
              answeredAt: now,
              answeredBy: principal.userId,
              supportCallId: call.id,
              version: request.version + 1,
            },
          }
        : undefined;
    await createSupportCall(principal.tenant, call, answered, participant?.gender).catch((error) =>
      Promise.reject(storeProblem(error)),
    );
    await auditNoteReads(c, [call]);
    c.header('Location', `/v1/support-calls/${call.id}`);
    c.header('ETag', etagOf(call.version));
    return c.json(call, 201);
  })
  .openapi(list, async (c) => {
    const { tenant } = c.var.principal;
    const { limit, cursor, ...filter } = c.req.valid('query');
    if (!filter.employerId && !filter.participantId && !filter.followUpDue) {
      throw problem('request.invalid', [fieldIssue('query.employerId', 'support.filter')]);
    }
    const scope = cursorScope(c, 'support-calls', filter);
    const page = { limit, startKey: await startKeyFrom(c, scope, cursor) };
    const result = filter.employerId
      ? await listSupportCalls(tenant, { employerId: filter.employerId }, page)
      : filter.participantId
        ? await listSupportCalls(tenant, { participantId: filter.participantId }, page)
        : await listCallsWithFollowUpDue(tenant, filter.followUpDue!, page);
    // The other filters narrow the page (an employer's or participant's calls are few).
    const items = result.items.filter(
      (call) =>
        (!filter.participantId || call.participantId === filter.participantId) &&
        (!filter.followUpDue ||
          (call.followUp && !call.followUp.doneAt && call.followUp.dueDate <= filter.followUpDue)),
    );
    await auditNoteReads(c, items);
    return c.json(await listBody(c, scope, { ...result, items }), 200);
  })
  .openapi(change, async (c) => {
    const principal = c.var.principal;
    const current = await getSupportCall(principal.tenant, c.req.valid('param').id);
    if (!current) throw problem('support_call.not_found');
    const version = expectedVersion(c, current.version);
    const { followUp, followUpDone, ...fields } = c.req.valid('json');
    if (followUpDone !== undefined && !followUp && !current.followUp) {
      throw problem('request.invalid', [fieldIssue('followUpDone', 'support.no_follow_up')]);
    }
    const ownerId = followUp?.ownerId ?? current.followUp?.ownerId ?? principal.userId;
    if (followUp?.ownerId) await assertFollowUpOwner(principal, ownerId, 'followUp.ownerId');
    const now = new Date().toISOString();
    const base = followUp ? { dueDate: followUp.dueDate, ownerId } : current.followUp;
    const done = followUpDone ?? (followUp ? false : current.followUp?.doneAt !== undefined);
    const { doneAt: _at, doneBy: _by, ...open } = base ?? { dueDate: '', ownerId };
    const nextFollowUp = !base
      ? undefined
      : done
        ? {
            ...open,
            doneAt: current.followUp?.doneAt ?? now,
            doneBy: current.followUp?.doneBy ?? principal.userId,
          }
        : open;
    const next: SupportCall = { ...current, ...fields, ...(nextFollowUp ? { followUp: nextFollowUp } : {}) };
    const saved = isUnchanged(current, next)
      ? current
      : await saveSupportCall(
          principal.tenant,
          { ...next, updatedAt: now },
          version,
          current,
          current.followUp?.doneAt === next.followUp?.doneAt
            ? undefined
            : await genderOfCall(principal.tenant, current),
        ).catch((error) => Promise.reject(storeProblem(error)));
    await auditNoteReads(c, [saved]);
    c.header('ETag', etagOf(saved.version));
    return c.json(saved, 200);
  });
