import { Hono } from 'hono';
import { listAudit } from '#shared/db/repositories/audit';
import { AuditQuery } from '#shared/schemas/audit';
import { ListQuery } from '#shared/schemas/common';
import type { AppEnv } from '../env.ts';
import { cursorScope, listBody, startKeyFrom } from '../http.ts';
import { authenticate, requireRole } from '../middleware/auth.ts';
import { validate } from '../validation.ts';

export const auditRoutes = new Hono<AppEnv>()
  .use(authenticate, requireRole('admin'))
  .get('/', validate('query', ListQuery.extend(AuditQuery.shape)), async (c) => {
    const { limit, cursor, subjectId } = c.req.valid('query');
    const scope = cursorScope(c, 'audit', { subjectId });
    const page = await listAudit(c.var.principal.tenant, subjectId, {
      limit,
      startKey: await startKeyFrom(c, scope, cursor),
    });
    return c.json(await listBody(c, scope, page), 200);
  });
