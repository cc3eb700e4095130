import type { Context } from 'hono';
import { appendAudit, appendAuditEntries } from '#shared/db/repositories/audit';
import type { AuditEntryCreate } from '#shared/schemas/audit';
import type { AppEnv } from './env.ts';

/** Records that the caller read a participant's data; the read fails if the record cannot be written. */
export async function auditRead(
  c: Context<AppEnv>,
  subjectId: string,
  action: AuditEntryCreate['action'],
  detail?: string,
): Promise<void> {
  const { tenant, userId, role } = c.var.principal;
  await appendAudit(tenant, {
    subjectId,
    action,
    actorId: userId,
    actorRole: role,
    ...(detail ? { detail } : {}),
  });
}

/** The same for many participants, in batched writes. */
export async function auditReads(
  c: Context<AppEnv>,
  subjectIds: readonly string[],
  action: AuditEntryCreate['action'],
  detail?: string,
): Promise<void> {
  const { tenant, userId, role } = c.var.principal;
  await appendAuditEntries(
    tenant,
    subjectIds.map((subjectId) => ({
      subjectId,
      action,
      actorId: userId,
      actorRole: role,
      ...(detail ? { detail } : {}),
    })),
  );
}
