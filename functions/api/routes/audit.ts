import { $ } from '@hono/zod-openapi';
import { listAudit } from '#shared/db/repositories/audit';
import { AuditEntry, AuditQuery } from '#shared/schemas/audit';
import { ListQuery, listOf } from '#shared/schemas/common';
import { cursorScope, listBody, startKeyFrom } from '../http.ts';
import { authenticate } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';

const list = apiRoute({
  method: 'get',
  path: '/',
  tag: 'Audit',
  summary: 'Who read a participant’s data, oldest first',
  roles: ['admin'],
  request: { query: ListQuery.extend(AuditQuery.shape) },
  responses: { 200: json('A page of audit entries', listOf(AuditEntry)) },
});

export const auditRoutes = $(apiRoutes().use(authenticate)).openapi(list, async (c) => {
  const { limit, cursor, subjectId } = c.req.valid('query');
  const scope = cursorScope(c, 'audit', { subjectId });
  const page = await listAudit(c.var.principal.tenant, subjectId, {
    limit,
    startKey: await startKeyFrom(c, scope, cursor),
  });
  return c.json(await listBody(c, scope, page), 200);
});
