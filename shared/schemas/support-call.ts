import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { Id, IsoDate, somePatch, TenantId, Timestamp, Version } from './common.ts';

// A support call (stödsamtal): a call, visit, e-mail or meeting between a coach and an
// employer, about a placement or a hire, with an optional follow-up. The note is for
// staff only, and every read of it is audited.

export const SupportCallKind = z.enum([
  'call_from_employer',
  'call_to_employer',
  'visit',
  'email',
  'meeting',
]);
export type SupportCallKind = z.infer<typeof SupportCallKind>;

export const SupportTopic = z.enum([
  'tasks',
  'schedule',
  'communication',
  'conflict',
  'health',
  'travel',
  'practical',
  'other',
]);
export type SupportTopic = z.infer<typeof SupportTopic>;

const Topics = z
  .array(SupportTopic)
  .min(1, fieldMessage('support.topics'))
  .max(8)
  .refine((topics) => new Set(topics).size === topics.length, fieldMessage('support.topics_unique'));

const Note = z
  .string()
  .trim()
  .max(1000, fieldMessage('text.max_1000'))
  .describe('Short note; staff only, every read audited. Never health details beyond what support needs');

export const StaffUserId = z.string().min(1).max(128).describe('A coach or admin of the tenant');

export const FollowUpCreate = z.strictObject({
  dueDate: IsoDate,
  ownerId: StaffUserId.optional().describe('Who follows up; the caller when left out'),
});
export type FollowUpCreate = z.infer<typeof FollowUpCreate>;

export const FollowUp = z.object({
  dueDate: IsoDate,
  ownerId: z.string(),
  doneAt: Timestamp.optional(),
  doneBy: z.string().optional(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const SupportCallCreate = z.strictObject({
  employerId: Id,
  participantId: Id.optional(),
  matchId: Id.optional(),
  employmentId: Id.optional(),
  supportRequestId: Id.optional().describe('The employer’s “ring me” request this call answers'),
  at: Timestamp.optional().describe('When it happened; now when left out'),
  kind: SupportCallKind,
  topics: Topics,
  note: Note.optional(),
  durationMinutes: z
    .number()
    .int()
    .min(1, fieldMessage('support.duration'))
    .max(480, fieldMessage('support.duration')),
  followUp: FollowUpCreate.optional(),
});
export type SupportCallCreate = z.infer<typeof SupportCallCreate>;

export const SupportCallPatch = somePatch(
  z.strictObject({
    topics: Topics.optional(),
    note: Note.optional(),
    durationMinutes: z
      .number()
      .int()
      .min(1, fieldMessage('support.duration'))
      .max(480, fieldMessage('support.duration'))
      .optional(),
    followUp: FollowUpCreate.optional().describe('Sets or moves the follow-up'),
    followUpDone: z.boolean().optional().describe('true marks the follow-up done, false opens it again'),
  }),
);
export type SupportCallPatch = z.infer<typeof SupportCallPatch>;

export const SupportCall = z.object({
  id: Id,
  tenant: TenantId,
  employerId: Id,
  employerName: z.string().describe('As when the call was logged'),
  participantId: Id.optional(),
  matchId: Id.optional(),
  employmentId: Id.optional(),
  supportRequestId: Id.optional(),
  at: Timestamp,
  kind: SupportCallKind,
  topics: z.array(SupportTopic),
  note: z.string().optional(),
  durationMinutes: z.number().int(),
  followUp: FollowUp.optional(),
  createdBy: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type SupportCall = z.infer<typeof SupportCall>;

export const SupportCallListQuery = z.object({
  employerId: Id.optional(),
  participantId: Id.optional(),
  followUpDue: IsoDate.optional().describe('Calls whose open follow-up is due on or before this date'),
});
