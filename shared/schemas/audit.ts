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
  'tenant.settings.write',
  'support_call.note.read',
  'participant.employment.read',
  'participant.timeline.read',
  // The participant's own view and their marked interests (issue 12).
  'participant.easy_read.read',
  'participant.interests.read',
  'participant.compensation.read',
  'participant.provisions.read',
  // Participants' rights (issue 16): the art. 15 export, and the erasure (under the pseudonym).
  'participant.export.read',
  'participant.erased',
]);

/** A participant's id, or `tenant` for the trail of changes to the tenant's settings. */
export const AuditSubject = Id.or(z.literal('tenant')).describe(
  'The participant whose data was read, or `tenant` for changes to the tenant settings',
);

export const AuditEntryCreate = z.object({
  subjectId: AuditSubject,
  action: AuditAction,
  actorId: z.string(),
  actorRole: Role,
  detail: z.string().optional(),
});
export type AuditEntryCreate = z.infer<typeof AuditEntryCreate>;

export const AuditEntry = AuditEntryCreate.extend({ id: Id, tenant: TenantId, at: Timestamp });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({ subjectId: AuditSubject });
