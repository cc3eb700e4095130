import { z } from 'zod';
import { Id, Role, TenantId, Timestamp } from './common.ts';

export const AuditAction = z.enum([
  'participant.read',
  'participant.list.read',
  'participant.write',
  'participant.matches.read',
  'participant.transitions.read',
  'placement.candidates.read',
  'match.read',
  'match.summary.read',
]);

export const AuditEntryCreate = z.object({
  subjectId: Id.describe('The participant whose data was read'),
  action: AuditAction,
  actorId: z.string(),
  actorRole: Role,
  detail: z.string().optional(),
});
export type AuditEntryCreate = z.infer<typeof AuditEntryCreate>;

export const AuditEntry = AuditEntryCreate.extend({ id: Id, tenant: TenantId, at: Timestamp });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({ subjectId: Id });
