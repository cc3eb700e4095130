import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { Id, IsoDate, TenantId, Timestamp, Version } from './common.ts';
import { SupportTopic } from './support-call.ts';

// An employer asks to be called ("Ring mig"): it appears for the employer's coaches,
// due the next working day, or today when urgent.

export const PreferredTime = z.enum(['morning', 'afternoon', 'any']);
export const SupportRequestStatus = z.enum(['open', 'answered']);
export type SupportRequestStatus = z.infer<typeof SupportRequestStatus>;

export const SupportRequestCreate = z.strictObject({
  topic: SupportTopic,
  message: z.string().trim().max(300, fieldMessage('text.max_300')).optional().describe('What it is about'),
  preferredTime: PreferredTime.default('any'),
  urgent: z.boolean().default(false),
  employerId: Id.optional().describe('Staff only: the employer who asked by phone or mail'),
});
export type SupportRequestCreate = z.infer<typeof SupportRequestCreate>;

export const SupportRequest = z.object({
  id: Id,
  tenant: TenantId,
  employerId: Id,
  employerName: z.string(),
  topic: SupportTopic,
  message: z.string().optional(),
  preferredTime: PreferredTime,
  urgent: z.boolean(),
  dueDate: IsoDate,
  status: SupportRequestStatus,
  coachIds: z.array(z.string()).describe('The employer’s coaches; empty: every coach of the tenant'),
  createdBy: z.string(),
  createdAt: Timestamp,
  answeredAt: Timestamp.optional(),
  answeredBy: z.string().optional(),
  supportCallId: Id.optional(),
  version: Version,
});
export type SupportRequest = z.infer<typeof SupportRequest>;

/** What the employer sees of its own request: its state, never who called or a call's note. */
export const EmployerSupportRequest = z.strictObject({
  id: Id,
  topic: SupportTopic,
  message: z.string().optional(),
  preferredTime: PreferredTime,
  urgent: z.boolean(),
  dueDate: IsoDate,
  status: SupportRequestStatus,
  createdAt: Timestamp,
  answeredAt: Timestamp.optional(),
});
export type EmployerSupportRequest = z.infer<typeof EmployerSupportRequest>;

export const SupportRequestListQuery = z.object({
  status: SupportRequestStatus.optional(),
  employerId: Id.optional().describe('Staff: one employer’s requests'),
});
